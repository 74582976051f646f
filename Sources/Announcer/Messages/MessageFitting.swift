import Foundation

/// Shortens what an announcement says until the message a platform builds from it fits the
/// platform's limit, counted in the platform's own unit, so nothing goes out that the platform
/// refuses with a 400 on every run. Only whole fields are shortened (the summary first, then
/// tags, categories, the author and last the title) and each one before it is escaped, so the
/// markup around it stays intact; the link is never touched.
enum MessageFitting {
    struct TooLong: Error, CustomStringConvertible {
        let description: String
    }

    struct Empty: Error, CustomStringConvertible {
        let description = "the template gives an empty message for this post"
    }

    /// The announcement with its fields shortened as little as `fits` allows.
    /// - Throws: `TooLong` when it does not fit even with every field that can be shortened empty.
    static func fit(_ announcement: Announcement, limit: TextLimit, fits: (Announcement) -> Bool) throws(TooLong)
        -> Announcement
    {
        if fits(announcement) { return announcement }
        var current = announcement
        for field in Field.allCases {
            let count = field.count(in: current)
            guard count > 0 else { continue }
            if let kept = longest(below: count, fitting: { fits(field.keeping($0, of: current)) }) {
                return field.keeping(kept, of: current)
            }
            current = field.keeping(0, of: current)
        }
        throw TooLong(
            description:
                "the message does not fit \(limit) even with no summary, tags, categories or author and an empty title; shorten the template or the link"
        )
    }

    /// The text shortened as little as `fits` allows; empty when nothing of it fits.
    static func fit(_ text: String, fits: (String) -> Bool) -> String {
        if fits(text) { return text }
        return longest(below: text.count) { fits(shortened(text, keeping: $0)) }.map { shortened(text, keeping: $0) }
            ?? ""
    }

    /// The largest `kept` below `count` for which `fits` holds, by bisection: what is kept grows
    /// with `kept`, so a few renders find it however long the text.
    private static func longest(below count: Int, fitting fits: (Int) -> Bool) -> Int? {
        guard fits(0) else { return nil }
        var fitting = 0
        var failing = count
        while failing - fitting > 1 {
            let middle = fitting + (failing - fitting) / 2
            if fits(middle) { fitting = middle } else { failing = middle }
        }
        return fitting
    }

    /// The first `kept` characters of the text, cut back to a space when one is near the end,
    /// ended with an ellipsis; the whole text when `kept` covers it, nothing when `kept` is 0.
    static func shortened(_ text: String, keeping kept: Int) -> String {
        guard kept > 0 else { return "" }
        guard kept < text.count else { return text }
        var cut = text.prefix(kept)
        if let space = cut.lastIndex(where: \.isWhitespace), cut.distance(from: cut.startIndex, to: space) > kept / 2 {
            cut = cut[..<space]
        }
        return cut.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters)) + "…"
    }

    /// What can be shortened, least needed first.
    private enum Field: CaseIterable {
        case summary, tags, categories, author, title

        func count(in announcement: Announcement) -> Int {
            switch self {
            case .summary: announcement.summary.count
            case .tags: announcement.tags.count
            case .categories: announcement.categories.count
            case .author: announcement.author?.count ?? 0
            case .title: announcement.title.count
            }
        }

        /// The announcement with this field cut to `kept` characters (tags and categories: the first `kept`).
        func keeping(_ kept: Int, of announcement: Announcement) -> Announcement {
            var result = announcement
            switch self {
            case .summary: result.summary = MessageFitting.shortened(announcement.summary, keeping: kept)
            case .tags: result.tags = Array(announcement.tags.prefix(kept))
            case .categories: result.categories = Array(announcement.categories.prefix(kept))
            case .author: result.author = kept > 0 ? announcement.author.map { shortened($0, keeping: kept) } : nil
            case .title: result.title = MessageFitting.shortened(announcement.title, keeping: kept)
            }
            return result
        }
    }
}
