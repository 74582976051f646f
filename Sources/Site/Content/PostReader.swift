import Foundation

/// Turns one content file into a `Post`: front matter located, parsed, and given Hugo's (or
/// Jekyll's) meaning; status judged against `now`; permalink built. A class, so that reading
/// each of a site's files shares one reader rather than copying the site's settings each time.
final class PostReader: Sendable {
    let site: SiteConfiguration
    let now: Date
    /// False to leave Hugo permalinks for later: building one costs as much as the rest of a post.
    let resolvesPermalinks: Bool
    /// What paths relative to the content folder start with in messages, which name files
    /// relative to the site's root; nil for a content folder outside the root.
    private let displayPrefix: String?

    init(site: SiteConfiguration, now: Date, resolvesPermalinks: Bool, cascades: SiteCascades? = nil) {
        self.site = site
        self.cascades = cascades
        self.now = now
        self.resolvesPermalinks = resolvesPermalinks
        let root = site.rootDirectory
        let content = site.contentDirectory
        displayPrefix =
            content == root ? "" : content.hasPrefix(root + "/") ? String(content.dropFirst(root.count + 1)) + "/" : nil
    }

    /// What reading one file gave (a post, or a list page), and the file's stat as it was read.
    struct Reading<Value> {
        let outcome: Result<Value, Problem>
        /// nil when the file could not be opened.
        let stat: FileStat?
    }

    /// What the site's list pages and configuration cascade to its posts; nil when nothing is.
    let cascades: SiteCascades?

    /// Reads `file` through `folder`, the content folder. Nil when the file is gone, removed
    /// since it was listed: a scan leaves it out, as if it had been listed a moment later.
    func read(_ file: ContentFile, in folder: FolderDescriptor) -> Reading<Post>? {
        read(file, in: folder) { bytes, path, modified throws(Problem) in
            try parse(bytes, file: file, path: path, modified: modified)
        }
    }

    /// Reads the list page `file` (an `_index.md`): its title, address, dates and what it cascades.
    func readListPage(_ file: ContentFile, in folder: FolderDescriptor) -> Reading<ListPage>? {
        read(file, in: folder) { bytes, path, _ throws(Problem) in
            let (metadata, _, _) = try frontMatter(bytes, path: path)
            let language = language(of: file)
            var cascade = HugoCascade()
            if let entry = metadata.entry("cascade") {
                cascade = try HugoCascade(entry.value, file: path, line: entry.line, language: language)
            }
            var page = Post(path: path, contentPath: file.relativePath)
            try FrontMatterFields(path: path, table: metadata, timeZone: site.timeZone).apply(
                to: &page, taxonomies: [], dateSources: site.dateSources)
            return ListPage(
                folder: file.directories.joined(separator: "/"), language: language,
                title: page.title.isEmpty ? nil : page.title, url: page.url, date: page.date,
                publishDate: page.publishDate, isDraft: page.isDraft, cascade: cascade)
        }
    }

    /// Reads the file's first bytes (all of them when its front matter goes on past them) and
    /// gives them to `parse` with the path messages show and the file's modification time.
    private func read<Value>(
        _ file: ContentFile, in folder: FolderDescriptor,
        parse: (UnsafeRawBufferPointer, String, Date) throws(Problem) -> Value
    ) -> Reading<Value>? {
        let path = displayPath(file)
        var source: SourceBytes
        do throws(SourceBytes.Failure) {
            source = try SourceBytes.read(
                file.relativePath, in: folder, limit: SourceBytes.prefixSize, maxBytes: site.maxPostBytes)
            if !source.isWholeFile,
                Self.mayBeCutShort(source.bytes.withUnsafeBytes(locateFrontMatter), source.bytes)
            {
                source = try SourceBytes.read(file.relativePath, in: folder, limit: .max, maxBytes: site.maxPostBytes)
            }
            // A Jekyll post Jekyll does not convert must be text throughout, or Jekyll leaves it out.
            if site.generator == .jekyll, !site.jekyll.converts(file.relativePath) {
                if !source.isWholeFile {
                    source = try SourceBytes.read(
                        file.relativePath, in: folder, limit: .max, maxBytes: site.maxPostBytes)
                }
                if source.bytes.withUnsafeBytes({
                    TextValidation.firstProblem(in: $0, range: 0..<$0.count, firstLine: 1)
                }) != nil {
                    var problem = Problem(
                        path: path, line: 0,
                        reason: "not text, so Jekyll leaves it out of the site; it is in no feed", severity: .warning)
                    problem.kind = "not text"
                    return Reading(outcome: .failure(problem), stat: source.stat)
                }
            }
        } catch .vanished {
            return nil
        } catch {
            return Reading(outcome: .failure(error.problem(path: path, maxBytes: site.maxPostBytes)), stat: nil)
        }
        let outcome = source.bytes.withUnsafeBytes { bytes -> Result<Value, Problem> in
            do throws(Problem) {
                return .success(try parse(bytes, path, source.stat.modified))
            } catch {
                return .failure(error)
            }
        }
        return Reading(outcome: outcome, stat: source.stat)
    }

    /// A Hugo page's language: its content folder's, else the one its file name ends in, else the default.
    private func language(of file: ContentFile) -> String {
        site.contentLanguage ?? site.translation(of: file)?.language ?? site.defaultLanguage
    }

    private func locateFrontMatter(_ bytes: UnsafeRawBufferPointer) -> FrontMatter.Split {
        FrontMatter.locate(in: bytes, endsWithDots: site.generator == .jekyll)
    }

    /// Whether front matter found in the first bytes of a file may go on past them: never
    /// closed there, or closed by a last line the cut may have shortened (`---` of `----`).
    private static func mayBeCutShort(_ split: FrontMatter.Split, _ bytes: [UInt8]) -> Bool {
        switch split {
        case .unterminated: true
        case .found(let frontMatter): frontMatter.bodyStart == bytes.count && bytes.last != UInt8(ascii: "\n")
        case .none: false
        }
    }

    /// Paths in messages are relative to the site's root, so they can be pasted into an editor.
    private func displayPath(_ file: ContentFile) -> String {
        displayPath(file.relativePath)
    }

    /// The message path of `relativePath`, relative to the content folder ("" for the folder).
    func displayPath(_ relativePath: String) -> String {
        guard let displayPrefix else {
            return relativePath.isEmpty ? site.contentDirectory : site.contentDirectory + "/" + relativePath
        }
        return relativePath.isEmpty
            ? (displayPrefix.isEmpty ? "." : String(displayPrefix.dropLast())) : displayPrefix + relativePath
    }

    /// What Hugo's date tokens read of a file: its name without the extension and language
    /// (`2024-01-02-trip` of `2024-01-02-trip.fr.md`), the folder's for a bundle.
    private func origin(of file: ContentFile, modified: Date) -> FrontMatterFields.Origin {
        let committed = site.gitHistory?.lastCommitDate(
            of: site.contentDirectory.appendingPathComponent(file.relativePath))
        let parts = file.relativePath.split(separator: "/")
        guard file.kind != .bundle || parts.count < 2 else {
            return FrontMatterFields.Origin(
                baseName: String(parts[parts.count - 2]), modified: modified, committed: committed)
        }
        var name = (parts.last ?? "")[...]
        name = name[..<(name.lastIndex(of: ".") ?? name.endIndex)]
        if let dot = name.lastIndex(of: "."), site.translationKeys.contains(String(name[name.index(after: dot)...])) {
            name = name[..<dot]
        }
        return FrontMatterFields.Origin(baseName: String(name), modified: modified, committed: committed)
    }

    /// The front matter of a file, parsed, and where its body starts (byte offset and line).
    private func frontMatter(_ bytes: UnsafeRawBufferPointer, path: String) throws(Problem) -> (
        MetadataTable, bodyOffset: Int, bodyLine: Int
    ) {
        switch locateFrontMatter(bytes) {
        case .unterminated(let format):
            let closing = ["yaml": "---", "toml": "+++", "json": "}"][format.rawValue]!
            throw Problem(
                path: path, line: 1,
                reason:
                    "the \(format.rawValue.uppercased()) front matter is never closed; end it with a line holding only \(closing)"
            )
        case .none(let bodyStart):
            return (MetadataTable(), bodyStart, 1)
        case .found(let frontMatter):
            if let problem = TextValidation.firstProblem(
                in: bytes, range: frontMatter.text, firstLine: frontMatter.firstLine)
            {
                throw Problem(path: path, line: problem.line, reason: problem.reason)
            }
            do {
                return (try frontMatter.table(in: bytes), frontMatter.bodyStart, frontMatter.bodyLine)
            } catch {
                throw Problem(path: path, line: error.line, reason: error.reason)
            }
        }
    }

    private func parse(_ bytes: UnsafeRawBufferPointer, file: ContentFile, path: String, modified: Date) throws(Problem)
        -> Post
    {
        if file.kind == .jekyllDocument {
            // `Utils.has_yaml_header?`: without one, Jekyll copies the file as it is.
            guard case .found(let found) = locateFrontMatter(bytes), found.format == .yaml else {
                throw Problem(
                    path: path, line: 1,
                    reason:
                        "no front matter, so Jekyll copies the file rather than making it a document; it is in no feed",
                    severity: .warning)
            }
        }
        if site.generator == .hugo, Self.isHTML(file.relativePath), case .none = locateFrontMatter(bytes) {
            var problem = Problem(
                path: path, line: 1,
                reason: "HTML without front matter, so Hugo makes no page of it; it is in no feed",
                severity: .warning)
            problem.kind = "html without front matter"
            throw problem
        }
        var post = Post(path: path, contentPath: file.relativePath)
        post.fileKind = file.kind
        post.sectionCount = file.sectionCount
        var metadata: MetadataTable
        (metadata, post.bodyOffset, post.bodyLine) = try frontMatter(bytes, path: path)
        switch site.generator {
        case .hugo:
            post.language = language(of: file)
            cascades?.apply(to: &metadata, file: file, language: post.language, languages: site.translationKeys)
            try FrontMatterFields(path: path, table: metadata, timeZone: site.timeZone).apply(
                to: &post, taxonomies: site.taxonomies, dateSources: site.dateSources,
                origin: site.dateSources.readsFile || site.gitHistory != nil
                    ? origin(of: file, modified: modified) : nil)
            try applyHugoRules(to: &post, file: file)
        case .jekyll: try applyJekyllRules(to: &post, file: file, frontMatter: metadata, modified: modified)
        }
        return post
    }

    /// Whether a content file is HTML (`.html`, `.htm`), whose body is published as it is.
    static func isHTML(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered.hasSuffix(".html") || lowered.hasSuffix(".htm")
    }

    private func applyHugoRules(to post: inout Post, file: ContentFile) throws(Problem) {
        post.section = file.topDirectory
        post.status = site.status(of: post, now: now)
        if resolvesPermalinks { post.permalink = HugoPermalink(site: site).permalink(for: post, file: file) }
    }

    /// - Parameter modified: when the file last changed: the date of a draft or a collection's
    ///   document that has none (Jekyll gives a document the time of the build, which every
    ///   build changes).
    private func applyJekyllRules(
        to post: inout Post, file: ContentFile, frontMatter: MetadataTable, modified: Date
    ) throws(Problem) {
        let collection = post.collection
        let name = JekyllFileName(relativePath: file.relativePath, collectionFolder: collection.map { "_" + $0 })
        if let invalid = name.invalidDate {
            throw Problem(
                path: post.path, line: 0,
                reason: "\(invalid) in the file name is not a date; Jekyll stops the build on it")
        }
        let table = site.jekyll.frontMatter(frontMatter, path: file.relativePath, collection: collection ?? "posts")
        try FrontMatterFields(path: post.path, table: table, timeZone: site.timeZone).applyJekyll(
            to: &post, file: name, site: site)
        // A draft or a collection's document without a date has its file's, as Jekyll gives it.
        let date =
            post.date ?? PostDate(instant: modified, offsetSeconds: site.timeZone.secondsFromGMT(for: modified))
        // Jekyll shows every date in the site's timezone, whatever offset it was written with.
        post.date = Self.shown(date, in: site.timeZone)
        post.lastmod = post.lastmod.map { Self.shown($0, in: site.timeZone) }
        post.section = post.categories.first ?? ""
        post.status = site.status(of: post, now: now)
        // Jekyll reads a collection's documents whatever their date.
        if collection != nil, post.status == .scheduled { post.status = .published }
        (post.permalink, post.identifier) = JekyllPermalink(site: site).addresses(for: post, file: name)
    }

    private static func shown(_ date: PostDate, in timeZone: TimeZone) -> PostDate {
        PostDate(instant: date.instant, offsetSeconds: timeZone.secondsFromGMT(for: date.instant))
    }
}
