import Site

/// The `[feeds]` table of a site definition: which feeds to write, where, and how.
public struct FeedSettings: Sendable {
    /// What an entry carries: the whole post, or only its summary.
    public enum Content: String, Sendable {
        case full, summary
    }

    /// The folder feeds are written into; the site's publish folder unless set.
    public var outputDirectory: String
    public var formats: [FeedFormat] = [.rss, .atom, .json]
    /// Each format's file name in a feed's folder. A Jekyll site's Atom feed is `feed.xml`, where
    /// jekyll-feed wrote it, so its subscribers keep getting it.
    public var fileNames: [FeedFormat: String] = [.rss: "index.xml", .atom: "atom.xml", .json: "feed.json"]
    /// How many of the newest posts each feed holds.
    public var limit = 20
    public var content = Content.full
    public var sectionFeeds = true
    public var tagFeeds = true
    public var categoryFeeds = true
    /// Feeds for the terms of the site's other taxonomies (`series`, `authors`), at `plural/:slug`.
    public var taxonomyFeeds = true
    /// Hugo's feed of each taxonomy's terms (`/tags/index.xml`).
    public var taxonomyListFeeds = true
    /// Folders, relative to the output folder, with `:section` or `:slug` for the term's slug.
    public var sitePath = ""
    public var sectionPath = ":section"
    public var tagPath = "tags/:slug"
    public var categoryPath = "categories/:slug"
    /// The folder RSS files are in, `""` or ending in `/`, before each feed's folder (and after
    /// its language's): Hugo's `[outputFormats.RSS] path`.
    public var rssFolder = ""
    /// A feed larger than this gets a warning: some readers refuse feeds past a few hundred KiB.
    public var warningBytes = 512 * 1024
    public var hubs: [String] = []
    /// Lets hubs be plain `http://` addresses; for tests on loopback, never for real hubs.
    public var allowsPlainHTTP = false
    /// Whether to write `feed.xsl` beside the site feed and point the XML feeds at it.
    public var stylesheet = true
    public var description: String?
    public var icon: String?
    public var logo: String?
    public var rights: String?

    static let keys = [
        "output", "formats", "limit", "content", "sections", "tags", "categories", "taxonomies", "paths", "max_bytes",
        "hubs",
        "stylesheet", "description", "icon", "logo", "rights", "allow_plain_http", "file_names",
    ]
    static let pathKeys = ["site", "section", "tag", "category"]

    public init(outputDirectory: String) {
        self.outputDirectory = outputDirectory
    }

    public func fileName(of format: FeedFormat) -> String { fileNames[format] ?? format.defaultFileName }

    /// The stylesheet is for browsers opening RSS and Atom; JSON Feed has none.
    public var writesStylesheet: Bool { stylesheet && formats.contains { $0 != .json } }

    /// Reads the `[feeds]` table; every key is optional.
    public init(definition: SiteDefinition) throws(ConfigurationError) {
        try definition.site.requireAbsoluteBaseURL()
        self.init(outputDirectory: definition.site.publishDirectory)
        if definition.site.generator == .jekyll { fileNames[.atom] = "feed.xml" }
        // The site's own feeds keep their names and lengths: their subscribers follow those.
        let served = definition.site.servedFeeds
        if let name = served.rssFileName { fileNames[.rss] = name }
        if let folder = served.rssFolder { rssFolder = FeedPlanner.folder(folder) }
        if let path = served.atomPath, let name = path.split(separator: "/").last {
            fileNames[.atom] = String(name)
            // jekyll-feed's `feed.path: blog/atom.xml`: the site feed stays in that folder.
            sitePath = path.split(separator: "/").dropLast().joined(separator: "/")
        }
        if let limit = served.limit { self.limit = limit }
        if served.excerptOnly == true { content = .summary }
        sectionFeeds = served.sectionFeeds ?? sectionFeeds
        if let terms = served.termFeeds { (tagFeeds, categoryFeeds, taxonomyFeeds) = (terms, terms, terms) }
        taxonomyListFeeds = served.taxonomyListFeeds ?? taxonomyListFeeds
        guard let table = definition.feeds else { return }
        try table.rejectUnknownKeys(Self.keys)
        if let output = try table.string("output") {
            outputDirectory = definition.folder.appendingPathComponent(output)
        }
        if let names = try table.strings("formats") {
            formats = []
            for name in names {
                guard let format = FeedFormat(rawValue: name) else {
                    throw table.error("formats", "unknown format '\(name)'; use rss, atom and json")
                }
                guard !formats.contains(format) else { throw table.error("formats", "'\(name)' is listed twice") }
                formats.append(format)
            }
            guard !formats.isEmpty else { throw table.error("formats", "name at least one of rss, atom and json") }
        }
        if let limit = try table.integer("limit") {
            guard limit > 0 else { throw table.error("limit", "must be at least 1") }
            self.limit = limit
        }
        if let content = try table.string("content") {
            guard let value = Content(rawValue: content) else {
                throw table.error("content", "expected \"full\" or \"summary\", found \"\(content)\"")
            }
            self.content = value
        }
        sectionFeeds = try table.bool("sections") ?? sectionFeeds
        tagFeeds = try table.bool("tags") ?? tagFeeds
        categoryFeeds = try table.bool("categories") ?? categoryFeeds
        taxonomyFeeds = try table.bool("taxonomies") ?? taxonomyFeeds
        if let names = try table.stringTable("file_names") {
            for (key, name) in names {
                guard let format = FeedFormat(rawValue: key) else {
                    throw table.error("file_names", "unknown format '\(key)'; use rss, atom and json")
                }
                guard !name.isEmpty, !name.contains("/"), name != ".", name != "..",
                    name.utf8.count <= FeedFolders.maxNameBytes
                else {
                    throw table.error("file_names", "'\(name)' is not a file name")
                }
                fileNames[format] = name
            }
            // Case-insensitive disks, and the web servers on them, take `Feed.xml` for `feed.xml`.
            guard Set(fileNames.values.map { $0.lowercased() }).count == fileNames.count else {
                throw table.error("file_names", "two formats cannot share a file name")
            }
        }
        if let paths = try table.subtable("paths") {
            try paths.rejectUnknownKeys(Self.pathKeys)
            sitePath = try paths.string("site") ?? sitePath
            sectionPath = try paths.string("section") ?? sectionPath
            tagPath = try paths.string("tag") ?? tagPath
            categoryPath = try paths.string("category") ?? categoryPath
        }
        warningBytes = try table.integer("max_bytes") ?? warningBytes
        hubs = try table.strings("hubs") ?? []
        allowsPlainHTTP = try table.bool("allow_plain_http") ?? false
        for hub in hubs where !(hub.hasPrefix("https://") || (allowsPlainHTTP && hub.hasPrefix("http://"))) {
            throw table.error("hubs", "'\(hub)' is not an https:// address")
        }
        stylesheet = try table.bool("stylesheet") ?? stylesheet
        if writesStylesheet,
            let format = formats.first(where: { fileName(of: $0).lowercased() == FeedBuilder.stylesheetName })
        {
            throw table.error(
                "file_names", "'\(fileName(of: format))' is the stylesheet's; name the \(format) feed otherwise")
        }
        description = try table.string("description")
        icon = try table.string("icon")
        logo = try table.string("logo")
        rights = try table.string("rights")
    }
}
