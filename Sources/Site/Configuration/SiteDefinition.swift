import Foundation

/// One of Herald's site definitions (a TOML file such as `feeds/example.toml`), or a site root
/// read directly: the site, and the other tables of the file for the modules they configure.
public struct SiteDefinition: Sendable {
    public var site: SiteConfiguration
    /// The `[feeds]` table, read by the Feeds module.
    public var feeds: ConfigurationTable?
    /// The definition's own folder, which relative paths in it start from; the site root when
    /// there is no definition file.
    public var folder: String

    static let tables = ["site", "feeds"]

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
            site: try SiteConfiguration.load(section, folder: base), feeds: try file.subtable("feeds"), folder: base)
    }

    /// Reads a Hugo or Jekyll site root as it is, with Herald's defaults for everything else.
    public static func detect(siteRoot: String) throws(ConfigurationError) -> SiteDefinition {
        let site = try SiteConfiguration.detect(siteRoot: siteRoot)
        return SiteDefinition(site: site, feeds: nil, folder: site.rootDirectory)
    }
}
