import Foundation

extension SiteConfiguration {
    /// Hugo's layout folders: the site's, then each theme's (`theme`, in `themesDir`).
    static func layoutFolders(_ config: ConfigurationTable, siteRoot: String) throws(ConfigurationError) -> [String] {
        let themes = try config.strings("theme") ?? []
        let themesFolder = siteRoot.appendingPathComponent(try config.text("themesDir") ?? "themes")
        return [siteRoot + "/layouts"] + themes.map { themesFolder + "/" + $0 + "/layouts" }
    }

    /// Whether the site's Markdown links to content files (`[x](../other/index.md)`) reach
    /// their pages: a `render-link.html` hook that looks pages up, the first one Hugo finds in
    /// the layout folders, or Hugo's own (`renderHooks.link.enableDefault`, Hugo 0.123).
    static func linksReachPages(layoutFolders: [String], goldmark: ConfigurationTable?) throws(ConfigurationError)
        -> Bool
    {
        let hook = layoutFolders.lazy.compactMap {
            FileManager.default.contents(atPath: $0 + "/_default/_markup/render-link.html")
        }.first
        if let hook { return String(decoding: hook, as: UTF8.self).contains("GetPage") }
        return try goldmark?.subtable("renderHooks")?.subtable("link")?.bool("enableDefault") ?? false
    }
}
