extension Post {
    /// Newest first by the date the post went out (`publishDate`, else `date`), as feeds show it;
    /// undated posts last, and the path to break ties so the order never wavers.
    ///
    /// Sorts keys rather than posts: moving whole posts around costs more than comparing them.
    public static func newestFirst(_ posts: [Post]) -> [Post] {
        newestFirstOrder(posts).map { posts[$0] }
    }

    /// The positions in `posts` of those `isIncluded` keeps, newest first: a caller that needs
    /// only the first few copies only those.
    public static func newestFirstOrder(_ posts: [Post], where isIncluded: (Post) -> Bool = { _ in true }) -> [Int] {
        let keys = posts.map { ($0.publishDate ?? $0.date)?.instant.timeIntervalSince1970 ?? -.infinity }
        return posts.indices.filter { isIncluded(posts[$0]) }.sorted {
            keys[$0] != keys[$1] ? keys[$0] > keys[$1] : posts[$0].path < posts[$1].path
        }
    }
}
