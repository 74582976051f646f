import Foundation

extension SiteConfiguration {
    /// Reads a Jekyll site root's `_config.yml` and `_data/authors.yml`; a site without a
    /// configuration gets Jekyll's defaults.
    public static func jekyll(siteRoot: String) throws(ConfigurationError) -> SiteConfiguration {
        var site = SiteConfiguration(rootDirectory: siteRoot, contentDirectory: siteRoot)
        site.generator = .jekyll
        site.publishDirectory = siteRoot.appendingPathComponent("_site")
        site.permalinks = ["": "date"]
        site.markdown = .kramdown
        var digest = FNV1a()
        let path = siteRoot + "/_config.yml"
        let config: ConfigurationTable
        if FileManager.default.fileExists(atPath: path) {
            config = ConfigurationTable(path: path, table: try MetadataFile.read(path))
            FileBytes.read(path)?.withUnsafeBytes { digest.add($0) }
        } else {
            config = ConfigurationTable(path: path, table: MetadataTable())
        }
        site.publishDirectory = siteRoot.appendingPathComponent(try config.string("destination") ?? "_site")
        site.title = try config.string("title") ?? ""
        let host = try config.string("url") ?? ""
        let basePath = try config.string("baseurl") ?? ""
        site.baseURL = normalizedBaseURL(
            host + (basePath.isEmpty || basePath.hasPrefix("/") ? basePath : "/" + basePath))
        site.baseURLPlace = config.place(of: "url")
        site.languageCode = try config.string("lang")
        if site.languageCode == nil { site.languageCode = try config.string("locale") }
        if let zone = try config.string("timezone") {
            site.timeZone = try timeZone(zone, config: config, key: "timezone")
        }
        // Posts live in the collections folder when there is one; defaults' paths are relative to it.
        let collectionsFolder = try config.string("collections_dir").flatMap { $0.isEmpty ? nil : $0 }
        if let collectionsFolder { site.contentDirectory = siteRoot.appendingPathComponent(collectionsFolder) }
        site.permalinks = ["": try postsPermalink(config)]
        site.publishesFuture = try config.bool("future") ?? false
        // jekyll-feed's defaults: `/feed.xml` and the newest ten posts.
        site.servedFeeds = try jekyllFeeds(config)
        site.jekyll.collections = try collections(config, fed: site.servedFeeds.collectionFiles.map(\.collection))
        if case .table = config.table["author"] {
            site.author = try config.subtable("author")?.text("name")
        } else {
            site.author = try config.text("author")
        }
        if let separator = config.table["excerpt_separator"] {
            guard let text = separator.scalarText else {
                throw config.error("excerpt_separator", "expected text, found \(separator.typeName)")
            }
            site.jekyll.excerptSeparator = text
        }
        if let extensions = try config.text("markdown_ext") {
            site.jekyll.extensions = extensions.split(separator: ",").map { $0.lowercased() } + ["html"]
        }
        site.jekyll.defaults = try frontMatterDefaults(config, collectionsFolder: collectionsFolder)
        site.jekyll.configuration = config.table
        if try config.subtable("kramdown")?.bool("auto_ids") == false { site.markdown.headingIDs = nil }
        let dataFolder = siteRoot.appendingPathComponent(try config.string("data_dir") ?? "_data")
        site.jekyll.data = SiteData(folders: [dataFolder], extensions: ["yml", "yaml", "json", "csv", "tsv"])
        if let authorsPath = ["yml", "yaml", "json"].map({ dataFolder + "/authors." + $0 }).first(where: {
            FileManager.default.fileExists(atPath: $0)
        }) {
            site.jekyll.authors = try authors(
                ConfigurationTable(path: authorsPath, table: MetadataFile.read(authorsPath)))
            FileBytes.read(authorsPath)?.withUnsafeBytes { digest.add($0) }
        }
        site.jekyll.sourceDigest = digest.value
        site.rendering = Rendering.detected(in: site)
        return site
    }

    /// `collections.posts.permalink`, which Jekyll takes over the site's `permalink` (a style
    /// name or a pattern); a pattern with a placeholder Jekyll does not know is refused.
    private static func postsPermalink(_ config: ConfigurationTable) throws(ConfigurationError) -> String {
        if case .table = config.table["collections"], let posts = try config.subtable("collections")?.subtable("posts"),
            let pattern = try posts.string("permalink")
        {
            try check(pattern, in: posts, key: "permalink")
            return pattern
        }
        let configured = try config.string("permalink") ?? "date"
        if JekyllPermalink.styles[configured] == nil { try check(configured, in: config, key: "permalink") }
        return configured
    }

    /// The collections of `fed` (those jekyll-feed has feeds of), as `collections:` defines
    /// them: a list of names, or a table of each one's options, whose `permalink` is checked.
    private static func collections(_ config: ConfigurationTable, fed: [String]) throws(ConfigurationError)
        -> [JekyllSettings.Collection]
    {
        guard !fed.isEmpty else { return [] }
        let table = try? config.subtable("collections")
        let names = table == nil ? (try? config.strings("collections")) ?? [] : []
        let ending = JekyllPermalink.suffix(ofStyle: try config.string("permalink") ?? "date")
        var result: [JekyllSettings.Collection] = []
        for name in fed {
            let options = try table?.subtable(name)
            var permalink = "/:collection/:path" + ending
            if let own = try options?.string("permalink"), let options {
                try check(own, in: options, key: "permalink")
                permalink = own
            }
            let isDefined = names.contains(name) || table?.table[name] != nil
            result.append(.init(name: name, permalink: permalink, isDefined: isDefined))
        }
        return result
    }

    /// Refuses a pattern with a placeholder Jekyll does not know.
    static func check(_ pattern: String, in table: ConfigurationTable, key: String) throws(ConfigurationError) {
        if let unknown = JekyllPermalink.unknownPlaceholder(in: pattern) {
            throw table.error(key, JekyllPermalink.unknownPlaceholderReason(unknown))
        }
    }

    /// The `defaults:` sets that can apply to posts, with only the keys Herald reads, each
    /// value remembering its line in `_config.yml`.
    private static func frontMatterDefaults(_ config: ConfigurationTable, collectionsFolder: String?)
        throws(ConfigurationError) -> [JekyllSettings.FrontMatterDefault]
    {
        guard case .array = config.table["defaults"] else { return [] }
        var result: [JekyllSettings.FrontMatterDefault] = []
        // Jekyll skips (with a warning) a set that is not a table with a table of values.
        for set in (try? config.tables("defaults")) ?? [] {
            guard case .table(let values)? = set.table["values"] else { continue }
            var path = ""
            var type: String?
            if case .table(let scope)? = set.table["scope"] {
                path = scope["path"].flatMap { if case .string(let text) = $0 { text } else { nil } } ?? ""
                if let value = scope["type"] {
                    // `post` is the old name of `posts`; a set for a type Herald reads nothing of
                    // (`pages`) is for no document of its.
                    guard let name = value.scalarText else { continue }
                    type = name == "post" ? "posts" : name
                }
            }
            if let collectionsFolder, path.hasPrefix(collectionsFolder + "/") {
                path.removeFirst(collectionsFolder.count + 1)
            }
            let kept = MetadataTable(values.entries.filter { JekyllSettings.readKeys.contains($0.foldedKey) })
            guard !kept.isEmpty else { continue }
            if let date = kept["date"], date.scalarText.flatMap(LocalDateTime.init(rubyParsing:)) == nil {
                let valuesTable = ConfigurationTable(path: set.path, table: values, name: set.name + ".values")
                throw valuesTable.error(
                    "date", "'\(date.scalarText ?? date.typeName)' is not a date; Jekyll stops the build")
            }
            result.append(.init(path: path, type: type, values: MetadataTable().merging(kept, from: set.path)))
        }
        return result
    }

    /// `_data/authors.yml`: each key an author, whose value holds `name`, `email` and `uri`
    /// (or is the name itself).
    private static func authors(_ file: ConfigurationTable) -> [String: JekyllSettings.Author] {
        var result: [String: JekyllSettings.Author] = [:]
        for entry in file.table.entries {
            switch entry.value {
            case .table(let details):
                result[entry.key] = .init(
                    name: details["name"]?.scalarText ?? entry.key, email: details["email"]?.scalarText,
                    uri: details["uri"]?.scalarText)
            case let value:
                if let name = value.scalarText { result[entry.key] = .init(name: name, email: nil, uri: nil) }
            }
        }
        return result
    }

    /// jekyll-feed's `feed` table: the posts feed's path (`/feed.xml`) and length (ten posts),
    /// its category and tag files, its other collections' feeds, whether entries leave the
    /// content out.
    private static func jekyllFeeds(_ config: ConfigurationTable) throws(ConfigurationError) -> ServedFeeds {
        let feed = try config.subtable("feed")
        var served = ServedFeeds(
            atomPath: try feed?.text("path") ?? "feed.xml", limit: try feed?.integer("posts_limit") ?? 10)
        served.excerptOnly = try feed?.bool("excerpt_only")
        served.categoryFiles = try feed?.strings("categories") ?? []
        if let collections = try? feed?.subtable("collections") {
            for entry in collections.table.entries {
                let options = try collections.subtable(entry.key)
                let path = try options?.text("path")
                let categories = try options?.strings("categories") ?? []
                if entry.key == "posts" {
                    if let path { served.atomPath = path }
                    served.categoryFiles += categories
                } else {
                    served.collectionFiles.append(
                        JekyllCollectionFeed(collection: entry.key, path: path, categories: categories))
                }
            }
        } else if let names = try feed?.strings("collections") {
            for name in names where name != "posts" {
                served.collectionFiles.append(JekyllCollectionFeed(collection: name, path: nil, categories: []))
            }
        }
        switch feed?.table["tags"] {
        case nil, .null, .bool(false): break
        case .table:
            let tags = try feed?.subtable("tags")
            let path = try tags?.text("path") ?? "/feed/by_tag/"
            served.tagFiles = JekyllTagFeeds(
                only: try tags?.strings("only"), except: try tags?.strings("except") ?? [],
                pathPrefix: String(path.drop { $0 == "/" }))
        default: served.tagFiles = JekyllTagFeeds()
        }
        return served
    }
}

extension SiteConfiguration {
    /// The files besides the posts whose change changes what posts render to: a Hugo site's
    /// shortcodes, hooks, partials and data; a Jekyll site's includes and data.
    public var templateFiles: [String] {
        switch generator {
        case .hugo: return shortcodes.files
        case .jekyll:
            let includes = includesFolder
            var files: [String] = []
            if let enumerator = FileManager.default.enumerator(atPath: includes) {
                while let file = enumerator.nextObject() as? String { files.append(includes + "/" + file) }
            }
            return files + jekyll.data.files
        }
    }

    /// A Jekyll site's `_includes` (`includes_dir`).
    var includesFolder: String {
        rootDirectory.appendingPathComponent(jekyll.configuration["includes_dir"]?.scalarText ?? "_includes")
    }
}
