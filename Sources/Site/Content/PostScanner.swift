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
        /// How many files were read and parsed, rather than taken from the scan cache.
        public var filesRead = 0
    }

    /// The site's post files, listed but not read, and a digest of their paths, sizes,
    /// modification times and inodes: equal digests mean no post file changed.
    public struct Inventory: Sendable {
        let files: [ContentFile]
        public let digest: UInt64
    }

    public func inventory() throws(ConfigurationError) -> Inventory {
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
        var digest = FNV1a()
        digest.add(ScanCache.fingerprint(of: site))
        for file in wanted {
            digest.add(file.absolutePath)
            for number in [
                UInt64(file.stat.size), UInt64(file.stat.modifiedSeconds), UInt64(file.stat.modifiedNanoseconds),
                file.stat.inode,
            ] {
                digest.add(number)
            }
        }
        return Inventory(files: wanted, digest: digest.value)
    }

    /// Reads every post. With `cacheDirectory`, posts whose files have not changed since the last
    /// scan (same size, modification time and inode) come from the cache there instead of being
    /// read again, and the cache is brought up to date.
    public func scan(cacheDirectory: String? = nil) throws(ConfigurationError) -> Result {
        try scan(inventory(), cacheDirectory: cacheDirectory)
    }

    public func scan(_ inventory: Inventory, cacheDirectory: String? = nil) -> Result {
        let wanted = inventory.files
        let fingerprint = ScanCache.fingerprint(of: site)
        let cachePath = cacheDirectory.map { $0.appendingPathComponent(ScanCache.fileName) }
        let cache = cachePath.map { ScanCache(contentsOf: $0, fingerprint: fingerprint) } ?? ScanCache()
        var outcomes = wanted.map { cache.outcome(for: $0) }
        let unread = outcomes.indices.filter { outcomes[$0] == nil }
        let reader = PostReader(site: site, now: now)
        for (index, outcome) in zip(unread, unread.map { wanted[$0] }.concurrentMap { reader.read($0) }) {
            switch outcome {
            case .success(let post): outcomes[index] = .post(post)
            case .failure(let problem): outcomes[index] = .problem(problem)
            }
        }
        var result = Result(posts: [], problems: [], filesRead: unread.count)
        for outcome in outcomes {
            switch outcome! {
            case .post(var post):
                // Statuses depend on the clock, so a cached post's is judged again.
                post.status = site.status(of: post, now: now)
                result.posts.append(post)
            case .problem(let problem):
                result.problems.append(problem)
            }
        }
        if let cachePath, !unread.isEmpty || wanted.count != cache.entries.count {
            try? FileManager.default.createDirectory(
                atPath: (cachePath as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            // A cache that cannot be written only makes the next scan slower.
            _ = try? AtomicFile.write(
                ScanCache.encoded(Array(zip(wanted, outcomes.map { $0! })), fingerprint: fingerprint), to: cachePath,
                newFileMode: 0o600, comparingFirst: false)
        }
        return result
    }
}
