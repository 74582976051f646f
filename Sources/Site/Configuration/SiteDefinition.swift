import Foundation

/// One of Herald's site definitions (a TOML file such as `feeds/example.toml`), or a site root
/// read directly: the site, and the other tables of the file for the modules they configure.
public struct SiteDefinition: Sendable {
    public var site: SiteConfiguration
    /// The `[feeds]` table, read by the Feeds module.
    public var feeds: ConfigurationTable?
    /// The `[announce]` table and the `[[targets]]`, read by the Announcer module.
    public var announce: ConfigurationTable?
    public var targets: [ConfigurationTable] = []
    /// A name for the site's state (its ledger): the definition's file name without `.toml`,
    /// or the site folder's name.
    public var name: String
    /// The definition's own folder, which relative paths in it start from; the site root when
    /// there is no definition file.
    public var folder: String

    static let tables = ["site", "feeds", "announce", "targets"]

    /// Reads a definition file; an unknown table or key is an error naming the file and line.
    public static func load(configFile path: String) throws(ConfigurationError) -> SiteDefinition {
        let file = ConfigurationTable(path: path, table: try MetadataFile.read(path))
        try file.rejectUnknownKeys(tables)
        guard let section = try file.subtable("site") else {
            throw ConfigurationError(path: path, reason: "no [site] table; see docs/configuration.md")
        }
        let folder = (path as NSString).deletingLastPathComponent
        let base = folder.isEmpty ? "." : folder
        return SiteDefinition(
            site: try SiteConfiguration.load(section, folder: base), feeds: try file.subtable("feeds"),
            announce: try file.subtable("announce"), targets: try file.tables("targets"), name: Self.name(of: path),
            folder: base)
    }

    private static func name(of path: String) -> String {
        let file = (path as NSString).lastPathComponent
        return file.hasSuffix(".toml") ? String(file.dropLast(5)) : file
    }

    /// Reads a Hugo or Jekyll site root as it is, with Herald's defaults for everything else.
    public static func detect(siteRoot: String) throws(ConfigurationError) -> SiteDefinition {
        let site = try SiteConfiguration.detect(siteRoot: siteRoot)
        return SiteDefinition(site: site, name: Self.name(of: site.rootDirectory), folder: site.rootDirectory)
    }
}
