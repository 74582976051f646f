import Foundation

/// Reads every post of a site, on all cores: the files are independent, and front matter
/// parsing is most of a scan's cost.
public struct PostScanner: Sendable {
    public let site: SiteConfiguration
    /// The moment statuses are judged against; tests and previews set it.
    public let now: Date

    public init(site: SiteConfiguration, now: Date = Date()) {
        self.site = site
        self.now = now
    }

    public struct Result: Sendable {
        /// Posts in the order of their files' paths.
        public var posts: [Post]
        /// Files that could not be read as posts; each was skipped.
        public var problems: [Problem]
    }

    public func scan() throws(ConfigurationError) -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site.contentDirectory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw ConfigurationError(path: site.contentDirectory, reason: "the content folder does not exist")
        }
        let files =
            switch site.generator {
            case .hugo: ContentWalker.hugoFiles(in: site.contentDirectory)
            case .jekyll: ContentWalker.jekyllFiles(in: site.contentDirectory)
            }
        let wanted = site.sections.isEmpty ? files : files.filter { site.sections.contains($0.directories.first ?? "") }
        let outcomes = readAll(wanted)
        var result = Result(posts: [], problems: [])
        for outcome in outcomes {
            switch outcome {
            case .success(let post): result.posts.append(post)
            case .failure(let problem): result.problems.append(problem)
            }
        }
        return result
    }

    private func readAll(_ files: [ContentFile]) -> [Swift.Result<Post, Problem>] {
        let reader = PostReader(site: site, now: now)
        return files.concurrentMap { reader.read($0) }
    }
}
