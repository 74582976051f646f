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

    /// One warning for each kind of term a post has more of than feeds use.
    static func warnings(for posts: some Sequence<Post>) -> [Problem] {
        var warnings: [Problem] = []
        for post in posts {
            if post.tags.count > limit, let warning = warning(post, post.tags, "tags", line: post.tagsLine) {
                warnings.append(warning)
            }
            if post.categories.count > limit,
                let warning = warning(post, post.categories, "categories", line: post.categoriesLine)
            {
                warnings.append(warning)
            }
            for (taxonomy, terms) in post.otherTerms.filter({ $0.value.names.count > limit }).sorted(by: {
                $0.key < $1.key
            }) {
                if let warning = warning(post, terms.names, taxonomy, line: terms.line) { warnings.append(warning) }
            }
        }
        return warnings
    }

    private static func warning(_ post: Post, _ terms: [String], _ kind: String, line: Int) -> Problem? {
        let count = terms.count(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        guard count > limit else { return nil }
        return Problem(
            path: post.path, line: line,
            reason:
                "\(count) \(kind); feeds list and follow only the first \(limit), the others are left out: keep the ones readers follow",
            severity: .warning)
    }
}
