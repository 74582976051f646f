import Site

/// Turns planned feeds into the bytes of each format: the part of a build that decides what the
/// files say. Rendering posts and writing files are the caller's.
public struct FeedBuilder: Sendable {
    public let site: SiteConfiguration
    public let settings: FeedSettings

    public init(site: SiteConfiguration, settings: FeedSettings) {
        self.site = site
        self.settings = settings
    }

    /// The stylesheet's file name, beside the site feed.
    public static let stylesheetName = "feed.xsl"

    public static var stylesheet: [UInt8] { PackageResources.feed_xsl }

    /// A post as every feed that holds it shows it: built once, however many feeds that is.
    public func entry(for post: Post, rendered: RenderedPost, translations: [FeedEntry.Translation] = []) -> FeedEntry {
        FeedEntry(
            post: post, rendered: rendered, site: site, includesContent: settings.content == .full,
            translations: translations)
    }

    public func bytes(of document: FeedDocument, as format: FeedFormat) throws -> [UInt8] {
        switch format {
        case .atom: try AtomFeed.render(document)
        case .rss: try RSSFeed.render(document)
        case .json: try JSONFeed.render(document)
        }
    }

    /// - Parameter entries: each post's entry, by `Post.path`; every post of `feed` has one.
    public func document(for feed: PlannedFeed, entries: [String: FeedEntry]) -> FeedDocument {
        let pageURL = site.absoluteURL(path: feed.pageDirectory)
        var feedURLs: [FeedFormat: String] = [:]
        for (format, path) in feed.files { feedURLs[format] = site.absoluteURL(path: path) }
        let siteFolder = FeedPlanner.folder(settings.sitePath)
        let language = site.language(feed.language)
        let prefix = site.pathPrefix(of: language.key)
        let siteTitle = language.title ?? site.title
        return FeedDocument(
            title: feed.title, description: feed.scope == .site ? settings.description : nil, pageURL: pageURL,
            feedURLs: feedURLs, language: site.languageTag(of: language), author: site.author,
            siteTitle: siteTitle.isEmpty ? feed.title : siteTitle, icon: settings.icon,
            logo: settings.logo, rights: settings.rights, hubs: settings.hubs,
            stylesheet: settings.stylesheet
                ? Self.sitePath(of: site.absoluteURL(path: siteFolder))
                    + Self.stylesheetName : nil,
            tagScheme: site.absoluteURL(path: Self.termsFolder(prefix + settings.tagPath)),
            categoryScheme: site.absoluteURL(path: Self.termsFolder(prefix + settings.categoryPath)),
            entries: feed.terms + feed.posts.compactMap { entries[$0.path] })
    }

    /// The folder that holds a kind of term's feeds: `topics/:slug` → `topics/`.
    private static func termsFolder(_ pattern: String) -> String {
        FeedPlanner.folder(String(pattern.prefix { $0 != ":" }))
    }

    /// The path part of an absolute URL: browsers load a feed's stylesheet only from its own site.
    private static func sitePath(of url: String) -> String {
        guard let scheme = url.range(of: "://"), let slash = url[scheme.upperBound...].firstIndex(of: "/") else {
            return "/"
        }
        return String(url[slash...])
    }
}
