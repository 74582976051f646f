extension Post {
    /// Newest first by the date the post went out (`publishDate`, else `date`), as feeds show it;
    /// undated posts last, and the path to break ties so the order never wavers.
    ///
    /// Sorts keys rather than posts: moving whole posts around costs more than comparing them.
    /// - Parameter isIncluded: which posts to keep, chosen before anything is copied.
    public static func newestFirst(_ posts: [Post], where isIncluded: (Post) -> Bool = { _ in true }) -> [Post] {
        let keys = posts.map { ($0.publishDate ?? $0.date)?.instant.timeIntervalSince1970 ?? -.infinity }
        let order = posts.indices.filter { isIncluded(posts[$0]) }.sorted {
            keys[$0] != keys[$1] ? keys[$0] > keys[$1] : posts[$0].path < posts[$1].path
        }
        return order.map { posts[$0] }
    }
}
