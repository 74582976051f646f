import Site

/// Everything one feed says, whatever the format it is written in.
public struct FeedDocument: Sendable {
    public var title: String
    public var description: String?
    /// The page the feed is about: the site's home, a section's or a tag's page.
    public var pageURL: String
    /// The feed's own address in each format.
    public var feedURLs: [FeedFormat: String]
    public var language: String?
    public var author: String?
    /// The site's own title, which names the feed's author when the site names none.
    public var siteTitle: String
    public var icon: String?
    public var logo: String?
    public var rights: String?
    public var hubs: [String]
    /// A site-relative address of an XSLT stylesheet for browsers, or nil.
    public var stylesheet: String?
    /// Where `<category scheme>` points for tags and categories: `https://site/tags/`.
    public var tagScheme: String
    public var categoryScheme: String
    public var entries: [FeedEntry]

    /// The newest entry's update: feed dates come from the posts, never from the clock, so an
    /// unchanged site gives a byte-identical feed. An empty feed takes the epoch.
    public var updated: PostDate {
        entries.compactMap(\.updated).max() ?? Self.epoch
    }

    /// The date of entries and feeds that have none: fixed, so nothing drifts between builds.
    static let epoch = PostDate(instant: .init(timeIntervalSince1970: 0), offsetSeconds: 0)
}
