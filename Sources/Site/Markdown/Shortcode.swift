/// One `{{< name args >}}` (or `{{% … %}}`) tag found in a post's Markdown.
struct Shortcode {
    let name: String
    let positional: [String]
    let named: [String: String]
    /// Whether this is a closing tag, `{{< /name >}}`.
    let isClosing: Bool

    /// Reads the text between the delimiters: a name, then arguments that are either all
    /// positional or all `key="value"`, quoted with `"` or a backquote, or bare.
    init(parsing inner: Substring) {
        var words: [String] = []
        var named: [String: String] = [:]
        var rest = inner.drop { $0.isWhitespace }
        isClosing = rest.hasPrefix("/")
        if isClosing { rest = rest.dropFirst().drop { $0.isWhitespace } }
        while !rest.isEmpty {
            var key: String?
            if let equals = rest.firstIndex(of: "="),
                !rest[..<equals].contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "`" })
            {
                key = String(rest[..<equals])
                rest = rest[rest.index(after: equals)...]
            }
            let value: String
            if let quote = rest.first, quote == "\"" || quote == "`" {
                let body = rest.dropFirst()
                let close = body.firstIndex(of: quote) ?? body.endIndex
                value = String(body[..<close])
                rest = close == body.endIndex ? body[close...] : body[body.index(after: close)...]
            } else {
                let word = rest.prefix { !$0.isWhitespace }
                value = String(word)
                rest = rest[word.endIndex...]
            }
            if let key { named[key] = value } else { words.append(value) }
            rest = rest.drop { $0.isWhitespace }
        }
        name = words.first ?? ""
        positional = Array(words.dropFirst())
        self.named = named
    }

    /// A named argument, or the positional one at `position` when the tag uses positions.
    func argument(_ key: String, position: Int? = nil) -> String? {
        if let value = named[key] { return value }
        guard let position, positional.indices.contains(position) else { return nil }
        return positional[position]
    }
}
