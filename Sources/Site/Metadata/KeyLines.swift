import Foundation

/// Finds the line each key of a TOML text was written on, for error messages:
/// TOMLKit does not report where a key came from.
struct KeyLines {
    private var lines: [String: Int] = [:]

    /// Records `key =` lines under the most recent `[table]` header, as dotted paths.
    init(toml text: String) {
        var table = ""
        var number = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let name = line.drop { $0 == "[" }.prefix { $0 != "]" }
                table = Self.unquoted(name)
                record(table, line: number)
            } else if let equals = line.firstIndex(of: "="), !line.hasPrefix("#") {
                let key = Self.unquoted(line[..<equals])
                record(table.isEmpty ? key : table + "." + key, line: number)
            }
        }
    }

    func line(of path: String) -> Int? {
        lines[path.lowercased()]
    }

    private mutating func record(_ path: String, line: Int) {
        let key = path.lowercased()
        if lines[key] == nil { lines[key] = line }
    }

    private static func unquoted(_ text: Substring) -> String {
        text.split(separator: ".").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
        }.joined(separator: ".")
    }
}
