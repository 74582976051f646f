/// A table of keys in the order they were written, each with the line it starts on.
///
/// Keys are matched without regard to case, as Hugo does for front matter and configuration.
public struct MetadataTable: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let key: String
        public let value: MetadataValue
        /// The 1-based line of the key in its file, or 0 when the format does not say.
        public let line: Int
        /// The key in lower case, folded once: a post's fields are looked up by a dozen names.
        let foldedKey: String

        public init(key: String, value: MetadataValue, line: Int) {
            self.key = key
            self.value = value
            self.line = line
            foldedKey = key.asciiLowercased
        }
    }

    public private(set) var entries: [Entry] = []
    /// Finds a key's line when the reader left it for later (TOML front matter: finding lines
    /// costs a pass over the text that only an error message needs).
    var lineFinder: (@Sendable (String) -> Int)?

    public init() {}

    public static func == (left: MetadataTable, right: MetadataTable) -> Bool {
        left.entries == right.entries
    }

    public init(_ entries: [Entry]) {
        for entry in entries { append(entry) }
    }

    /// Adds an entry; a later key with the same name replaces the earlier one, as in YAML and JSON.
    public mutating func append(_ entry: Entry) {
        if let index = index(of: entry.key) {
            entries[index] = entry
        } else {
            entries.append(entry)
        }
    }

    public subscript(key: String) -> MetadataValue? {
        index(of: key).map { entries[$0].value }
    }

    public func entry(_ key: String) -> Entry? {
        guard let index = index(of: key) else { return nil }
        let entry = entries[index]
        guard entry.line == 0, let lineFinder else { return entry }
        return Entry(key: entry.key, value: entry.value, line: lineFinder(entry.key))
    }

    public var isEmpty: Bool { entries.isEmpty }

    private func index(of key: String) -> Int? {
        let folded = key.asciiLowercased
        return entries.firstIndex { $0.foldedKey == folded }
    }
}

extension String {
    /// ASCII-only lower case: keys are ASCII, and this avoids Foundation's locale machinery.
    var asciiLowercased: String {
        var text = self
        guard text.withUTF8({ $0.contains { $0 &- 0x41 < 26 } }) else { return text }
        return String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
