import Foundation

/// Shortens a message to a platform's limit by cutting the summary at a word, never by sending
/// something the platform rejects with a 400.
enum MessageFitting {
    /// Renders with ever shorter summaries until `length` of the result is within `limit`; as a
    /// last resort (a title longer than the limit) cuts the whole message.
    static func fit(limit: Int, summary: String, length: (String) -> Int, render: (String) -> String) -> String {
        var current = summary
        var message = render(current)
        var tries = 0
        while length(message) > limit && !current.isEmpty && tries < 8 {
            let excess = length(message) - limit
            current = shortened(current, by: excess + 1)
            message = render(current)
            tries += 1
        }
        guard length(message) > limit else { return message }
        return String(message.prefix(max(0, limit - 1))) + "…"
    }

    /// The text without its last `count` characters, cut at a space and ended with an ellipsis.
    static func shortened(_ text: String, by count: Int) -> String {
        let keep = text.count - count - 1
        guard keep > 0 else { return "" }
        var cut = text.prefix(keep)
        if let space = cut.lastIndex(where: \.isWhitespace), cut.distance(from: cut.startIndex, to: space) > keep / 2 {
            cut = cut[..<space]
        }
        return cut.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) + "…"
    }

    /// Mastodon's count: characters, with every link counted as 23 whatever its length.
    static func mastodonLength(_ text: String) -> Int {
        var length = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            for (index, part) in word.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { length += 1 }
                length += part.hasPrefix("http://") || part.hasPrefix("https://") ? 23 : part.count
            }
            length += 1
        }
        return max(0, length - 1)
    }
}
