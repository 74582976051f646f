import Foundation

@testable import Site

/// Front matter text given straight to one reader, then the table read as a Hugo and as a
/// Jekyll post's fields, every key's line asked for as an error message would.
struct FrontMatterHarness: Harness {
    enum Format {
        case yaml, toml, json
    }

    let format: Format
    /// A zone with daylight saving time and one with a half-hour offset, for dates without one.
    private let timeZones = ["Europe/Berlin", "America/St_Johns"].compactMap(TimeZone.init(identifier:))

    func run(_ input: [UInt8]) {
        // Both callers, the post reader and the configuration loader, pass only UTF-8 text.
        guard let text = String(validating: input, as: UTF8.self) else { return }
        let table: MetadataTable
        do throws(MetadataError) {
            table = try read(text, input)
        } catch {
            return
        }
        visit(table)
        for timeZone in timeZones {
            var post = Post(path: "content/posts/fuzz.md", contentPath: "posts/fuzz.md")
            try? FrontMatterFields(path: post.path, table: table, timeZone: timeZone).apply(to: &post)
        }
    }

    /// The text as the post reader gives it: after the `---` or `+++` line, or from the `{`.
    private func read(_ text: String, _ bytes: [UInt8]) throws(MetadataError) -> MetadataTable {
        switch format {
        case .yaml:
            let result = bytes.withUnsafeBytes { region in
                Result { () throws(MetadataError) in try YAMLReader(bytes: region, firstLine: 2).readMapping() }
            }
            return try result.get()
        case .toml: return try TOMLReader.readTable(text, firstLine: 2)
        case .json: return try JSONReader.readTable(text, firstLine: 1)
        }
    }

    private func visit(_ table: MetadataTable) {
        for entry in table.entries {
            _ = table.entry(entry.key)
            visit(entry.value)
        }
    }

    private func visit(_ value: MetadataValue) {
        switch value {
        case .table(let table): visit(table)
        case .array(let values): values.forEach(visit)
        default: _ = value.scalarText
        }
    }
}
