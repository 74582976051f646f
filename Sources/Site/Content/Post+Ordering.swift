extension Post {
    /// Newest first by the date the post went out (`publishDate`, else `date`), as feeds show it;
    /// undated posts last, and the path to break ties so the order never wavers.
    ///
    /// Sorts keys rather than posts: moving whole posts around costs more than comparing them.
    public static func newestFirst(_ posts: [Post]) -> [Post] {
        newestFirstOrder(posts).map { posts[$0] }
    }

    /// The positions in `posts` of those with `status` (of all when nil), newest first: a caller
    /// that needs only the first few copies only those.
    public static func newestFirstOrder(_ posts: [Post], status: PostStatus? = nil) -> [Int] {
        var order: [(instant: Double, position: Int)] = []
        order.reserveCapacity(posts.count)
        for position in posts.indices where status == nil || posts[position].status == status {
            let date = posts[position].publishDate ?? posts[position].date
            order.append((date?.instant.timeIntervalSince1970 ?? -.infinity, position))
        }
        order.sort {
            $0.instant != $1.instant ? $0.instant > $1.instant : posts[$0.position].path < posts[$1.position].path
        }
        return order.map(\.position)
    }
}
