/// A table of keys in the order they were written, each with the line it starts on.
///
/// Keys are matched without regard to case, as Hugo does for front matter and configuration.
public struct MetadataTable: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let key: String
        public let value: MetadataValue
        /// The 1-based line of the key in its file, or 0 when the format does not say.
        public let line: Int
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
        entries.firstIndex { $0.key.caseInsensitiveEquals(key) }
    }
}

extension String {
    /// ASCII-only case folding: keys are ASCII, and this avoids Foundation's locale machinery.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        let left = utf8
        let right = other.utf8
        guard left.count == right.count else { return false }
        return zip(left, right).allSatisfy {
            $0 == $1 || ($0 | 0x20 == $1 | 0x20 && ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A)
        }
    }
}
