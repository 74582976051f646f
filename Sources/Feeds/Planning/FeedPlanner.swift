import Foundation
import Site

/// Decides which feeds a site gets: the whole site, each section, and each term of each taxonomy
/// (tags, categories, `series`, …), at the folders Hugo uses for them (`/tags/kubecon/`) unless
/// the settings say otherwise.
public struct FeedPlanner: Sendable {
    public let site: SiteConfiguration
    public let settings: FeedSettings
    /// Hugo's list pages that are not drafts, by language and `ListPage.logicalFolder`: the
    /// titles, addresses and dates of sections, taxonomies and terms, and terms with no post.
    private let listPages: [String: ListPage]

    public init(site: SiteConfiguration, settings: FeedSettings, listPages: [ListPage] = []) {
        self.site = site
        self.settings = settings
        var pages: [String: ListPage] = [:]
        for page in listPages where !page.isDraft { pages[Self.key(page.language, page.logicalFolder)] = page }
        self.listPages = pages
    }

    private static func key(_ language: String, _ folder: String) -> String { language + "\u{0}" + folder }

    /// The list page of `folder` (a `ListPage.logicalFolder`), worked out only when the site has list pages.
    private func listPage(_ language: String, _ folder: @autoclosure () -> String) -> ListPage? {
        listPages.isEmpty ? nil : listPages[Self.key(language, folder())]
    }

    /// - Parameter posts: the published posts, newest first, and the documents of the Jekyll
    ///   collections whose feeds jekyll-feed writes, which only those feeds hold.
    public func plan(_ posts: some Collection<Post>) -> FeedPlan {
        guard !site.servedFeeds.collectionFiles.isEmpty else { return plan(posts, documents: []) }
        return plan(posts.filter { $0.collection == nil }, documents: posts.filter { $0.collection != nil })
    }

    private func plan(_ posts: some Collection<Post>, documents: [Post]) -> FeedPlan {
        var folders = FeedFolders()
        if settings.writesStylesheet { folders.claim([Self.folder(settings.sitePath) + FeedBuilder.stylesheetName]) }
        var plan = FeedPlan(feeds: [])
        // A set of feeds per language, under the language's folder as its pages are (`fr/`);
        // each language has a site feed even before it has a post, as in Hugo.
        if site.languages.count == 1 {
            planLanguage(posts, documents: documents, in: site.languages[0], into: &plan, folders: &folders)
        } else {
            for language in site.languages {
                planLanguage(
                    posts.filter { $0.language == language.key }, documents: [], in: language, into: &plan,
                    folders: &folders)
            }
        }
        plan.feeds = withPermalinks(plan.feeds)
        return plan
    }

    /// The feeds of one language: its site feed, sections and terms.
    private func planLanguage(
        _ posts: some Collection<Post>, documents: [Post], in language: SiteLanguage, into plan: inout FeedPlan,
        folders: inout FeedFolders
    ) {
        let prefix = site.pathPrefix(of: language.key)
        // A title of only control characters or spaces would leave the feeds untitled once written.
        let siteTitle =
            [language.title, site.title].lazy.compactMap { $0 }.first {
                !FeedText.sanitized($0).allSatisfy { $0.isWhitespace }
            } ?? "Posts"
        let siteFolder = Self.folder(prefix + settings.sitePath)
        let siteFiles = files(in: siteFolder, language: language.key)
        folders.claim(siteFiles.values)
        plan.feeds.append(
            PlannedFeed(
                scope: .site, title: siteTitle, directory: siteFolder, language: language.key,
                files: siteFiles, pageDirectory: siteFolder,
                posts: limited(posts.lazy.filter { $0.listing == .everywhere })))
        /// `pattern` for `name`, unless a list page's `url` says where the page is.
        func place(
            _ scope: PlannedFeed.Scope, _ name: String, _ title: String, _ pattern: String, _ members: [Post],
            url: String? = nil
        ) -> PlannedFeed? {
            let pattern = url.map { $0.hasPrefix("/") ? $0 : prefix + $0 } ?? prefix + pattern
            return self.place(scope, name, title, pattern, language.key, members, &plan, &folders)
        }
        if settings.sectionFeeds {
            for (name, members, _) in grouped(posts, by: { $0.section.isEmpty ? [] : [$0.section] }) {
                let page = listPage(language.key, name.lowercased())
                _ = place(
                    .section(name), name,
                    "\(page?.title ?? ListTitle.of(section: name, site: site)) on \(siteTitle)",
                    settings.sectionPath, members, url: page?.url)
            }
        }
        for taxonomy in site.taxonomies {
            let (isWanted, pattern, scope, terms): (Bool, String, (String) -> PlannedFeed.Scope, (Post) -> [String]) =
                switch taxonomy.plural {
                case "tags": (settings.tagFeeds, settings.tagPath, { .tag($0) }, { FeedTerms.followed($0.tags) })
                case "categories":
                    (
                        settings.categoryFeeds, settings.categoryPath, { .category($0) },
                        { FeedTerms.followed($0.categories) }
                    )
                default:
                    (
                        settings.taxonomyFeeds, taxonomy.plural + "/:slug", { .term(taxonomy, $0) },
                        { FeedTerms.followed($0.otherTerms[taxonomy.plural]?.names ?? []) }
                    )
                }
            var placed: [(PlannedFeed, TermDates)] = []
            for (name, members, dates) in isWanted
                ? withListedTerms(grouped(posts, by: terms), of: taxonomy.plural, language: language.key) : []
            {
                let page = listPage(language.key, taxonomy.plural + "/" + folderSlug(name))
                var dates = dates
                dates.title = page?.title ?? ListTitle.of(term: name, site: site)
                // A term page's own dates, when it has them, rather than its posts'.
                if let page, page.date != nil || page.publishDate != nil {
                    (dates.date, dates.published) = (page.date, page.publishDate ?? page.date)
                }
                if let feed = place(
                    scope(name), name, "\(dates.title) on \(siteTitle)", pattern, members, url: page?.url)
                {
                    placed.append((feed, dates))
                }
            }
            // A taxonomy the site gives no term pages (`disableKinds`) keeps its list, as in Hugo;
            // one whose feeds `[feeds]` turns off has none.
            if isWanted || site.servedFeeds.termFeeds == false {
                placeTermList(
                    of: taxonomy.plural, folder: prefix + pattern, terms: placed, siteTitle: siteTitle,
                    language: language.key, into: &plan, folders: &folders)
            }
        }
        planServedFiles(
            posts, documents: documents, siteTitle: siteTitle, siteFolder: siteFolder, language: language.key,
            into: &plan, folders: &folders)
    }

    /// The path of each format's file of a feed in `directory`, a folder of `language`'s: the
    /// settings' name in that folder, but the RSS file's in `settings.rssFolder`, which comes
    /// after the language's folder and before the rest, as Hugo places an output format's `path`.
    private func files(in directory: String, language: String) -> [FeedFormat: String] {
        var files: [FeedFormat: String] = [:]
        for format in settings.formats {
            var folder = directory
            if format == .rss, !settings.rssFolder.isEmpty {
                let prefix = site.pathPrefix(of: language)
                folder =
                    directory.hasPrefix(prefix)
                    ? prefix + settings.rssFolder + directory.dropFirst(prefix.count) : settings.rssFolder + directory
            }
            files[format] = folder + settings.fileName(of: format)
        }
        return files
    }

    /// The Atom files jekyll-feed wrote for categories (`feed/release.xml`, titled "Site |
    /// Release"), tags (`feed/by_tag/go.xml`) and other collections (`feed/changes.xml`, and
    /// `feed/changes/news.xml` for a category of theirs), so their subscribers keep them. A
    /// file in the way of another feed's is left out, with a warning.
    private func planServedFiles(
        _ posts: some Collection<Post>, documents: [Post], siteTitle: String, siteFolder: String, language: String,
        into plan: inout FeedPlan, folders: inout FeedFolders
    ) {
        guard settings.formats.contains(.atom) else { return }
        let served = site.servedFeeds
        var files: [(PlannedFeed.Scope, String, path: String, [Post])] = []
        // Ruby's `capitalize`, as jekyll-feed's titles have it.
        func capitalized(_ name: String) -> String { name.prefix(1).uppercased() + name.dropFirst().lowercased() }
        for category in served.categoryFiles {
            files.append(
                (
                    .category(category), siteTitle + " | " + capitalized(category), "feed/\(category).xml",
                    posts.filter { $0.categories.contains(category) }
                ))
        }
        for feed in served.collectionFiles {
            let members = documents.filter { $0.collection == feed.collection }
            let title = siteTitle + " | " + capitalized(feed.collection)
            files.append((.collection(feed.collection, category: nil), title, feed.path, members))
            for category in feed.categories {
                files.append(
                    (
                        .collection(feed.collection, category: category), title + " | " + capitalized(category),
                        feed.path(of: category), members.filter { $0.categories.contains(category) }
                    ))
            }
        }
        if let tags = served.tagFiles {
            var seen = Set<String>()
            for tag in posts.flatMap(\.tags) where seen.insert(tag).inserted && tags.includes(tag) {
                files.append((.tag(tag), siteTitle, tags.path(of: tag), posts.filter { $0.tags.contains(tag) }))
            }
        }
        for (scope, title, path, members) in files {
            if let inTheWay = folders.claim([path]) {
                plan.warnings.append(
                    Problem(
                        path: site.rootDirectory, line: 0,
                        reason: "jekyll-feed's \(path) is not written: \(inTheWay) is another feed's",
                        severity: .warning))
                continue
            }
            let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
            plan.feeds.append(
                PlannedFeed(
                    scope: scope, title: title, directory: folder, language: language, files: [.atom: path],
                    pageDirectory: siteFolder, posts: limited(members)))
        }
    }

    /// Adds a section's or a term's feed at the folder `pattern` gives for `name`. The first
    /// planned keeps its folder; a later one whose folder is taken (a section named
    /// `index.xml`, a tag differing from another only in case) gets a distinct name.
    private func place(
        _ scope: PlannedFeed.Scope, _ name: String, _ title: String, _ pattern: String, _ language: String,
        _ posts: [Post], _ plan: inout FeedPlan, _ folders: inout FeedFolders
    ) -> PlannedFeed? {
        let slug = folderSlug(name)
        var blocked: String?
        for candidate in [slug, FeedFolders.distinct(slug)] {
            let directory = folder(pattern, candidate)
            let files = files(in: directory, language: language)
            guard let inTheWay = folders.claim(files.values) else {
                let feed = PlannedFeed(
                    scope: scope, title: title, directory: directory, language: language, files: files,
                    pageDirectory: directory, posts: posts)
                plan.feeds.append(feed)
                return feed
            }
            blocked = blocked ?? inTheWay
        }
        guard let post = posts.first, let blocked, let (kind, _) = scope.term else { return nil }
        plan.warnings.append(
            Problem(
                path: post.path, line: scope.line(in: post),
                reason:
                    "the \(kind) '\(name)' gets no feed: its folder \(folder(pattern, slug)) collides with \(blocked), which another feed writes; change [feeds] paths",
                severity: .warning))
        return nil
    }

    /// The feeds with their posts' permalinks built, once per post, when the scan left them for
    /// later: a site has thousands of posts and its feeds name a few dozen.
    private func withPermalinks(_ feeds: [PlannedFeed]) -> [PlannedFeed] {
        var permalinks: [String: String] = [:]
        return feeds.map { feed in
            var feed = feed
            for index in feed.posts.indices where feed.posts[index].permalink.isEmpty {
                let post = feed.posts[index]
                let permalink = permalinks[post.path] ?? site.permalink(of: post)
                permalinks[post.path] = permalink
                feed.posts[index].permalink = permalink
            }
            return feed
        }
    }

    private func limited(_ posts: some Collection<Post>) -> [Post] {
        Array(posts.prefix(settings.limit))
    }

    /// Groups posts by term, at most `limit` each, as Hugo does: terms whose slugs are equal (`Dev Ops`, `dev ops`) are
    /// one term, named as first written. Every term counts, whatever its spaces or letters.
    /// A term's newest post dates, which are its own in Hugo (its page's `.Date` and
    /// `.PublishDate`), and its page's title.
    private struct TermDates {
        var date: PostDate?
        var published: PostDate?
        var title = ""
    }

    /// `terms` and the terms of `taxonomy` whose list pages (`tags/go/_index.md`) have no post,
    /// which Hugo gives a page and an empty feed; in the order of their slugs.
    private func withListedTerms(_ terms: [(String, [Post], TermDates)], of taxonomy: String, language: String)
        -> [(String, [Post], TermDates)]
    {
        guard !listPages.isEmpty else { return terms }
        let prefix = taxonomy + "/"
        let slugs = Set(terms.map { folderSlug($0.0) })
        var all = terms
        for page in listPages.values where page.language == language && page.logicalFolder.hasPrefix(prefix) {
            let name = String(page.folder.split(separator: "/").last ?? "")
            guard page.logicalFolder.dropFirst(prefix.count).contains("/") == false, !slugs.contains(folderSlug(name))
            else { continue }
            all.append((name, [], TermDates()))
        }
        return all.count == terms.count ? terms : all.sorted { folderSlug($0.0) < folderSlug($1.0) }
    }

    private func grouped(_ posts: some Collection<Post>, by terms: (Post) -> [String]) -> [(String, [Post], TermDates)]
    {
        var order: [String] = []
        var names: [String: String] = [:]
        var members: [String: [Post]] = [:]
        var dates: [String: TermDates] = [:]
        for post in posts {
            var seen = Set<String>()
            for term in terms(post) {
                let slug = site.slug(term)
                guard !slug.isEmpty, seen.insert(slug).inserted else { continue }
                if names[slug] == nil {
                    names[slug] = term
                    order.append(slug)
                }
                // In feed order, so a term's feed is full once it has `limit` posts.
                if members[slug, default: []].count < settings.limit { members[slug, default: []].append(post) }
                var newest = dates[slug, default: TermDates()]
                newest.date = [newest.date, post.date].compactMap { $0 }.max()
                newest.published = [newest.published, post.publishDate ?? post.date].compactMap { $0 }.max()
                dates[slug] = newest
            }
        }
        return order.sorted().map { (names[$0]!, members[$0]!, dates[$0]!) }
    }

    /// Hugo's feed of a taxonomy's terms (`/tags/index.xml`): an entry per term that got a feed,
    /// linking its page, dated by its newest post, newest first, then by name; written, as in
    /// Hugo, while the taxonomy has no term, or its terms no feeds.
    private func placeTermList(
        of taxonomy: String, folder pattern: String, terms: [(PlannedFeed, TermDates)], siteTitle: String,
        language: String, into plan: inout FeedPlan, folders: inout FeedFolders
    ) {
        guard settings.taxonomyListFeeds, site.generator == .hugo else { return }
        let directory = Self.folder(String(pattern.prefix { $0 != ":" }))
        let files = files(in: directory, language: language)
        guard folders.claim(files.values) == nil else { return }
        let sorted = newestFirst(terms, keeping: settings.limit, language: language)
        let title = listPage(language, taxonomy)?.title ?? ListTitle.of(taxonomy: taxonomy, site: site)
        var feed = PlannedFeed(
            scope: .taxonomy(taxonomy), title: "\(title) on \(siteTitle)", directory: directory,
            language: language, files: files, pageDirectory: directory, posts: [])
        feed.terms = sorted.compactMap { term, dates in
            term.scope.term.map { _ in
                FeedEntry(
                    term: dates.title, url: site.absoluteURL(path: term.directory), published: dates.published,
                    updated: dates.date)
            }
        }
        plan.feeds.append(feed)
    }

    /// The first `limit` of `terms` in Hugo's order: newest first, then by title in the
    /// language's collation, then by folder. Titles are compared only among terms of one date
    /// that are kept: a collated comparison costs as much as planning a feed.
    private func newestFirst(_ terms: [(PlannedFeed, TermDates)], keeping limit: Int, language: String)
        -> ArraySlice<(PlannedFeed, TermDates)>
    {
        func instant(_ term: (PlannedFeed, TermDates)) -> Date { term.1.date?.instant ?? .distantPast }
        let byDate = terms.sorted {
            instant($0) != instant($1) ? instant($0) > instant($1) : $0.0.directory < $1.0.directory
        }
        var end = min(limit, byDate.count)
        // The terms of the last date kept may be kept or not by their titles: all are sorted.
        while end > 0, end < byDate.count, instant(byDate[end]) == instant(byDate[end - 1]) { end += 1 }
        var kept = Array(byDate[..<end])
        let locale = Locale(identifier: site.languageTag(of: site.language(language)) ?? language)
        var start = 0
        while start < kept.count {
            var runEnd = start + 1
            while runEnd < kept.count, instant(kept[runEnd]) == instant(kept[start]) { runEnd += 1 }
            if runEnd - start > 1 {
                kept[start..<runEnd].sort { left, right in
                    let titles = left.1.title.compare(right.1.title, locale: locale)
                    return titles == .orderedSame ? left.0.directory < right.0.directory : titles == .orderedAscending
                }
            }
            start = runEnd
        }
        return kept.prefix(limit)
    }

    /// A name as one folder: its slug, with slashes as hyphens and a slug of dots spelt out, so
    /// no term can reach outside its folder: `Cloud Native` → `cloud-native`, `..` → `dotdot`.
    private func folderSlug(_ name: String) -> String {
        let slug = site.slug(name).replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: "\\", with: "-")
        return slug.allSatisfy({ $0 == "." }) ? slug.replacingOccurrences(of: ".", with: "dot") : slug
    }

    /// The folder a path pattern gives for a slug: `tags/:slug` and `cloud-native` → `tags/cloud-native/`.
    private func folder(_ pattern: String, _ slug: String) -> String {
        Self.folder(
            pattern.replacingOccurrences(of: ":slug", with: slug).replacingOccurrences(of: ":section", with: slug))
    }

    /// A path pattern as a folder inside the output folder: `""` or ending in `/`, no `.` or `..`,
    /// no name longer than a file system takes.
    static func folder(_ path: String) -> String {
        let parts = path.split(separator: "/").filter { $0 != "." && $0 != ".." }.map(FeedFolders.fitted)
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }
}
