/// Typed access to one table of a configuration file, turning every wrong type into a
/// `ConfigurationError` that names the file, the line and the full key.
public struct ConfigurationTable: Sendable {
    public let path: String
    public let table: MetadataTable
    /// The dotted name of this table (`site`, `markup.goldmark.renderer`), for messages.
    public let name: String

    public init(path: String, table: MetadataTable, name: String = "") {
        self.path = path
        self.table = table
        self.name = name
    }

    private func fullKey(_ key: String) -> String { name.isEmpty ? key : name + "." + key }

    public func error(_ key: String, _ reason: String) -> ConfigurationError {
        let entry = table.entry(key)
        return ConfigurationError(
            path: entry?.file ?? path, line: entry?.line ?? 0, key: fullKey(key), reason: reason)
    }

    /// Where `key` is written, or would be: this table's file when it is not.
    public func place(of key: String) -> SettingPlace {
        SettingPlace(path: file(of: key), line: table.entry(key)?.line ?? 0, key: fullKey(key))
    }

    /// The file `key` was written in: its own, when the table was merged from several.
    private func file(of key: String) -> String { table.entry(key)?.file ?? path }

    private func wrongType(_ key: String, expected: String) -> ConfigurationError {
        error(key, "expected \(expected), found \(table[key]?.typeName ?? "nothing")")
    }

    public func string(_ key: String) throws(ConfigurationError) -> String? {
        switch table[key] {
        case nil, .null: return nil
        case .string(let text): return text
        default: throw wrongType(key, expected: "a string")
        }
    }

    /// A scalar of any kind as text, as Hugo casts its settings (`title = 2024` is "2024").
    public func text(_ key: String) throws(ConfigurationError) -> String? {
        switch table[key] {
        case nil, .null: return nil
        case .some(let value):
            guard let text = value.scalarText else { throw wrongType(key, expected: "text") }
            return text
        }
    }

    /// A setting read but not followed, for the user to see: never a refusal of the file.
    public func warning(_ key: String, _ reason: String) -> Problem {
        let error = error(key, reason)
        return Problem(path: error.path, line: error.line, reason: "\(fullKey(key)): \(reason)", severity: .warning)
    }

    public func bool(_ key: String) throws(ConfigurationError) -> Bool? {
        switch table[key] {
        case nil, .null: return nil
        case .bool(let flag): return flag
        default: throw wrongType(key, expected: "true or false")
        }
    }

    public func integer(_ key: String) throws(ConfigurationError) -> Int? {
        switch table[key] {
        case nil, .null: return nil
        case .integer(let number): return number
        default: throw wrongType(key, expected: "a whole number")
        }
    }

    /// A list of strings; a single string counts as a list of one.
    public func strings(_ key: String) throws(ConfigurationError) -> [String]? {
        switch table[key] {
        case nil, .null: return nil
        case .string(let text): return [text]
        case .array(let items):
            var result: [String] = []
            for item in items {
                guard case .string(let text) = item else { throw wrongType(key, expected: "a list of strings") }
                result.append(text)
            }
            return result
        default: throw wrongType(key, expected: "a list of strings")
        }
    }

    public func subtable(_ key: String) throws(ConfigurationError) -> ConfigurationTable? {
        switch table[key] {
        case nil, .null: return nil
        case .table(let inner): return ConfigurationTable(path: file(of: key), table: inner, name: fullKey(key))
        default: throw wrongType(key, expected: "a table")
        }
    }

    /// An array of tables, such as the `[[targets]]` of a site definition, each named `key[i]`.
    public func tables(_ key: String) throws(ConfigurationError) -> [ConfigurationTable] {
        switch table[key] {
        case nil, .null: return []
        case .array(let items):
            var result: [ConfigurationTable] = []
            for (index, item) in items.enumerated() {
                guard case .table(let inner) = item else {
                    throw wrongType(key, expected: "an array of tables ([[\(key)]])")
                }
                result.append(ConfigurationTable(path: file(of: key), table: inner, name: "\(fullKey(key))[\(index)]"))
            }
            return result
        default: throw wrongType(key, expected: "an array of tables ([[\(key)]])")
        }
    }

    /// A table whose every value is a string, such as `[permalinks]`.
    public func stringTable(_ key: String) throws(ConfigurationError) -> [String: String]? {
        guard let inner = try subtable(key) else { return nil }
        var result: [String: String] = [:]
        for entry in inner.table.entries {
            guard let text = try inner.string(entry.key) else { continue }
            result[entry.key.lowercased()] = text
        }
        return result
    }

    /// Rejects keys this table does not know: a misspelt key must not be silently ignored.
    public func rejectUnknownKeys(_ known: [String]) throws(ConfigurationError) {
        for entry in table.entries where !known.contains(where: { $0.asciiLowercased == entry.foldedKey }) {
            let suggestion = known.min { $0.editDistance(to: entry.key) < $1.editDistance(to: entry.key) }
            let hint = suggestion.map { $0.editDistance(to: entry.key) <= 3 ? " (did you mean '\($0)'?)" : "" } ?? ""
            throw error(entry.key, "unknown key\(hint); known keys are \(known.joined(separator: ", "))")
        }
    }
}

extension String {
    /// Levenshtein distance, case-insensitive, for "did you mean" hints.
    public func editDistance(to other: String) -> Int {
        let left = Array(lowercased())
        let right = Array(other.lowercased())
        var previous = Array(0...right.count)
        for (i, leftCharacter) in left.enumerated() {
            var current = [i + 1]
            for (j, rightCharacter) in right.enumerated() {
                current.append(
                    Swift.min(
                        previous[j + 1] + 1, current[j] + 1, previous[j] + (leftCharacter == rightCharacter ? 0 : 1)))
            }
            previous = current
        }
        return previous[right.count]
    }
}
