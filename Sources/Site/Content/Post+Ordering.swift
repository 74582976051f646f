extension Post {
    /// Newest first, undated posts last, and the path to break ties so the order never wavers.
    public static func newestFirst(_ lhs: Post, _ rhs: Post) -> Bool {
        switch (lhs.date, rhs.date) {
        case (let left?, let right?) where left != right: return left > right
        case (.some, nil): return true
        case (nil, .some): return false
        default: return lhs.path < rhs.path
        }
    }
}
