/// One `{{< name args >}}` (or `{{% … %}}`) tag of a post's Markdown, as `ShortcodeLexer` read it.
struct Shortcode {
    let name: String
    /// The arguments without a name, in order; Hugo takes either these or named ones.
    let positional: [String]
    let named: [String: String]
    /// Whether this is a closing tag, `{{< /name >}}`.
    let isClosing: Bool
    /// Whether the tag closes itself, `{{< name />}}`: a paired shortcode then has no body.
    let isSelfClosing: Bool
    /// Whether it is written `{{% … %}}`: its output is Markdown, rendered with the post's.
    let isMarkdown: Bool

    /// A named argument, or the positional one at `position` when the tag uses positions.
    func argument(_ key: String, position: Int? = nil) -> String? {
        if let value = named[key] { return value }
        guard let position, positional.indices.contains(position) else { return nil }
        return positional[position]
    }
}
