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

    private static let entities = replacing(["&": "&amp;", "<": "&lt;", ">": "&gt;"])
    private static let backslashed = replacing(
        Dictionary(uniqueKeysWithValues: "\\*_~`|[]()#>".map { ($0, "\\" + String($0)) }))

    /// Replaces ASCII characters, byte by byte: UTF-8 never uses an ASCII byte inside a longer
    /// character, so a `<` followed by a combining mark is still replaced, as the platforms,
    /// which parse code points, would read it.
    private static func replacing(_ replacements: [Character: String]) -> @Sendable (String) -> String {
        var table = [[UInt8]?](repeating: nil, count: 128)
        for (character, replacement) in replacements { table[Int(character.asciiValue!)] = Array(replacement.utf8) }
        return { [table] text in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 {
                if byte < 0x80, let replacement = table[Int(byte)] {
                    bytes.append(contentsOf: replacement)
                } else {
                    bytes.append(byte)
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// A link with every byte a URL may not hold percent-encoded (spaces, quotes, `<>|` and line
    /// breaks), so that it cannot end the markup around it: a permalink, already encoded, is unchanged.
    static func link(_ url: String) -> String {
        PercentEncoding.encode(url) { byte in
            PercentEncoding.isUnreserved(byte) || ":/?#[]@!$&'()*+,;=%".utf8.contains(byte)
        }
    }
}
