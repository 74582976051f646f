import Site

/// The feeds a site gets, and the sections and terms that get none.
public struct FeedPlan: Sendable {
    public internal(set) var feeds: [PlannedFeed]
    /// A feed whose folder is another feed's file whatever its name, as warnings on the post
    /// that named it.
    public internal(set) var warnings: [Problem] = []
}
