/// A platform's limit on a text, in the unit the platform counts it in.
struct TextLimit: CustomStringConvertible {
    enum Unit {
        /// UTF-8 bytes (ntfy, and whole JSON bodies: Matrix events, Teams cards).
        case bytes
        /// UTF-16 code units, as JavaScript counts (Telegram; Slack, counted the same for safety).
        case utf16CodeUnits
        /// Unicode code points (Discord, Mattermost).
        case codePoints
        /// Mastodon's characters, with the post's link counted as 23.
        case mastodonCharacters(link: String)
    }

    let maximum: Int
    let unit: Unit

    func length(_ text: String) -> Int {
        switch unit {
        case .bytes: text.utf8.count
        case .utf16CodeUnits: text.utf16.count
        case .codePoints: text.unicodeScalars.count
        case .mastodonCharacters(let link): MastodonMessage.length(text, link: link)
        }
    }

    func admits(_ text: String) -> Bool { length(text) <= maximum }

    /// The most characters of one value a text within the limit can hold: each counts one unit
    /// or more, except in Mastodon's count, where a link longer than 23 counts 23.
    var mostCharacters: Int? {
        if case .mastodonCharacters = unit { return nil }
        return maximum
    }

    var description: String {
        switch unit {
        case .bytes: "\(maximum) bytes"
        case .utf16CodeUnits: "\(maximum) UTF-16 code units"
        case .codePoints: "\(maximum) code points"
        case .mastodonCharacters: "\(maximum) characters (each link counted as 23)"
        }
    }
}
