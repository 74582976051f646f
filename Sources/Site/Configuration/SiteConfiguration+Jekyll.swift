import Foundation

extension SiteConfiguration {
    /// Reads a Jekyll site root's `_config.yml`; a site without one gets Jekyll's defaults.
    public static func jekyll(siteRoot: String) throws(ConfigurationError) -> SiteConfiguration {
        var site = SiteConfiguration(rootDirectory: siteRoot, contentDirectory: siteRoot)
        site.generator = .jekyll
        site.publishDirectory = siteRoot.appendingPathComponent("_site")
        site.permalinks = ["": "date"]
        let path = siteRoot + "/_config.yml"
        guard FileManager.default.fileExists(atPath: path) else { return site }
        let config = ConfigurationTable(path: path, table: try MetadataFile.read(path))
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
        site.permalinks = ["": try config.string("permalink") ?? "date"]
        site.publishesFuture = try config.bool("future") ?? false
        site.allowsRawHTML = true  // kramdown, Jekyll's renderer, always passes HTML through
        // jekyll-feed's defaults: `/feed.xml` and the newest ten posts.
        let feed = try config.subtable("feed")
        site.servedFeeds = ServedFeeds(
            atomPath: try feed?.text("path") ?? "feed.xml", limit: try feed?.integer("posts_limit") ?? 10)
        if case .table = config.table["author"] {
            site.author = try config.subtable("author")?.string("name")
        } else {
            site.author = try config.string("author")
        }
        return site
    }
}
