/// One of a site's taxonomies, as Hugo's `[taxonomies]` names it: `series = "series"`,
/// `tag = "tags"`. Posts list their terms under the plural name, which is also the folder of
/// the terms' pages and feeds (`/series/theme-demo/`).
public struct SiteTaxonomy: Sendable, Equatable {
    public let singular: String
    public let plural: String

    public init(singular: String, plural: String) {
        self.singular = singular
        self.plural = plural
    }

    /// Hugo's taxonomies when `[taxonomies]` is absent, and the two Jekyll has.
    public static let defaults = [
        SiteTaxonomy(singular: "tag", plural: "tags"), SiteTaxonomy(singular: "category", plural: "categories"),
    ]

    /// Whether posts keep its terms in `Post.tags` or `Post.categories` rather than `Post.otherTerms`.
    public var isTagsOrCategories: Bool { plural == "tags" || plural == "categories" }
}
