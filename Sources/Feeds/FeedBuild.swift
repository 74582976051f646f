import Site

/// Everything one build of a site's feeds produces: the files, and what went wrong on the way.
public struct FeedBuild: Sendable {
    public let settings: FeedSettings
    private let builder: FeedBuilder
    private let feeds: [PlannedFeed]
    /// Each post's entry, by `Post.path`: built once, however many feeds hold it.
    private var entries: [String: FeedEntry] = [:]
    /// Posts left out of every feed because their bodies could not be rendered.
    public private(set) var problems: [Problem] = []
    /// Unknown shortcodes, posts with more terms than feeds use, feeds with no folder to go to,
    /// and, once written, feeds past the size warning; nothing was left out for them.
    public private(set) var warnings: [Problem] = []

    /// Plans the feeds and renders the posts they hold (on every core); `write` makes the files.
    /// - Parameters:
    ///   - posts: every scanned post; only published ones are used.
    ///   - listPages: Hugo's list pages, which title and place sections and terms.
    public init(site: SiteConfiguration, settings: FeedSettings, posts: [Post], listPages: [ListPage] = []) {
        self.settings = settings
        builder = FeedBuilder(site: site, settings: settings)
        // Positions rather than posts: a feed holds a few dozen of them.
        var published = Post.feedOrder(posts, status: .published, site: site)
        let planner = FeedPlanner(site: site, settings: settings, listPages: listPages)
        let renderer = PostRenderer(site: site, posts: posts)
        warnings = renderer.warnings
        var rendered: [String: RenderedPost] = [:]
        var plan = planner.plan(published.lazy.map { posts[$0] })
        // A post whose body cannot be rendered leaves every feed, and an older post may move
        // up into its place, so plan again until every post in the plan has been rendered.
        while true {
            let needed = Self.posts(in: plan.feeds).filter { rendered[$0.path] == nil }
            if needed.isEmpty { break }
            var broken = Set<String>()
            for (path, outcome) in needed.concurrentMap({ ($0.path, renderer.render($0)) }) {
                switch outcome {
                case .success(let content):
                    rendered[path] = content
                    warnings += content.warnings
                case .failure(let problem):
                    problems.append(problem)
                    broken.insert(path)
                }
            }
            if broken.isEmpty { break }
            published.removeAll { broken.contains(posts[$0].path) }
            plan = planner.plan(published.lazy.map { posts[$0] })
        }
        warnings += plan.warnings + FeedTerms.warnings(for: posts, at: published)
        let translations = Self.translations(of: published.lazy.map { posts[$0] }, site: site)
        for post in Self.posts(in: plan.feeds) {
            guard let content = rendered[post.path] else { continue }
            entries[post.path] = builder.entry(for: post, rendered: content, translations: translations(post))
        }
        feeds = Self.withoutDuplicateIDs(plan.feeds, entries: entries, warnings: &warnings)
    }

    /// Each post's published translations, in the site's order of languages, for a site of
    /// several; none otherwise.
    private static func translations(of published: some Sequence<Post>, site: SiteConfiguration) -> (Post) -> [FeedEntry
        .Translation]
    {
        guard site.languages.count > 1 else { return { _ in [] } }
        var groups: [String: [Post]] = [:]
        for post in published { groups[site.translationKey(of: post), default: []].append(post) }
        let order = Dictionary(site.languages.enumerated().map { ($1.key, $0) }) { first, _ in first }
        return { post in
            // One per language: Atom allows one alternate link per type and language.
            var languages: Set = [post.language]
            return (groups[site.translationKey(of: post)] ?? [])
                .sorted { (order[$0.language] ?? .max, $0.path) < (order[$1.language] ?? .max, $1.path) }
                .filter { languages.insert($0.language).inserted }
                .map { translation in
                    FeedEntry.Translation(
                        language: site.languageTag(of: site.language(translation.language)) ?? translation.language,
                        url: site.permalink(of: translation))
                }
        }
    }

    /// Two posts with one id (one permalink, from a pattern that names no post's own part)
    /// would make a feed readers drop entries from: the newer one stays, the other is left
    /// out of that feed, with a warning naming both.
    private static func withoutDuplicateIDs(
        _ feeds: [PlannedFeed], entries: [String: FeedEntry], warnings: inout [Problem]
    ) -> [PlannedFeed] {
        var reported = Set<String>()
        return feeds.map { feed in
            var feed = feed
            var owners: [String: String] = [:]
            feed.posts = feed.posts.filter { post in
                guard let id = entries[post.path]?.id else { return true }
                guard let owner = owners[id] else {
                    owners[id] = post.path
                    return true
                }
                if reported.insert(post.path).inserted {
                    warnings.append(
                        Problem(
                            path: post.path, line: 0,
                            reason:
                                "its feed id \(id) is also \(owner)'s; left out of the feeds that hold both: give it its own slug, url or id",
                            severity: .warning))
                }
                return false
            }
            return feed
        }
    }

    /// Each post once, in the order feeds first name them.
    private static func posts(in feeds: [PlannedFeed]) -> [Post] {
        var seen = Set<String>()
        return feeds.flatMap(\.posts).filter { seen.insert($0.path).inserted }
    }

    /// Every feed file the build writes, in the order it writes them.
    public var files: [FeedFile] {
        feeds.flatMap { feed in
            settings.formats.compactMap { format in
                feed.files[format].map { FeedFile(format: format, path: $0) }
            }
        }
    }

    /// What happened to one file of the build.
    public struct Written: Sendable {
        public let path: String
        public let outcome: AtomicFile.Outcome
        /// The feed's address, for hubs to fetch; nil for the stylesheet.
        public let url: String?
    }

    /// Writes every file that changed (and the stylesheet, when feeds use it) into the output
    /// folder, one at a time: a build's files together can be far larger than any one of them.
    /// A file that cannot be made or written costs only itself. With `dryRun`, compares only:
    /// what would be written is reported, nothing is.
    public mutating func write(site: SiteConfiguration, dryRun: Bool) -> (
        written: [Written], failures: [FeedWriteFailure]
    ) {
        var written: [Written] = []
        var failures: [FeedWriteFailure] = []
        let settings = settings
        func put(_ path: String, url: String?, of feed: PlannedFeed?, bytes: () throws -> [UInt8]) {
            let fullPath = settings.outputDirectory.appendingPathComponent(path)
            do {
                let bytes = try bytes()
                let outcome =
                    dryRun ? AtomicFile.compare(bytes, with: fullPath) : try AtomicFile.write(bytes, to: fullPath)
                written.append(Written(path: fullPath, outcome: outcome, url: url))
            } catch {
                failures.append(
                    FeedWriteFailure(
                        path: fullPath, reason: "\(error)", feed: feed, outputDirectory: settings.outputDirectory))
            }
        }
        for feed in feeds {
            let document = builder.document(for: feed, entries: entries)
            for format in settings.formats {
                guard let path = feed.files[format] else { continue }
                put(path, url: site.absoluteURL(path: path), of: feed) {
                    let bytes = try builder.bytes(of: document, as: format)
                    if bytes.count > settings.warningBytes { warnings.append(sizeWarning(path, bytes.count)) }
                    return bytes
                }
            }
        }
        if settings.writesStylesheet {
            put(FeedPlanner.folder(settings.sitePath) + FeedBuilder.stylesheetName, url: nil, of: nil) {
                FeedBuilder.stylesheet
            }
        }
        return (written, failures)
    }

    private func sizeWarning(_ path: String, _ size: Int) -> Problem {
        Problem(
            path: path, line: 0,
            reason:
                "the feed is \(size / 1024) KiB, more than max_bytes (\(settings.warningBytes / 1024) KiB); some readers refuse large feeds: lower limit or set content = \"summary\"",
            severity: .warning)
    }
}
