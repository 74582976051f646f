/// A table of keys in the order they were written, each with the line it starts on.
///
/// Keys are matched without regard to case, as Hugo does for front matter and configuration.
public struct MetadataTable: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public let key: String
        public let value: MetadataValue
        /// The 1-based line of the key in its file, or 0 when the format does not say.
        public let line: Int
        /// The file the entry came from when the table was merged from several (Hugo's
        /// configuration folder); nil for the table's own file.
        public let file: String?
        /// The key in lower case, folded once: a post's fields are looked up by a dozen names.
        let foldedKey: String

        public init(key: String, value: MetadataValue, line: Int, file: String? = nil) {
            self.key = key
            self.value = value
            self.line = line
            self.file = file
            foldedKey = key.asciiLowercased
        }
    }

    public private(set) var entries: [Entry] = []
    /// Each folded key's place, built once a table is large: a file of many keys must cost its
    /// size, not its square. Small tables, such as every post's front matter, search the list.
    private var index: [String: Int]?
    private static let indexedCount = 16

    public init() {}

    public static func == (left: MetadataTable, right: MetadataTable) -> Bool {
        left.entries == right.entries
    }

    public init(_ entries: [Entry]) {
        for entry in entries { append(entry) }
    }

    /// Adds an entry; a later key with the same name replaces the earlier one, as in YAML and JSON.
    public mutating func append(_ entry: Entry) {
        if let position = position(ofFolded: entry.foldedKey) {
            entries[position] = entry
            return
        }
        entries.append(entry)
        if index != nil {
            index?[entry.foldedKey] = entries.count - 1
        } else if entries.count == Self.indexedCount {
            index = Dictionary(entries.enumerated().map { ($1.foldedKey, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    public subscript(key: String) -> MetadataValue? {
        position(ofFolded: key.asciiLowercased).map { entries[$0].value }
    }

    public func entry(_ key: String) -> Entry? {
        position(ofFolded: key.asciiLowercased).map { entries[$0] }
    }

    public var isEmpty: Bool { entries.isEmpty }

    private func position(ofFolded key: String) -> Int? {
        if let index { return index[key] }
        // Lengths first: most keys differ in length, and comparing those costs no string comparison.
        let count = key.utf8.count
        return entries.firstIndex { $0.foldedKey.utf8.count == count && $0.foldedKey == key }
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
