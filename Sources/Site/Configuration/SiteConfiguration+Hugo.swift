import Foundation

extension SiteConfiguration {
    /// Reads a Hugo site's configuration as Hugo assembles it (`HugoConfiguration`). Hugo's many
    /// other keys are left alone; a key Herald reads in a shape it does not follow is a warning
    /// (`warnings`), never a refusal of a site Hugo builds.
    /// - Parameters:
    ///   - files: the root configuration files to read instead of `hugo.toml` (Hugo's `--config`).
    ///   - environment: Hugo's `--environment`, which picks the folder of `config/` read last.
    public static func hugo(
        siteRoot: String, files: [String]? = nil, environment: String = HugoConfiguration.defaultEnvironment
    ) throws(ConfigurationError) -> SiteConfiguration {
        let config = try HugoConfiguration.load(siteRoot: siteRoot, files: files, environment: environment)
        let contentDirectory = try config.text("contentDir") ?? "content"
        var site = SiteConfiguration(
            rootDirectory: siteRoot, contentDirectory: siteRoot.appendingPathComponent(contentDirectory))
        site.generator = .hugo
        site.publishDirectory = siteRoot.appendingPathComponent(try config.text("publishDir") ?? "public")
        site.title = try config.text("title") ?? ""
        site.baseURL = normalizedBaseURL(try config.text("baseURL") ?? "/")
        site.baseURLPlace = config.place(of: "baseURL")
        site.languageCode = try config.text("languageCode")
        if let zone = try config.text("timeZone") {
            site.timeZone = try timeZone(zone, config: config, key: "timeZone")
        }
        site.defaultLanguage = try config.text("defaultContentLanguage")?.lowercased() ?? "en"
        site.defaultLanguageInSubdir = try config.bool("defaultContentLanguageInSubdir") ?? false
        site.languages = try languages(config, of: site)
        mountContent(config, into: &site)
        // Every language in one folder of its own (the only language's, most often) is the site's
        // content folder: nothing is read from `contentDir` then.
        if case let folders = Set(site.languages.map(\.contentDirectory)), folders.count == 1,
            let folder = folders.first!
        {
            site.contentDirectory = folder
        }
        let defaultLanguage = site.language(site.defaultLanguage)
        site.languageCode = defaultLanguage.code ?? site.languageCode
        site.permalinks = try pagePermalinks(config, warnings: &site.warnings)
        site.uglyURLs = try uglyURLs(config, warnings: &site.warnings)
        site.disablePathToLower = try config.bool("disablePathToLower") ?? false
        site.removePathAccents = try config.bool("removePathAccents") ?? false
        site.summaryLength = try config.integer("summaryLength") ?? 70
        site.emojifies = try config.bool("enableEmoji") ?? false
        site.pluralizesListTitles = try config.bool("pluralizeListTitles") ?? true
        site.capitalizesListTitles = try config.bool("capitalizeListTitles") ?? true
        site.titleCaseStyle = TitleCaseStyle(hugoName: try config.text("titleCaseStyle") ?? "ap")
        site.publishesFuture = try config.bool("buildFuture") ?? false
        site.publishesExpired = try config.bool("buildExpired") ?? false
        let params = try? config.subtable("params")
        site.author = author(in: params, warnings: &site.warnings)
        if site.author == nil { site.author = author(in: config, warnings: &site.warnings) }
        site.sections = (try? params?.strings("mainSections")) ?? []
        site.sectionsPlace = params?.place(of: "mainSections")
        site.taxonomies = taxonomies(config, warnings: &site.warnings)
        site.dateSources = dateSources(config, warnings: &site.warnings)
        site.gitHistory = gitHistory(config, dateSources: site.dateSources, site: site, warnings: &site.warnings)
        site.servedFeeds = try servedFeeds(config)
        site.environment = environment
        site.cascade = try cascade(config, languages: site.languages)
        let goldmark = try config.subtable("markup")?.subtable("goldmark")
        if let goldmark { site.markdown = try markdownFlavor(goldmark) }
        if let highlight = try config.subtable("markup")?.subtable("highlight") {
            site.markdown.lineNumbers = try lineNumbers(highlight)
        }
        let themeFolders = try themeFolders(config, siteRoot: siteRoot)
        site.linksReachPages = try linksReachPages(themeFolders: themeFolders, goldmark: goldmark)
        site.shortcodes = SiteShortcodes(folders: themeFolders)
        if let params, case .map(let entries) = GoValue(.table(params.table)) {
            site.shortcodes.siteParameters = entries
        }
        site.markdown.lineNumbers.hookedLanguages = site.shortcodes.codeBlockHookLanguages
        site.rendering = Rendering.detected(in: site)
        return site
    }

    /// `[cascade]`, after each language's own (`[languages.fr.cascade]`, for that language's
    /// pages unless its target names others), which wins where both set a key, as current Hugo
    /// merges a language's configuration over the site's.
    private static func cascade(_ config: ConfigurationTable, languages: [SiteLanguage]) throws(ConfigurationError)
        -> HugoCascade
    {
        var cascade = HugoCascade()
        func read(_ table: ConfigurationTable, language: String?) throws(ConfigurationError) {
            guard let entry = table.table.entry("cascade") else { return }
            let key = language.map { "languages.\($0).cascade" } ?? "cascade"
            do throws(Problem) {
                let read = try HugoCascade(
                    entry.value, file: entry.file ?? table.path, line: entry.line, language: language)
                cascade = cascade.inheriting(read)
            } catch {
                throw ConfigurationError(path: error.path, line: error.line, key: key, reason: error.reason)
            }
        }
        if let table = try config.subtable("languages") {
            for language in languages {
                guard let entry = table.table.entries.first(where: { $0.key.lowercased() == language.key }),
                    case .table = entry.value, let own = try table.subtable(entry.key)
                else { continue }
                try read(own, language: language.key)
            }
        }
        try read(config, language: nil)
        return cascade
    }

    /// `[outputFormats.RSS] baseName` (the RSS file is `baseName.xml`) and `path`, `[services.rss] limit`
    /// (Hugo 0.111's `rssLimit` before it), where -1, or any number below 1, means every post.
    private static func servedFeeds(_ config: ConfigurationTable) throws(ConfigurationError) -> ServedFeeds {
        var feeds = ServedFeeds()
        let rss = try config.subtable("outputFormats")?.subtable("RSS")
        if let name = try rss?.text("baseName"), !name.isEmpty {
            feeds.rssFileName = name + ".xml"
        }
        if let path = try rss?.text("path"), !path.isEmpty { feeds.rssFolder = path }
        var limit = try config.subtable("services")?.subtable("rss")?.integer("limit")
        if limit == nil { limit = try config.integer("rssLimit") }
        feeds.limit = limit.map { $0 < 1 ? Int.max : $0 }
        // Kinds of pages the site has no feeds for: none of them (`disableKinds`), or none in RSS (`[outputs]`).
        let disabled = Set(((try? config.strings("disableKinds")) ?? []).map { $0.lowercased() })
        let outputs = try config.subtable("outputs")
        func serves(_ kind: String) -> Bool? {
            if disabled.contains(kind) { return false }
            return (try? outputs?.strings(kind))?.map { formats in formats.contains { $0.lowercased() == "rss" } }
        }
        feeds.sectionFeeds = serves("section")
        feeds.termFeeds = serves("term")
        feeds.taxonomyListFeeds = serves("taxonomy")
        return feeds
    }

    /// `[[module.mounts]]` whose target is `content`: each is the content folder of its
    /// language (`lang`, or Hugo 0.153's `sites.matrix.languages`), or the site's when it names
    /// none, in place of `contentDir`. Other shapes are warned about.
    private static func mountContent(_ config: ConfigurationTable, into site: inout SiteConfiguration) {
        guard let module = try? config.subtable("module"), case .array(let mounts)? = module.table["mounts"] else {
            return
        }
        var mounted = Set<String>()
        func warn(_ reason: String) { site.warnings.append(module.warning("mounts", reason)) }
        for case .table(let mount) in mounts {
            guard let target = mount["target"]?.scalarText, target == "content" || target.hasPrefix("content/"),
                let source = mount["source"]?.scalarText
            else { continue }
            guard target == "content" else {
                warn("a content mount at \(target) is not read; only target = \"content\" is")
                continue
            }
            if ["files", "includefiles", "excludefiles"].contains(where: { mount[$0] != nil }) {
                warn("the files of the mount of \(source) are not filtered; every post in it is read")
            }
            let folder = source.hasPrefix("/") ? source : site.rootDirectory.appendingPathComponent(source)
            var language = mount["lang"]?.scalarText
            if case .table(let sites)? = mount["sites"], case .table(let matrix)? = sites["matrix"],
                case .array(let names)? = matrix["languages"]
            {
                language = names.first?.scalarText
            }
            let key = language?.lowercased() ?? ""
            guard mounted.insert(key).inserted else {
                warn("only the first content mount of \(language ?? "the site") is read; \(source) is left out")
                continue
            }
            if let index = site.languages.firstIndex(where: { $0.key == key }) {
                site.languages[index].contentDirectory = folder
            } else if let language {
                warn("\(source) is mounted for the language '\(language)', which the site does not have")
            } else {
                site.contentDirectory = folder
            }
        }
    }

    /// `[frontmatter]`: where each date comes from.
    private static func dateSources(_ config: ConfigurationTable, warnings: inout [Problem]) -> HugoDateSources {
        let table = try? config.subtable("frontmatter")
        // A single name is a list of one, as Hugo's `cast.ToStringSlice` reads it.
        func sources(_ key: String) -> [String]? {
            if let name = try? table?.text(key) { return [name] }
            return (try? table?.strings(key)) ?? nil
        }
        return HugoDateSources(
            date: sources("date"), publishDate: sources("publishDate"), lastmod: sources("lastmod"),
            expiryDate: sources("expiryDate"))
    }

    /// With `enableGitInfo`, the history of the site's work tree, where a date's sources name
    /// `:git`. Hugo stops where there is none; Herald warns and takes each date from its next source.
    private static func gitHistory(
        _ config: ConfigurationTable, dateSources: HugoDateSources, site: SiteConfiguration, warnings: inout [Problem]
    ) -> GitHistory? {
        guard (try? config.bool("enableGitInfo")) == true, dateSources.readsGit else { return nil }
        do {
            return try GitHistory(workTreeOf: site.rootDirectory)
        } catch {
            warnings.append(
                config.warning(
                    "enableGitInfo",
                    "Git dates (:git in [frontmatter]) are not read, and each comes from the next source in its list: \(error.reason)"
                ))
            return nil
        }
    }

    /// `[taxonomies]`, which replaces Hugo's two (tags, categories) with the ones it names, in its order.
    private static func taxonomies(_ config: ConfigurationTable, warnings: inout [Problem]) -> [SiteTaxonomy] {
        guard config.table["taxonomies"] != nil else { return SiteTaxonomy.defaults }
        guard let table = try? config.subtable("taxonomies") else {
            warnings.append(
                config.warning(
                    "taxonomies", "expected a table such as tag = \"tags\"; read as Hugo's tags and categories"))
            return SiteTaxonomy.defaults
        }
        var taxonomies: [SiteTaxonomy] = []
        for entry in table.table.entries {
            guard case .string(let plural) = entry.value, !plural.isEmpty else {
                warnings.append(table.warning(entry.key, "expected the taxonomy's plural name; it gets no feeds"))
                continue
            }
            taxonomies.append(SiteTaxonomy(singular: entry.key.lowercased(), plural: plural.lowercased()))
        }
        return taxonomies
    }

    /// `[languages.fr]` tables, less the disabled ones, in Hugo's order (by weight, a weight of
    /// 0 last, then by key); the default language is always one of them.
    private static func languages(_ config: ConfigurationTable, of site: SiteConfiguration) throws(ConfigurationError)
        -> [SiteLanguage]
    {
        let disabled = Set(try config.strings("disableLanguages")?.map { $0.lowercased() } ?? [])
        var languages: [SiteLanguage] = []
        if let table = try config.subtable("languages") {
            for entry in table.table.entries {
                guard case .table = entry.value, let language = try table.subtable(entry.key) else { continue }
                let key = entry.key.lowercased()
                let isDisabled = try language.bool("disabled") ?? false
                if disabled.contains(key) || isDisabled { continue }
                let code = try language.text("languageCode")
                let locale = try language.text("locale")
                var entry = SiteLanguage(
                    key: key, code: code ?? locale, title: try language.text("title"),
                    weight: try language.integer("weight") ?? 0)
                if let folder = try language.text("contentDir"), !folder.isEmpty {
                    entry.contentDirectory =
                        folder.hasPrefix("/") ? folder : site.rootDirectory.appendingPathComponent(folder)
                }
                languages.append(entry)
            }
        }
        if !languages.contains(where: { $0.key == site.defaultLanguage }) {
            languages.append(SiteLanguage(key: site.defaultLanguage, code: site.languageCode))
        }
        return languages.sorted { left, right in
            if left.weight != right.weight {
                return right.weight == 0 || (left.weight != 0 && left.weight < right.weight)
            }
            return left.key < right.key
        }
    }

    /// The patterns of regular pages by section: `[permalinks] posts = '…'` (Hugo's older form,
    /// for pages and terms alike) and `[permalinks.page] posts = '…'`, which wins. The tables
    /// for sections, taxonomies and terms are for list pages, which are not posts.
    private static func pagePermalinks(_ config: ConfigurationTable, warnings: inout [Problem])
        throws(ConfigurationError)
        -> [String: String]
    {
        guard let value = config.table["permalinks"] else { return [:] }
        guard case .table(let table) = value else {
            warnings.append(
                config.warning(
                    "permalinks", "this form is not read; posts get Hugo's default paths (write [permalinks.page])"))
            return [:]
        }
        var patterns: [String: String] = [:]
        var pagePatterns: [String: String] = [:]
        for entry in table.entries {
            switch entry.value {
            case .string(let pattern): patterns[entry.key.lowercased()] = pattern
            case .table(let kind) where entry.key.lowercased() == "page":
                for page in kind.entries {
                    if case .string(let pattern) = page.value { pagePatterns[page.key.lowercased()] = pattern }
                }
            case .table: continue
            default:
                throw ConfigurationError(
                    path: entry.file ?? config.path, line: entry.line, key: "permalinks.\(entry.key)",
                    reason: "expected a pattern such as \"/:year/:month/:slug/\", found \(entry.value.typeName)")
            }
        }
        return patterns.merging(pagePatterns) { _, page in page }
    }

    /// `uglyURLs = true`, or a table of sections (`[uglyURLs] posts = true`).
    private static func uglyURLs(_ config: ConfigurationTable, warnings: inout [Problem]) throws(ConfigurationError)
        -> UglyURLs
    {
        switch config.table["uglyURLs"] {
        case nil, .null: return UglyURLs()
        case .bool(let flag): return UglyURLs(everywhere: flag)
        case .string(let text): return UglyURLs(everywhere: text.lowercased() == "true")
        case .table(let table):
            var sections: [String: Bool] = [:]
            for entry in table.entries {
                guard case .bool(let flag) = entry.value else {
                    throw ConfigurationError(
                        path: entry.file ?? config.path, line: entry.line, key: "uglyURLs.\(entry.key)",
                        reason: "expected true or false, found \(entry.value.typeName)")
                }
                sections[entry.key.lowercased()] = flag
            }
            return UglyURLs(sections: sections)
        case .some:
            warnings.append(config.warning("uglyURLs", "expected true, false or a table of sections; read as false"))
            return UglyURLs()
        }
    }

    /// `author = "Name"`, `[author] name = "Name"`, or a list of either (`[[author]]`), as themes
    /// read it: the first name.
    private static func author(in table: ConfigurationTable?, warnings: inout [Problem]) -> String? {
        guard let table, let value = table.table["author"] else { return nil }
        func name(_ value: MetadataValue) -> String? {
            switch value {
            case .table(let inner): inner["name"]?.scalarText
            default: value.scalarText
            }
        }
        let found =
            if case .array(let items) = value { items.lazy.compactMap(name).first } else { name(value) }
        guard let found else {
            warnings.append(table.warning("author", "no name found in it; feeds name no site author"))
            return nil
        }
        return found
    }

    static func timeZone(_ name: String, config: ConfigurationTable, key: String) throws(ConfigurationError) -> TimeZone
    {
        guard let zone = TimeZone(identifier: name) else {
            throw config.error(key, "unknown timezone '\(name)'; use an IANA name such as Europe/Berlin or UTC")
        }
        return zone
    }

    /// Ensures exactly one trailing slash, so joining with a path never doubles or drops one.
    static func normalizedBaseURL(_ text: String) -> String {
        text.hasSuffix("/") ? text : text + "/"
    }
}
