import Foundation

/// A Jekyll data file in CSV (or TSV, by its extension): a list of rows, each a table from the
/// first row's headers to its fields, as Jekyll's `CSV.read(headers: true)` gives it.
enum CSVFile {
    static func read(_ path: String) throws(ConfigurationError) -> MetadataValue {
        guard let bytes = FileBytes.read(path), let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigurationError(path: path, reason: "cannot read the file as UTF-8 text")
        }
        let separator: Character = (path as NSString).pathExtension.lowercased() == "tsv" ? "\t" : ","
        var records = try records(of: text, separator: separator, path: path)
        guard !records.isEmpty else { return .array([]) }
        let headers = records.removeFirst()
        return .array(
            records.map { fields in
                var table = MetadataTable()
                for (index, header) in headers.enumerated() {
                    let value: MetadataValue = index < fields.count ? .string(fields[index]) : .null
                    table.append(MetadataTable.Entry(key: header, value: value, line: 0))
                }
                return .table(table)
            })
    }

    /// RFC 4180 records: a field in double quotes may hold the separator, line breaks and `""`.
    private static func records(of text: String, separator: Character, path: String) throws(ConfigurationError)
        -> [[String]]
    {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var line = 1
        var characters = text.makeIterator()
        var pending = characters.next()
        while let character = pending {
            pending = characters.next()
            if quoted {
                if character == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = characters.next()
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" { line += 1 }
                    field.append(character)
                }
            } else if character == "\"" && field.isEmpty {
                quoted = true
            } else if character == separator {
                record.append(field)
                field = ""
            } else if character == "\n" || character == "\r\n" {
                record.append(field)
                records.append(record)
                record = []
                field = ""
                line += 1
            } else {
                field.append(character)
            }
        }
        guard !quoted else {
            throw ConfigurationError(path: path, line: line, reason: "a quoted field is never closed")
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(field)
            records.append(record)
        }
        return records
    }
}
