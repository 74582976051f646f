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
    /// Where the site's state lives (the ledger, the lock, the scan cache): `[announce] state`,
    /// else systemd's `$STATE_DIRECTORY`, else `$XDG_STATE_HOME/herald/NAME`.
    public var stateDirectory: String

    static let tables = ["site", "feeds", "announce", "targets"]

    /// Reads a definition file; an unknown table or key is an error naming the file and line.
    public static func load(configFile path: String) throws(ConfigurationError) -> SiteDefinition {
        let file = ConfigurationTable(path: path, table: try MetadataFile.read(path))
        try file.rejectUnknownKeys(tables)
        guard let section = try file.subtable("site") else {
            throw ConfigurationError(path: path, reason: "no [site] table; see docs/configuration.md")
        }
        let base = path.parentPath
        let name = Self.name(of: path)
        let announce = try file.subtable("announce")
        let state = try announce?.string("state").map { base.appendingPathComponent($0) }
        return SiteDefinition(
            site: try SiteConfiguration.load(section, folder: base), feeds: try file.subtable("feeds"),
            announce: announce, targets: try file.tables("targets"), name: name, folder: base,
            stateDirectory: state ?? Self.defaultStateDirectory(name: name, definitionFolder: base))
    }

    /// systemd's `$STATE_DIRECTORY` when it is set (`StateDirectory=herald/%i`); for a
    /// definition in /etc/herald/feeds, the same /var/lib/herald/NAME the unit uses, so an
    /// administrator's `herald status` reads the timer's ledger; else the XDG state folder.
    static func defaultStateDirectory(
        name: String, definitionFolder: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> String {
        if let state = environment["STATE_DIRECTORY"]?.split(separator: ":").first { return String(state) }
        if definitionFolder == "/etc/herald/feeds" { return "/var/lib/herald/" + name }
        let base =
            environment["XDG_STATE_HOME"]
            ?? (environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".local/state")
        return base.appendingPathComponent("herald/\(name)")
    }

    private static func name(of path: String) -> String {
        let file = (path as NSString).lastPathComponent
        return file.hasSuffix(".toml") ? String(file.dropLast(5)) : file
    }

    /// Reads a Hugo or Jekyll site root as it is, with Herald's defaults for everything else.
    public static func detect(siteRoot: String) throws(ConfigurationError) -> SiteDefinition {
        let site = try SiteConfiguration.detect(siteRoot: siteRoot)
        let name = Self.name(of: site.rootDirectory)
        return SiteDefinition(
            site: site, name: name, folder: site.rootDirectory, stateDirectory: Self.defaultStateDirectory(name: name))
    }
}
