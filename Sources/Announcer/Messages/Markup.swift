import Site

/// The markup a platform reads a message in, and how the values put into it are escaped: a
/// title shows literally whatever it holds, and a link stays one link.
struct Markup: Sendable {
    /// Escapes a text value (title, summary, tags, …).
    let escape: @Sendable (String) -> String
    /// Escapes the post's link.
    let escapeLink: @Sendable (String) -> String

    static let plain = Markup(escape: { $0 }, escapeLink: { $0 })

    /// Slack's mrkdwn and Telegram's and Matrix's HTML: `&`, `<` and `>` as entities.
    static let html = Markup(escape: entities, escapeLink: { entities(link($0)) })

    /// Markdown (Discord, Mattermost, Teams): a backslash before every character that formats;
    /// in a link no backslash (it would become part of the address), but the characters that
    /// would end a `[text](url)` percent-encoded.
    static let markdown = Markup(
        escape: backslashed,
        escapeLink: { link($0).replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29") })

    private static func entities(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// Per code point, as Markdown reads: a combining mark after `*` leaves it a `*`.
    private static func backslashed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if markdownSpecials.contains(scalar) { result.append("\\") }
            result.append(scalar)
        }
        return String(result)
    }

    private static let markdownSpecials = Set("\\*_~`|[]()#>".unicodeScalars)

    /// A link with every byte a URL may not hold percent-encoded (spaces, quotes, `<>|` and line
    /// breaks), so that it cannot end the markup around it: a permalink, already encoded, is unchanged.
    static func link(_ url: String) -> String {
        PercentEncoding.encode(url) { byte in
            PercentEncoding.isUnreserved(byte) || ":/?#[]@!$&'()*+,;=%".utf8.contains(byte)
        }
    }
}
