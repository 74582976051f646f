import Foundation

/// A value inside a running shortcode template, as Go's templates see it.
indirect enum GoValue: Sendable {
    case null
    case string(String)
    /// HTML that is output as it is (`template.HTML`: `.Inner`, `markdownify`, `safeHTML`).
    case html(String)
    case bool(Bool)
    case number(Double)
    case list([GoValue])
    /// Keys compared as Hugo compares `Params` keys: lowercased.
    case map([String: GoValue])
    /// The shortcode itself (`.`, `$`), its page and its site.
    case shortcode
    case page
    /// Another page of the site, one `GetPage` found.
    case otherPage(ShortcodePage)
    case site
    /// A `.Scratch`/`.Store`: the page's, the shortcode's own, or one `newScratch` made.
    case scratch(GoScratch)
    /// A `time.Time`; nil is Go's zero time, a page's date it does not have.
    case time(PostDate?)

    /// Go's truth: false, 0, nil and empty strings, lists and maps are false.
    var isTrue: Bool {
        switch self {
        case .null: false
        case .string(let text), .html(let text): !text.isEmpty
        case .bool(let flag): flag
        case .number(let number): number != 0
        case .list(let items): !items.isEmpty
        case .map(let entries): !entries.isEmpty
        // A struct, as a time is, is always true in Go's templates.
        case .shortcode, .page, .otherPage, .site, .scratch, .time: true
        }
    }

    /// The value as text, unescaped.
    var text: String {
        switch self {
        case .null: ""
        case .string(let text), .html(let text): text
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number):
            number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .list(let items): "[" + items.map(\.text).joined(separator: " ") + "]"
        case .map: "map[]"
        case .shortcode, .page, .otherPage, .site, .scratch: ""
        case .time(let date): GoTimeLayout.goString(date ?? GoTimeLayout.zero)
        }
    }

    /// The value as a template writes it: HTML as it is, anything else escaped as Go's
    /// `html/template` escapes text and attribute values (`"` as `&#34;`, `+` as `&#43;`).
    var output: String {
        if case .html(let html) = self { return html }
        let text = text
        guard text.utf8.contains(where: { Self.escapes[Int($0)] != nil }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, let escape = Self.escapes[Int(scalar.value)] {
                result += escape
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let escapes: [String?] = (0..<256).map { byte in
        switch UInt8(byte) {
        case 0: "\u{FFFD}"
        case UInt8(ascii: "\""): "&#34;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "'"): "&#39;"
        case UInt8(ascii: "+"): "&#43;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        default: nil
        }
    }

    /// Whether two values are equal as `eq` compares them: numbers by value, text by text.
    func equals(_ other: GoValue) -> Bool {
        switch (self, other) {
        case (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.time(let a), .time(let b)): a?.instant == b?.instant
        case (.null, .null): true
        case (.null, _), (_, .null): false
        default: text == other.text
        }
    }

    init(_ metadata: MetadataValue) {
        switch metadata {
        case .null: self = .null
        case .string(let text): self = .string(text)
        case .integer(let number): self = .number(Double(number))
        case .float(let number): self = .number(number)
        case .bool(let flag): self = .bool(flag)
        case .array(let items): self = .list(items.map(GoValue.init))
        case .table(let table):
            self = .map(
                Dictionary(table.entries.map { ($0.key.lowercased(), GoValue($0.value)) }) { first, _ in first })
        default: self = .string(metadata.scalarText ?? "")
        }
    }
}
