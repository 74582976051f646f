extension Post {
    /// Newest first by the date the post went out (`publishDate`, else `date`), as feeds show it;
    /// undated posts last, and the path to break ties so the order never wavers.
    ///
    /// Sorts keys rather than posts: moving whole posts around costs more than comparing them.
    public static func newestFirst(_ posts: [Post]) -> [Post] {
        let keys = posts.map { (($0.publishDate ?? $0.date)?.instant.timeIntervalSince1970 ?? -.infinity, $0.path) }
        let order = keys.indices.sorted { keys[$0].0 != keys[$1].0 ? keys[$0].0 > keys[$1].0 : keys[$0].1 < keys[$1].1 }
        return order.map { posts[$0] }
    }
}
