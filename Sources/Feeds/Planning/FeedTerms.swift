import Site

/// The tags and categories of a post that feeds use: its entries list them, and it joins their
/// feeds. A term feed repeats the terms of each post it holds, so a post's share of the output
/// grows with its feeds times the terms each lists: at most `limit` of each kind keep that
/// bounded, where every term would make it grow with their square.
enum FeedTerms {
    static let limit = 100

    /// The terms an entry lists: the first `limit` that are not blank.
    static func listed(_ terms: [String]) -> [String] {
        let named = terms.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        return named.count > limit ? Array(named.prefix(limit)) : named
    }

    /// The terms whose feeds a post joins: those it lists. Blank ones, which have no slug and so
    /// no feed, are left in when there are few, so that a post with few terms costs nothing here.
    static func followed(_ terms: [String]) -> [String] {
        terms.count > limit ? listed(terms) : terms
    }

    /// One warning for each kind of term a post has more of than feeds use; `positions` are
    /// the posts of `posts` to look at. Positions, not posts: a copy of each of a large site's
    /// posts would cost more than the look.
    static func warnings(for posts: [Post], at positions: [Int]) -> [Problem] {
        var warnings: [Problem] = []
        for position in positions {
            if posts[position].tags.count > limit,
                let warning = warning(posts[position], posts[position].tags, "tags", line: posts[position].tagsLine)
            {
                warnings.append(warning)
            }
            if posts[position].categories.count > limit,
                let warning = warning(
                    posts[position], posts[position].categories, "categories", line: posts[position].categoriesLine)
            {
                warnings.append(warning)
            }
            guard !posts[position].otherTerms.isEmpty else { continue }
            for (taxonomy, terms) in posts[position].otherTerms.filter({ $0.value.names.count > limit }).sorted(by: {
                $0.key < $1.key
            }) {
                if let warning = warning(posts[position], terms.names, taxonomy, line: terms.line) {
                    warnings.append(warning)
                }
            }
        }
        return warnings
    }

    private static func warning(_ post: borrowing Post, _ terms: [String], _ kind: String, line: Int) -> Problem? {
        let count = terms.count(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        guard count > limit else { return nil }
        return Problem(
            path: post.path, line: line,
            reason:
                "\(count) \(kind); feeds list and follow only the first \(limit), the others are left out: keep the ones readers follow",
            severity: .warning)
    }
}
