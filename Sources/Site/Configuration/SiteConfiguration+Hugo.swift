import Foundation

extension SiteConfiguration {
    /// The names Hugo 0.111 looks for at a site root, in its order of preference.
    static let hugoConfigNames = [
        "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json",
    ]

    /// Reads a Hugo site root's configuration. Hugo's many other keys are left alone; the ones
    /// Herald reads must have the right type.
    public static func hugo(siteRoot: String) throws(ConfigurationError) -> SiteConfiguration {
        guard let name = hugoConfigNames.first(where: { FileManager.default.fileExists(atPath: siteRoot + "/" + $0) })
        else {
            throw ConfigurationError(
                path: siteRoot,
                reason: "no Hugo configuration here (looked for \(hugoConfigNames.joined(separator: ", ")))")
        }
        let path = siteRoot + "/" + name
        let config = ConfigurationTable(path: path, table: try MetadataFile.read(path))
        let contentDirectory = try config.string("contentDir") ?? "content"
        var site = SiteConfiguration(
            rootDirectory: siteRoot, contentDirectory: siteRoot.appendingPathComponent(contentDirectory))
        site.generator = .hugo
        site.publishDirectory = siteRoot.appendingPathComponent(try config.string("publishDir") ?? "public")
        site.title = try config.string("title") ?? ""
        site.baseURL = normalizedBaseURL(try config.string("baseURL") ?? "/")
        site.languageCode = try config.string("languageCode")
        if let zone = try config.string("timeZone") {
            site.timeZone = try timeZone(zone, config: config, key: "timeZone")
        }
        site.permalinks = try config.stringTable("permalinks") ?? [:]
        site.uglyURLs = try config.bool("uglyURLs") ?? false
        site.disablePathToLower = try config.bool("disablePathToLower") ?? false
        site.removePathAccents = try config.bool("removePathAccents") ?? false
        site.summaryLength = try config.integer("summaryLength") ?? 70
        site.publishesFuture = try config.bool("buildFuture") ?? false
        site.publishesExpired = try config.bool("buildExpired") ?? false
        let params = try config.subtable("params")
        site.author = try author(in: params)
        if site.author == nil { site.author = try author(in: config) }
        site.sections = try params?.strings("mainSections") ?? []
        let renderer = try config.subtable("markup")?.subtable("goldmark")?.subtable("renderer")
        site.allowsRawHTML = try renderer?.bool("unsafe") ?? false
        return site
    }

    /// `author = "Name"` or `[author] name = "Name"`, as themes read it.
    private static func author(in table: ConfigurationTable?) throws(ConfigurationError) -> String? {
        guard let table, let value = table.table["author"] else { return nil }
        if case .table = value { return try table.subtable("author")?.string("name") }
        return try table.string("author")
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
