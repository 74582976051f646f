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

    /// The announcement with its fields shortened as little as needed for `measure` of the
    /// message built from it (in `limit`'s unit) to be within `limit`.
    /// - Throws: `TooLong` when it does not fit even with every field that can be shortened empty.
    static func fit(_ announcement: Announcement, limit: TextLimit, measure: (Announcement) -> Int) throws(TooLong)
        -> Announcement
    {
        var length = measure(announcement)
        if length <= limit.maximum { return announcement }
        var current = announcement
        for field in Field.allCases {
            let count = field.count(in: current)
            guard count > 0 else { continue }
            let search = longest(
                below: count, measuring: length, bound: field.isText ? limit.mostCharacters : nil,
                maximum: limit.maximum
            ) { measure(field.keeping($0, of: current)) }
            switch search {
            case .kept(let kept): return field.keeping(kept, of: current)
            case .nothingFits(let lengthWithNothing): length = lengthWithNothing
            }
            current = field.keeping(0, of: current)
        }
        throw TooLong(
            description:
                "the message does not fit \(limit) even with no summary, tags, categories or author and an empty title; shorten the template or the link"
        )
    }

    /// The text shortened as little as needed for it, once escaped, to be within `limit`.
    static func fit(_ text: String, within limit: TextLimit, escape: (String) -> String = { $0 }) -> String {
        let length = limit.length(escape(text))
        if length <= limit.maximum { return text }
        let search = longest(
            below: text.count, measuring: length, bound: limit.mostCharacters, maximum: limit.maximum
        ) { limit.length(escape(shortened(text, keeping: $0))) }
        guard case .kept(let kept) = search else { return "" }
        return shortened(text, keeping: kept)
    }

    private enum Search {
        case kept(Int)
        /// Even with nothing kept it is too long, by this length.
        case nothingFits(Int)
    }

    /// The largest `kept` below `count` (whose length is `whole`) whose `measure` is within
    /// `maximum`. Each try aims where the limit should fall if the length grows evenly with what
    /// is kept (regula falsi, with the Illinois correction so neither end sticks), and after two
    /// tries that did not halve the range one halves it: a few renders find it however long the
    /// text, never many more than bisection would. Past `bound` nothing fits, so no render is
    /// much longer than the limit.
    private static func longest(
        below count: Int, measuring whole: Int, bound: Int?, maximum: Int, measure: (Int) -> Int
    ) -> Search {
        let none = measure(0)
        guard none <= maximum else { return .nothingFits(none) }
        // Excesses over the limit: at most 0 where it fits, above 0 where it does not.
        var fitting = (kept: 0, excess: Double(none - maximum))
        let top = min(count, (bound ?? count) + 1)
        var failing = (kept: top, excess: Double((top == count ? whole : measure(top)) - maximum))
        var lastSide = 0
        var slowSteps = 0
        while failing.kept - fitting.kept > 1 {
            let range = failing.kept - fitting.kept
            var next = fitting.kept + range / 2
            if slowSteps < 2, failing.excess > fitting.excess {
                let share = -fitting.excess / (failing.excess - fitting.excess)
                next = min(failing.kept - 1, max(fitting.kept + 1, fitting.kept + Int(share * Double(range))))
            }
            let excess = Double(measure(next) - maximum)
            if excess <= 0 {
                fitting = (next, excess)
                if lastSide < 0 { failing.excess /= 2 }
                lastSide = -1
            } else {
                failing = (next, excess)
                if lastSide > 0 { fitting.excess /= 2 }
                lastSide = 1
            }
            slowSteps = (failing.kept - fitting.kept) * 2 > range ? slowSteps + 1 : 0
        }
        return .kept(fitting.kept)
    }

    /// The first `kept` characters of the text, cut back to a space when one is near the end,
    /// ended with an ellipsis; the whole text when `kept` covers it, nothing when `kept` is 0.
    static func shortened(_ text: String, keeping kept: Int) -> String {
        guard kept > 0 else { return "" }
        guard let end = text.index(text.startIndex, offsetBy: kept, limitedBy: text.endIndex), end < text.endIndex
        else { return text }
        var cut = text[..<end]
        // A space among the last few characters: looking further back would cost more than it gains.
        let tail = cut.index(cut.endIndex, offsetBy: -min(kept / 2, 40))
        if let space = cut[tail...].lastIndex(where: \.isWhitespace), space > tail {
            cut = cut[..<space]
        }
        return cut.trimmingScalars { $0.properties.isWhitespace || isPunctuation($0) } + "…"
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default: false
        }
    }

    /// What can be shortened, least needed first.
    private enum Field: CaseIterable {
        case summary, tags, categories, author, title

        /// Whether it is cut by characters, rather than by dropping items of a list.
        var isText: Bool { self != .tags && self != .categories }

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
