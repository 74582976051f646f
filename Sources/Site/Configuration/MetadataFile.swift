import Foundation

/// Reads a whole TOML, YAML or JSON configuration file, chosen by its extension.
enum MetadataFile {
    static func read(_ path: String) throws(ConfigurationError) -> MetadataTable {
        guard case .table(let table) = try read(path, whole: false) else { return MetadataTable() }
        return table
    }

    /// A data file: its top level may be a list, or any value, as well as a table.
    static func readValue(_ path: String) throws(ConfigurationError) -> MetadataValue {
        try read(path, whole: true)
    }

    private static func read(_ path: String, whole: Bool) throws(ConfigurationError) -> MetadataValue {
        guard let bytes = FileBytes.read(path) else {
            throw ConfigurationError(
                path: path, reason: "cannot read the file (does it exist, and may Herald read it?)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigurationError(path: path, reason: "the file is not valid UTF-8 text")
        }
        do throws(MetadataError) {
            switch (path as NSString).pathExtension.lowercased() {
            case "toml": return .table(try TOMLReader.readTable(text, firstLine: 1))
            case "json":
                return whole
                    ? try JSONReader.readDocument(text, firstLine: 1)
                    : .table(try JSONReader.readTable(text, firstLine: 1))
            default:
                let result = bytes.withUnsafeBytes { bytes in
                    Result { () throws(MetadataError) in
                        let reader = YAMLReader(bytes: bytes, firstLine: 1)
                        return whole ? try reader.readDocument() : .table(try reader.readMapping())
                    }
                }
                return try result.get()
            }
        } catch {
            throw ConfigurationError(path: path, line: error.line, reason: error.reason)
        }
    }
}
