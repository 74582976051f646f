/// Gives each `<h1>`…`<h6>` of cmark-gfm's HTML (written bare) what the generator gives it: the
/// attributes written at its end (`## Setup {#setup .wide}`, Goldmark's title attributes and
/// kramdown's header ids), taken out of its text, and otherwise an `id` from its text.
struct HeadingMarkup {
    let ids: HeadingIDs?
    let readsAttributes: Bool
    let engine: MarkdownFlavor.Engine
    /// The site's heading render hook: the whole element for a heading's level, attributes
    /// (its `id` among them) and inner HTML; nil to write it as Goldmark does.
    var hook: HeadingHook?

    typealias HeadingHook = (_ level: Int, _ attributes: [(name: String, value: String)], _ inner: Substring) -> String?

    func applied(to html: String) -> String {
        guard html.containsUTF8("<h") else { return html }
        var result = ""
        var used: [String: Int] = [:]
        var rest = Substring(html)
        while let open = rest.firstRange(ofUTF8: "<h") {
            let level = rest[open.upperBound...].prefix(2)
            guard level.count == 2, let digit = level.first, ("1"..."6").contains(digit), level.last == ">",
                let close = rest[open.upperBound...].firstRange(ofUTF8: "</h\(digit)>")
            else {
                result += rest[..<open.upperBound]
                rest = rest[open.upperBound...]
                continue
            }
            var inner = rest[rest.index(open.upperBound, offsetBy: 2)..<close.lowerBound]
            var attributes: [(name: String, value: String)] = []
            if readsAttributes, let (text, written) = Self.splittingAttributes(inner, engine: engine) {
                inner = text
                attributes = written
            }
            if !attributes.contains(where: { $0.name == "id" }), let ids,
                let id = ids.unique(ids.id(of: Self.text(of: inner)), among: &used)
            {
                attributes.append(("id", id))
            } else if let written = attributes.first(where: { $0.name == "id" }) {
                used[written.value, default: 0] += 1
            }
            result += rest[..<open.lowerBound]
            if let hook, let html = hook(Int(String(digit)) ?? 1, attributes, inner) {
                // Goldmark ends a hook's element with nothing of its own.
                result += html
                rest = rest[close.upperBound...]
                if rest.first == "\n" { rest = rest.dropFirst() }
                continue
            }
            result += "<h\(digit)" + attributes.map { " \($0.name)=\"\($0.value)\"" }.joined() + ">"
            result += inner
            rest = rest[close.lowerBound...]
        }
        return result + rest
    }

    /// A heading's text without the attribute list at its end, and the attributes; nil when it
    /// ends in none.
    private static func splittingAttributes(_ inner: Substring, engine: MarkdownFlavor.Engine) -> (
        Substring, [(name: String, value: String)]
    )? {
        let trimmed = inner.reversed().drop { $0 == " " }
        guard trimmed.first == "}", let brace = inner.lastIndex(of: "{") else { return nil }
        let list = inner[brace...].prefix(
            inner.distance(from: brace, to: inner.endIndex) - (inner.count - trimmed.count))
        guard let attributes = attributes(in: list), !attributes.isEmpty else { return nil }
        // kramdown reads only an id at a heading's end, or an attribute list moved there.
        if engine == .kramdown, !list.hasPrefix("{:"), attributes.contains(where: { $0.name != "id" }) { return nil }
        var text = inner[..<brace]
        while text.last == " " { text = text.dropLast() }
        return (text, attributes)
    }

    /// The attributes of a list such as `{#id .a .b key="value"}` (or kramdown's `{: …}`), in
    /// the order written with the classes joined at the first; nil when it is not one. Its
    /// quotes may have been made typographic already.
    static func attributes(in list: Substring) -> [(name: String, value: String)]? {
        guard list.hasPrefix("{"), list.hasSuffix("}") else { return nil }
        var body = list.dropFirst().dropLast()
        if body.hasPrefix(":") { body = body.dropFirst() }
        var attributes: [(name: String, value: String)] = []
        var classes: [String] = []
        var rest = body.drop { $0 == " " }
        while !rest.isEmpty {
            let token: Substring
            if let quote = rest.firstIndex(where: { $0 == "=" }), !rest[..<quote].contains(" ") {
                let name = rest[..<quote]
                var value = rest[rest.index(after: quote)...]
                let closing: Set<Character>
                if let first = value.first, let close = Self.quotes[first] {
                    closing = close
                    value = value.dropFirst()
                } else if value.hasPrefix("&quot;") {
                    value = value.dropFirst(6)
                    guard let end = value.firstRange(ofUTF8: "&quot;") else { return nil }
                    attributes.append((String(name), String(value[..<end.lowerBound])))
                    rest = value[end.upperBound...].drop { $0 == " " }
                    continue
                } else {
                    closing = [" "]
                }
                let end = value.firstIndex { closing.contains($0) } ?? value.endIndex
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                    return nil
                }
                attributes.append((String(name), String(value[..<end])))
                rest = (end < value.endIndex ? value[value.index(after: end)...] : value[end...]).drop { $0 == " " }
                continue
            }
            token = rest.prefix { $0 != " " }
            rest = rest.dropFirst(token.count).drop { $0 == " " }
            guard token.count > 1 else { return nil }
            if token.hasPrefix("#") {
                attributes.append(("id", String(token.dropFirst())))
            } else if token.hasPrefix(".") {
                if classes.isEmpty { attributes.append(("class", "")) }
                classes.append(String(token.dropFirst()))
            } else {
                return nil
            }
        }
        if let index = attributes.firstIndex(where: { $0.name == "class" && $0.value.isEmpty }) {
            attributes[index].value = classes.joined(separator: " ")
        }
        return attributes
    }

    /// Each opening quote a value may be written with, as written or as the typographer made it,
    /// and the quotes that close it.
    private static let quotes: [Character: Set<Character>] = [
        "\"": ["\""], "'": ["'"], "“": ["”", "“"], "”": ["”"], "‘": ["’", "‘"], "’": ["’"],
    ]

    /// The heading's text: tags dropped but an image's `alt` kept, references decoded.
    private static func text(of html: Substring) -> String {
        var text = ""
        var rest = html
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            guard let end = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...end]
            if tag.hasPrefix("<img"), let alt = tag.firstRange(ofUTF8: "alt=\"") {
                text += tag[alt.upperBound...].prefix { $0 != "\"" }
            }
            rest = rest[rest.index(after: end)...]
        }
        return HTMLText.decodingEntities(text + rest)
    }
}
