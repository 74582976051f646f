/// What the generator's own configuration says of the feeds the site serves, so that Herald's
/// take their place at the same addresses: Hugo's `[outputFormats.RSS] baseName`, `path` and
/// `[services.rss] limit`, `disableKinds` and `[outputs]`, jekyll-feed's `feed` settings. Nil where the
/// configuration says nothing.
public struct ServedFeeds: Sendable, Equatable {
    /// The RSS feed's file name in each feed folder: `feed.xml` for `baseName = "feed"`.
    public var rssFileName: String?
    /// The folder RSS files are in, before each feed's own (Hugo's `[outputFormats.RSS] path`):
    /// `feeds` puts the posts section's at `feeds/posts/index.xml`.
    public var rssFolder: String?
    /// The Atom feed's path from the site's root: jekyll-feed's `/feed.xml` or `feed.path`.
    public var atomPath: String?
    /// How many posts a feed holds; `Int.max` for all of them (Hugo's `-1`).
    public var limit: Int?
    /// Whether sections, and taxonomies' terms, have feeds: false when Hugo's `disableKinds`
    /// or `[outputs]` leave them out.
    public var sectionFeeds: Bool?
    public var termFeeds: Bool?
    /// Whether each taxonomy has its feed of terms (Hugo's `taxonomy` kind).
    public var taxonomyListFeeds: Bool?
    /// jekyll-feed's `feed.categories`: an Atom file each, `/feed/NAME.xml`, of the posts in it.
    public var categoryFiles: [String] = []
    /// jekyll-feed's `feed.collections` besides `posts`.
    public var collectionFiles: [JekyllCollectionFeed] = []
    /// jekyll-feed's `feed.tags`, when set.
    public var tagFiles: JekyllTagFeeds?
    /// jekyll-feed's `feed.excerpt_only`: entries without the post's content.
    public var excerptOnly: Bool?

    public init(rssFileName: String? = nil, atomPath: String? = nil, limit: Int? = nil) {
        self.rssFileName = rssFileName
        self.atomPath = atomPath
        self.limit = limit
    }
}
