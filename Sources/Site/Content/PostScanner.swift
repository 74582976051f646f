import Foundation

/// Reads every post of a site, on all cores: the files are independent, and front matter
/// parsing is most of a scan's cost.
public struct PostScanner: Sendable {
    public let site: SiteConfiguration
    /// The moment statuses are judged against; tests and previews set it.
    public let now: Date
    /// False to leave Hugo permalinks empty for whoever needs only some of them to build with
    /// `SiteConfiguration.permalink(of:)`: for a large site they are half of a cold scan.
    public var resolvesPermalinks = true
    /// True to write the scan cache and the content snapshot on other threads
    /// (`Result.pendingCacheWrite`, `Inventory.pendingSnapshotWrite`), which the caller waits
    /// for before the process ends.
    public var writesCacheInBackground = false

    public init(site: SiteConfiguration, now: Date = Date()) {
        self.site = site
        self.now = now
    }

    public struct Result: Sendable {
        /// Posts in the order of their files' paths.
        public var posts: [Post]
        /// Files that could not be read as posts (or list pages); each was skipped.
        public var problems: [Problem]
        /// Hugo's list pages (`_index.md`), in the order of their paths.
        public var listPages: [ListPage] = []
        /// How many files were read and parsed, rather than taken from the scan cache.
        public var filesRead = 0
        /// The digest of the post files as the scan found them (see `Inventory.digest`).
        public var sources: UInt64 = 0
        /// Whether a post file changed within a clock tick of the scan, so that its
        /// modification time cannot vouch for what was read: nothing about it may be remembered.
        public var hasRecentChanges = false
        /// The scan cache being written, with `writesCacheInBackground`.
        public var pendingCacheWrite: PendingWrite?
    }

    /// The site's post files, listed but not read, and a digest of their paths, sizes,
    /// modification times and inodes: equal digests mean no post file changed.
    public struct Inventory: Sendable {
        /// Nil after a walk, which does not stat the files: a scan reads them anyway and takes
        /// their stats as it opens them.
        public let digest: UInt64?
        /// The content snapshot being written, with `writesCacheInBackground`.
        public internal(set) var pendingSnapshotWrite: PendingWrite?
        let examinedAt: timespec
        /// Folders and entries the walk could not read.
        let unread: [FolderTree.Unread]
        private let listing: Listing
        /// For a site of several content folders (`SiteConfiguration.contentRoots`), each one's
        /// inventory, in order; empty for one folder, whose files are this inventory's own.
        let parts: [Inventory]

        private enum Listing: Sendable {
            case walked([ContentFile])
            case snapshot(ContentSnapshot, root: String, stats: [FileStat])
        }

        init(walked files: [ContentFile], unread: [FolderTree.Unread], examinedAt: timespec) {
            digest = nil
            self.examinedAt = examinedAt
            self.unread = unread
            listing = .walked(files)
            parts = []
        }

        init(parts: [Inventory]) {
            digest = parts.allSatisfy { $0.digest != nil } ? Self.combined(parts.compactMap(\.digest)) : nil
            examinedAt = parts[0].examinedAt
            unread = []
            listing = .walked([])
            pendingSnapshotWrite = PendingWrite.all(parts.compactMap(\.pendingSnapshotWrite))
            self.parts = parts
        }

        /// One digest of the digests of several content folders, as `Result.sources` is too.
        static func combined(_ digests: [UInt64]) -> UInt64 {
            var hash = FNV1a()
            for digest in digests { hash.add(digest) }
            return hash.value
        }

        init(snapshot: ContentSnapshot, root: String, stats: [FileStat], fingerprint: UInt64, examinedAt: timespec) {
            digest = snapshot.digest(fingerprint: fingerprint, stats: stats)
            self.examinedAt = examinedAt
            // A snapshot is kept only of a walk that read everything.
            unread = []
            listing = .snapshot(snapshot, root: root, stats: stats)
            parts = []
        }

        /// The files, in the order of their paths.
        var files: [ContentFile] {
            switch listing {
            case .walked(let files): files
            case .snapshot(let snapshot, let root, let stats): snapshot.files(root: root, stats: stats)
            }
        }
    }

    /// Lists the post files. With `cacheDirectory`, the walk is skipped while the folders are as
    /// the snapshot kept there remembers them, and the snapshot is renewed after a walk.
    public func inventory(cacheDirectory: String? = nil) throws(ConfigurationError) -> Inventory {
        let roots = site.contentRoots
        guard roots.count > 1 else { return try folderInventory(cacheDirectory: cacheDirectory) }
        var parts: [Inventory] = []
        for (index, root) in roots.enumerated() {
            parts.append(
                try scanner(of: root).folderInventory(cacheDirectory: Self.cacheDirectory(cacheDirectory, of: index)))
        }
        return Inventory(parts: parts)
    }

    /// The scanner of one content folder, the site's or a language's own.
    private func scanner(of root: SiteConfiguration) -> PostScanner {
        var scanner = PostScanner(site: root, now: now)
        scanner.resolvesPermalinks = resolvesPermalinks
        scanner.writesCacheInBackground = writesCacheInBackground
        return scanner
    }

    /// Where the caches of the content folder at `index` of `SiteConfiguration.contentRoots` are
    /// kept: the first folder's where one folder's are, the others' in folders of their own.
    private static func cacheDirectory(_ cacheDirectory: String?, of index: Int) -> String? {
        index == 0 ? cacheDirectory : cacheDirectory?.appendingPathComponent("content-\(index)")
    }

    private func folderInventory(cacheDirectory: String?) throws(ConfigurationError) -> Inventory {
        let examinedAt = FileStat.now()
        let fingerprint = listingFingerprint
        let snapshotPath = cacheDirectory.map { $0.appendingPathComponent(ContentSnapshot.fileName) }
        if let snapshotPath, let snapshot = ContentSnapshot(contentsOf: snapshotPath, fingerprint: fingerprint),
            let stats = snapshot.currentFiles(in: site.contentDirectory)
        {
            return Inventory(
                snapshot: snapshot, root: site.contentDirectory, stats: stats, fingerprint: fingerprint,
                examinedAt: examinedAt)
        }
        guard FolderDescriptor(site.contentDirectory) != nil else {
            throw ConfigurationError(path: site.contentDirectory, reason: "the content folder does not exist")
        }
        let walker =
            switch site.generator {
            case .hugo:
                ContentWalker.hugo(
                    in: site.contentDirectory, languages: site.translationKeys, excluded: site.nestedContentFolders)
            case .jekyll:
                ContentWalker.jekyll(
                    in: site.contentDirectory, extensions: site.jekyll.extensions,
                    collections: Set(site.jekyll.collections.filter(\.isDefined).map { "_" + $0.name }))
            }
        // List pages come after the posts: a scan reads them first, and a listing of posts only
        // (a Jekyll site's, most Hugo sites') need not be taken apart.
        let wanted = site.sections.isEmpty ? walker.files + walker.listPages : wantedFiles(of: walker)
        var inventory = Inventory(walked: wanted, unread: walker.unread, examinedAt: examinedAt)
        if let snapshotPath, walker.isComplete {
            // A snapshot that cannot be written only makes the next run walk again.
            let write = { @Sendable in
                Self.save(
                    ContentSnapshot.encoded(
                        directories: walker.directories, files: wanted, takenAt: examinedAt, fingerprint: fingerprint),
                    to: snapshotPath)
            }
            if writesCacheInBackground { inventory.pendingSnapshotWrite = PendingWrite(write) } else { write() }
        } else if let snapshotPath {
            unlink(snapshotPath)
        }
        return inventory
    }

    /// The files of the sections `site.sections` names; and of list pages, those of the home
    /// page and of taxonomies too, which title and place their feeds whatever sections hold posts.
    private func wantedFiles(of walker: ContentWalker) -> [ContentFile] {
        let sections = Set(site.sections)
        let listed = sections.union(site.taxonomies.map(\.plural)).union([""])
        return walker.files.filter { sections.contains($0.topDirectory) }
            + walker.listPages.filter { listed.contains($0.topDirectory) }
    }

    /// What a listing depends on besides the files: how they are read, and which sections count.
    private var listingFingerprint: UInt64 {
        var hash = FNV1a()
        hash.add(site.readingFingerprint)
        for section in site.sections { hash.add(section) }
        return hash.value
    }

    private static func save(_ bytes: [UInt8], to path: String) {
        try? FileManager.default.createDirectory(
            atPath: path.parentPath, withIntermediateDirectories: true)
        _ = try? AtomicFile.write(bytes, to: path, newFileMode: 0o600, comparingFirst: false, durable: false)
    }

    /// Reads every post. With `cacheDirectory`, posts whose files have not changed since the last
    /// scan (same size, modification time and inode) come from the cache there instead of being
    /// read again, and the cache is brought up to date.
    public func scan(cacheDirectory: String? = nil) throws(ConfigurationError) -> Result {
        try scan(inventory(cacheDirectory: cacheDirectory), cacheDirectory: cacheDirectory)
    }

    /// What a scan made of one file.
    private struct Scanned: Sendable {
        var outcome: ScanCache.Outcome?
        /// The file's stat: the listing's, or the one taken as it was read.
        let stat: FileStat
        let wasRead: Bool
        /// Whether what was read may go into the scan cache.
        var isKept = false
        /// The file's part of the inventory digest, hashed here on every core.
        var digest: UInt64 = 0
    }

    public func scan(_ inventory: Inventory, cacheDirectory: String? = nil) -> Result {
        var result =
            inventory.parts.isEmpty
            ? scanFolder(inventory, cacheDirectory: cacheDirectory)
            : scanParts(inventory, cacheDirectory: cacheDirectory)
        result.problems += missingSections
        return result
    }

    /// A section `sections` names that no content folder has: a misspelt name would otherwise
    /// leave its posts out of every feed without a word.
    private var missingSections: [Problem] {
        let folders = site.contentRoots.map(\.contentDirectory)
        return site.sections.filter { section in
            !folders.contains { FileManager.default.fileExists(atPath: $0 + "/" + section) }
        }.map { section in
            let existing = folders.flatMap { (try? FileManager.default.contentsOfDirectory(atPath: $0)) ?? [] }
                .filter { !$0.hasPrefix(".") && !$0.contains(".") }
            let place = site.sectionsPlace ?? SettingPlace(path: site.rootDirectory, line: 0, key: "sections")
            return Problem(
                path: place.path, line: place.line,
                reason:
                    "\(place.key): the site has no section '\(section)', so no post of it is read (its sections: \(Set(existing).sorted().joined(separator: ", ")))",
                severity: .warning)
        }
    }

    private func scanParts(_ inventory: Inventory, cacheDirectory: String?) -> Result {
        var result = Result(posts: [], problems: [])
        var sources: [UInt64] = []
        var writes: [PendingWrite] = []
        for (index, (root, part)) in zip(site.contentRoots, inventory.parts).enumerated() {
            let scanned = scanner(of: root).scanFolder(
                part, cacheDirectory: Self.cacheDirectory(cacheDirectory, of: index))
            result.posts += scanned.posts
            result.problems += scanned.problems
            result.listPages += scanned.listPages
            result.filesRead += scanned.filesRead
            result.hasRecentChanges = result.hasRecentChanges || scanned.hasRecentChanges
            sources.append(scanned.sources)
            if let write = scanned.pendingCacheWrite { writes.append(write) }
        }
        result.sources = Inventory.combined(sources)
        result.pendingCacheWrite = PendingWrite.all(writes)
        return result
    }

    private func scanFolder(_ inventory: Inventory, cacheDirectory: String?) -> Result {
        let listed = inventory.files
        guard let folder = FolderDescriptor(site.contentDirectory) else {
            let reason = "the content folder cannot be opened: \(String(cString: strerror(errno)))"
            return Result(posts: [], problems: [Problem(path: site.contentDirectory, line: 0, reason: reason)])
        }
        let listReader = PostReader(site: site, now: now, resolvesPermalinks: resolvesPermalinks)
        let (files, lists) = readListPages(listed, with: listReader, in: folder, examinedAt: inventory.examinedAt)
        let cascades = SiteCascades(
            listPages: lists.pages, site: site.cascade, environment: site.environment,
            languages: site.languages.map(\.key) + [site.defaultLanguage])
        let reader = PostReader(
            site: site, now: now, resolvesPermalinks: resolvesPermalinks, cascades: cascades.isEmpty ? nil : cascades)
        // Posts read under other cascades are read again.
        let fingerprint =
            cascades.hasListCascades
            ? FNV1a.hash(String(ScanCache.fingerprint(of: site)) + cascades.description)
            : ScanCache.fingerprint(of: site)
        let cachePath = cacheDirectory.map { $0.appendingPathComponent(ScanCache.fileName) }
        let cache = cachePath.map { ScanCache(contentsOf: $0, fingerprint: fingerprint) } ?? ScanCache()
        var index: [String: Int]? = nil
        let candidates = files.indices.map { cache.record(named: files[$0].relativePath, at: $0, index: &index) }
        let keepsCache = cachePath != nil
        /// What the scan makes of the file at `position`: its cached post, or what reading it gave.
        @Sendable func scanFile(_ position: Int) -> Scanned? {
            var file = files[position]
            if let candidate = candidates[position] {
                // After a walk the file has no stat yet: one is needed to trust the cache.
                if file.stat == .unknown, let stat = file.relativePath.withCString({ folder.stat($0) }) {
                    file = file.with(stat)
                }
                if cache.stat(ofRecord: candidate) == file.stat, case let cached? = cache.outcome(ofRecord: candidate) {
                    switch cached {
                    case .failure:
                        return Scanned(outcome: cached, stat: file.stat, wasRead: false)
                    // An `_index.md` added or removed above the file changes its sections (and
                    // permalink) without touching the file: then it is read again.
                    case .success(var post) where post.sectionCount == file.sectionCount && post.fileKind == file.kind:
                        // Statuses depend on the clock, so a cached post's is judged again; a
                        // lazier scan may have left its permalink for later.
                        post.status = site.status(of: post, now: now)
                        if resolvesPermalinks { post.permalink = site.permalink(of: post) }
                        return Scanned(outcome: .success(post), stat: file.stat, wasRead: false)
                    case .success: break
                    }
                }
            }
            guard let reading = reader.read(file, in: folder) else { return nil }
            let stat = reading.stat ?? file.stat
            // A file changed just now is read again next time.
            return Scanned(
                outcome: reading.outcome, stat: stat, wasRead: true,
                isKept: keepsCache && reading.stat != nil && !stat.isRecent(comparedTo: inventory.examinedAt))
        }
        // Cached posts are decoded on every core too: for a large site that is most of a scan.
        // Each file's part of the digest is hashed there as well.
        var outcomes = Array(files.indices).concurrentMap { position -> Scanned? in
            guard var scanned = scanFile(position) else { return nil }
            scanned.digest = InventoryDigest.fileHash(files[position].relativePath, scanned.stat)
            return scanned
        }
        var result = Result(posts: [], problems: lists.problems, filesRead: 0)
        result.listPages = lists.pages
        result.hasRecentChanges = lists.hasRecentChanges
        result.posts.reserveCapacity(files.count)
        var digest = InventoryDigest(fingerprint: listingFingerprint)
        // What each file gives the new cache: what was read now, or its old record.
        var sources: [ScanCache.Builder.Source] = []
        sources.reserveCapacity(files.count)
        // Moved out, not copied: a post holds a dozen strings.
        for position in outcomes.indices {
            guard var scanned = outcomes[position].take() else { continue }
            digest.add(scanned.digest)
            if scanned.stat.isRecent(comparedTo: inventory.examinedAt) { result.hasRecentChanges = true }
            if scanned.wasRead { result.filesRead += 1 }
            if !scanned.wasRead, let old = candidates[position] { sources.append(.copy(old)) }
            switch scanned.outcome.take()! {
            case .success(let post):
                if scanned.isKept { sources.append(.post(files[position].with(scanned.stat), result.posts.count)) }
                result.posts.append(post)
            case .failure(let problem):
                if scanned.isKept {
                    sources.append(.problem(files[position].with(scanned.stat), result.problems.count))
                }
                result.problems.append(problem)
            }
        }
        for hash in lists.digests { digest.add(hash) }
        result.sources = digest.value
        let isCacheCurrent =
            result.filesRead == 0 && cache.count == files.count
            && candidates.enumerated().allSatisfy { $0.element == $0.offset }
        if let cachePath, !isCacheCurrent {
            let write = { @Sendable [sources, posts = result.posts, problems = result.problems] in
                let builder = ScanCache.Builder(
                    copyingFrom: cache, fingerprint: fingerprint, sources: sources, posts: posts, problems: problems)
                Self.save(builder.bytes, to: cachePath)
            }
            if writesCacheInBackground {
                result.pendingCacheWrite = PendingWrite(write)
            } else {
                write()
            }
        }
        result.problems += inventory.unread.map {
            Problem(
                path: reader.displayPath($0.path), line: 0, reason: $0.reason,
                severity: $0.isWarning ? .warning : .error)
        }
        return result
    }

    /// What the list pages at the end of `files` gave, read before the posts they cascade to.
    private struct ListReadings {
        var pages: [ListPage] = []
        var problems: [Problem] = []
        /// Each one's part of the inventory digest, which comes after the posts'.
        var digests: [UInt64] = []
        var hasRecentChanges = false
    }

    /// The post files of `files`, and what the list pages at its end gave.
    private func readListPages(
        _ files: [ContentFile], with reader: PostReader, in folder: FolderDescriptor, examinedAt: timespec
    ) -> ([ContentFile], ListReadings) {
        var readings = ListReadings()
        guard files.last?.kind == .list else { return (files, readings) }
        let start = files.lastIndex { $0.kind != .list }.map { $0 + 1 } ?? 0
        for file in files[start...] {
            guard let reading = reader.readListPage(file, in: folder) else { continue }
            let stat = reading.stat ?? file.stat
            readings.digests.append(InventoryDigest.fileHash(file.relativePath, stat))
            if stat.isRecent(comparedTo: examinedAt) { readings.hasRecentChanges = true }
            switch reading.outcome {
            case .success(let page): readings.pages.append(page)
            case .failure(let problem): readings.problems.append(problem)
            }
        }
        return (Array(files[..<start]), readings)
    }
}
