import Foundation

/// Reads a whole TOML, YAML or JSON configuration file, chosen by its extension.
enum MetadataFile {
    static func read(_ path: String) throws(ConfigurationError) -> MetadataTable {
        guard let bytes = FileBytes.read(path) else {
            throw ConfigurationError(
                path: path, reason: "cannot read the file (does it exist, and may Herald read it?)")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ConfigurationError(path: path, reason: "the file is not valid UTF-8 text")
        }
        do throws(MetadataError) {
            switch (path as NSString).pathExtension.lowercased() {
            case "toml": return try TOMLReader.readTable(text, firstLine: 1)
            case "json": return try JSONReader.readTable(text, firstLine: 1)
            default:
                let result = bytes.withUnsafeBytes { bytes in
                    Result { () throws(MetadataError) in try YAMLReader(bytes: bytes, firstLine: 1).readMapping() }
                }
                return try result.get()
            }
        } catch {
            throw ConfigurationError(path: path, line: error.line, reason: error.reason)
        }
    }
}
