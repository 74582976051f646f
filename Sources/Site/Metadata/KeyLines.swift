/// Finds the line each key of a TOML text was written on, for error messages: TOMLKit does not
/// report where a key came from. Works on bytes, since it runs for every TOML front matter.
struct KeyLines {
    private var lines: [String: Int] = [:]

    /// Records `key =` lines under the most recent `[table]` header, as dotted paths; the
    /// tables of an array (`[[targets]]`) are numbered: `targets[1].name`.
    init(toml text: String) {
        var table = ""
        var number = 0
        var arrayCounts: [String: Int] = [:]
        for rawLine in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            let line = rawLine.drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            if first == UInt8(ascii: "[") {
                let isArray = line.dropFirst().first == UInt8(ascii: "[")
                let name = Self.unquoted(line.drop { $0 == UInt8(ascii: "[") }.prefix { $0 != UInt8(ascii: "]") })
                if isArray {
                    let index = arrayCounts[name, default: 0]
                    arrayCounts[name] = index + 1
                    record(name, line: number)
                    table = "\(name)[\(index)]"
                } else {
                    table = name
                }
                record(table, line: number)
            } else if let equals = line.firstIndex(of: UInt8(ascii: "=")) {
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

    /// `"a". b` → `a.b`: each dotted part without surrounding blanks or quotes.
    private static func unquoted(_ bytes: Substring.UTF8View.SubSequence) -> String {
        func isIgnored(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "'")
        }
        return bytes.split(separator: UInt8(ascii: ".")).map { part in
            var trimmed = part.drop(while: isIgnored)
            while let last = trimmed.last, isIgnored(last) { trimmed = trimmed.dropLast() }
            return String(decoding: trimmed, as: UTF8.self)
        }.joined(separator: ".")
    }
}
