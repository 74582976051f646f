import Site

/// Everything one build of a site's feeds produces: the files, and what went wrong on the way.
public struct FeedBuild: Sendable {
    public let settings: FeedSettings
    public private(set) var files: [FeedFile] = []
    /// Posts left out of every feed because their bodies could not be rendered.
    public private(set) var problems: [Problem] = []
    /// Unknown shortcodes and feeds past the size warning; nothing was left out for them.
    public private(set) var warnings: [Problem] = []

    /// Plans the feeds, renders the posts they hold (on every core) and writes each format.
    /// - Parameter posts: every scanned post; only published ones are used.
    public init(site: SiteConfiguration, settings: FeedSettings, posts: [Post]) throws {
        self.settings = settings
        // Positions rather than posts: a feed holds a few dozen of them.
        var published = Post.newestFirstOrder(posts, status: .published)
        let planner = FeedPlanner(site: site, settings: settings)
        let renderer = PostRenderer(site: site, posts: posts)
        var rendered: [String: RenderedPost] = [:]
        var feeds = planner.plan(published.lazy.map { posts[$0] })
        // A post whose body cannot be rendered leaves every feed, and an older post may move
        // up into its place, so plan again until every post in the plan has been rendered.
        while true {
            let needed = Self.posts(in: feeds).filter { rendered[$0.path] == nil }
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
            feeds = planner.plan(published.lazy.map { posts[$0] })
        }
        files = try FeedBuilder(site: site, settings: settings).files(for: feeds, rendered: rendered)
        for file in files where file.bytes.count > settings.warningBytes {
            warnings.append(
                Problem(
                    path: file.path, line: 0,
                    reason:
                        "the feed is \(file.bytes.count / 1024) KiB, more than max_bytes (\(settings.warningBytes / 1024) KiB); some readers refuse large feeds: lower limit or set content = \"summary\"",
                    severity: .warning))
        }
    }

    /// Each post once, in the order feeds first name them.
    private static func posts(in feeds: [PlannedFeed]) -> [Post] {
        var seen = Set<String>()
        return feeds.flatMap(\.posts).filter { seen.insert($0.path).inserted }
    }

    /// What happened to one file of the build.
    public struct Written: Sendable {
        public let path: String
        public let outcome: AtomicFile.Outcome
        /// The feed's address, for hubs to fetch; nil for the stylesheet.
        public let url: String?
    }

    /// Writes every file that changed (and the stylesheet, when feeds use it) into the output
    /// folder. With `dryRun`, compares only: what would be written is reported, nothing is.
    public func write(site: SiteConfiguration, dryRun: Bool) -> (written: [Written], failures: [AtomicFile.Failure]) {
        var written: [Written] = []
        var failures: [AtomicFile.Failure] = []
        var outputs = files.map { ($0.path, $0.bytes, Optional(site.absoluteURL(path: $0.path))) }
        if settings.stylesheet, settings.formats.contains(where: { $0 != .json }) {
            outputs.append(
                (FeedPlanner.folder(settings.sitePath) + FeedBuilder.stylesheetName, FeedBuilder.stylesheet, nil))
        }
        for (path, bytes, url) in outputs {
            let fullPath = settings.outputDirectory.appendingPathComponent(path)
            do {
                let outcome =
                    dryRun ? AtomicFile.compare(bytes, with: fullPath) : try AtomicFile.write(bytes, to: fullPath)
                written.append(Written(path: fullPath, outcome: outcome, url: url))
            } catch {
                failures.append(error)
            }
        }
        return (written, failures)
    }
}
