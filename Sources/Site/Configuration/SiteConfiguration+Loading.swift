import Foundation

extension SiteConfiguration {
    /// Reads a site root directly, deciding from what is there whether it is a Hugo or a Jekyll site.
    /// - Parameters:
    ///   - files: for a Hugo site, the configuration files to read instead of `hugo.toml`.
    ///   - environment: for a Hugo site, Hugo's `--environment`; `$HUGO_ENVIRONMENT`, else production.
    public static func detect(
        siteRoot: String, files: [String]? = nil,
        environment: String = ProcessInfo.processInfo.environment["HUGO_ENVIRONMENT"]
            ?? HugoConfiguration.defaultEnvironment
    ) throws(ConfigurationError) -> SiteConfiguration {
        let root = siteRoot.hasSuffix("/") && siteRoot.count > 1 ? String(siteRoot.dropLast()) : siteRoot
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ConfigurationError(
                path: root, reason: "no such folder; --site takes the root folder of a Hugo or Jekyll site")
        }
        if files != nil || HugoConfiguration.exists(at: root, environment: environment) {
            return try hugo(siteRoot: root, files: files, environment: environment)
        }
        if ["_config.yml", "_posts"].contains(where: { FileManager.default.fileExists(atPath: root + "/" + $0) }) {
            return try jekyll(siteRoot: root)
        }
        throw ConfigurationError(
            path: root,
            reason:
                "neither a Hugo site (no hugo.toml, config.toml or config/_default/) nor a Jekyll site (no _config.yml or _posts/)"
        )
    }

    static let siteKeys = [
        "source", "config", "environment", "generator", "title", "base_url", "language", "timezone", "author",
        "content", "permalinks", "sections", "raw_html", "rendering", "rendering_file", "max_post_bytes",
    ]

    /// Reads the `[site]` table of one of Herald's site definitions. Paths in it are relative
    /// to `folder`, the definition's own folder.
    static func load(_ section: ConfigurationTable, folder: String) throws(ConfigurationError) -> SiteConfiguration {
        try section.rejectUnknownKeys(siteKeys)
        var site: SiteConfiguration
        if let source = try section.string("source") {
            let root = folder.appendingPathComponent(source)
            let files = try section.strings("config")
            let environment = try section.string("environment")
            do {
                site =
                    if let environment {
                        try detect(siteRoot: root, files: files, environment: environment)
                    } else {
                        try detect(siteRoot: root, files: files)
                    }
            } catch  where error.path != root {
                // The generator's own file is at fault: its place says more than the definition's.
                throw error
            } catch {
                throw section.error("source", error.reason)
            }
        } else {
            guard let content = try section.string("content") else {
                throw ConfigurationError(
                    path: section.path, key: "site",
                    reason:
                        "say where the posts are: source = \"SITE ROOT\" (a Hugo or Jekyll site) or content = \"FOLDER\""
                )
            }
            site = SiteConfiguration(rootDirectory: folder, contentDirectory: folder.appendingPathComponent(content))
            site.publishDirectory = folder.appendingPathComponent("public")
            if let name = try section.string("generator") {
                guard let generator = Generator(rawValue: name) else {
                    throw section.error("generator", "expected \"hugo\" or \"jekyll\", found \"\(name)\"")
                }
                site.generator = generator
            }
            if site.generator == .jekyll { site.permalinks = ["": "date"] }
        }
        try site.apply(section)
        guard site.hasAbsoluteBaseURL else {
            throw section.error(
                "base_url",
                "the site needs an absolute address such as https://blog.example.org/ (found '\(site.baseURL)')")
        }
        return site
    }

    /// `http(s)://` and a host, with no query, fragment or blank: every link is made by
    /// appending a path to it.
    var hasAbsoluteBaseURL: Bool {
        guard baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://"),
            let components = URLComponents(string: baseURL), let host = components.host, !host.isEmpty
        else { return false }
        return components.query == nil && components.fragment == nil
            && !baseURL.unicodeScalars.contains { $0.properties.isWhitespace || $0.value < 0x20 }
    }

    /// Feeds and announcements need absolute links: a site read with `--site` whose generator
    /// configuration has no absolute address (Jekyll's `url` is often set only in production)
    /// cannot have them.
    public func requireAbsoluteBaseURL() throws(ConfigurationError) {
        guard !hasAbsoluteBaseURL else { return }
        let key = generator == .hugo ? "baseURL" : "url"
        let place = baseURLPlace ?? SettingPlace(path: rootDirectory, line: 0, key: key)
        throw place.error(
            "feeds and announcements need the site's absolute address, such as https://blog.example.org/ (found '\(baseURL)'); set \(key) in the site's configuration or base_url in a site definition"
        )
    }

    /// Lets a Herald site definition override what the generator's own configuration says.
    private mutating func apply(_ section: ConfigurationTable) throws(ConfigurationError) {
        if let content = try section.string("content"), try section.string("source") != nil {
            contentDirectory = rootDirectory.appendingPathComponent(content)
        }
        if let title = try section.string("title") { self.title = title }
        if let address = try section.string("base_url") { baseURL = Self.normalizedBaseURL(address) }
        if let language = try section.string("language") { languageCode = language }
        if let zone = try section.string("timezone") {
            timeZone = try Self.timeZone(zone, config: section, key: "timezone")
        }
        if let author = try section.string("author") { self.author = author }
        if let patterns = try section.stringTable("permalinks") {
            permalinks.merge(patterns) { $1 }
            if generator == .jekyll, let pattern = permalinks[""], JekyllPermalink.styles[pattern] == nil {
                try Self.check(pattern, in: section, key: "permalinks")
            }
        }
        if let sections = try section.strings("sections") {
            self.sections = sections
            sectionsPlace = section.place(of: "sections")
        }
        if let rawHTML = try section.bool("raw_html") { markdown.allowsRawHTML = rawHTML }
        let file = try section.string("rendering_file").map { section.path.parentPath.appendingPathComponent($0) }
        switch try section.string("rendering") {
        case nil:
            if let file { rendering = .generator(file: file) }
        case "herald":
            rendering = .herald
        case "generator":
            rendering = .generator(file: file ?? Rendering.generatorFile(publishDirectory: publishDirectory))
        case let other?:
            throw section.error(
                "rendering",
                "expected \"herald\" (Herald renders the Markdown) or \"generator\" (the generator's own rendering), found \"\(other)\""
            )
        }
        if let limit = try section.integer("max_post_bytes") {
            guard limit > 0 else { throw section.error("max_post_bytes", "must be a positive number of bytes") }
            maxPostBytes = limit
        }
    }
}

extension SiteConfiguration {
    /// `path` as messages name it: from the site's root when it is inside it.
    func shownPath(_ path: String) -> String {
        path.hasPrefix(rootDirectory + "/") ? String(path.dropFirst(rootDirectory.count + 1)) : path
    }
}
