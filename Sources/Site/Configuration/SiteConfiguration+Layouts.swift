import Foundation

extension SiteConfiguration {
    /// The folders Hugo finds layouts and translations in: the site's root, then each theme's
    /// (`theme`, in `themesDir`).
    static func themeFolders(_ config: ConfigurationTable, siteRoot: String) throws(ConfigurationError) -> [String] {
        let themes = try config.strings("theme") ?? []
        let themesFolder = siteRoot.appendingPathComponent(try config.text("themesDir") ?? "themes")
        return [siteRoot] + themes.map { themesFolder + "/" + $0 }
    }

    /// Whether the site's Markdown links to content files (`[x](../other/index.md)`) reach
    /// their pages: a `render-link.html` hook that looks pages up, the first one Hugo finds in
    /// the theme folders, or Hugo's own (`renderHooks.link.enableDefault`, Hugo 0.123).
    static func linksReachPages(themeFolders: [String], goldmark: ConfigurationTable?) throws(ConfigurationError)
        -> Bool
    {
        let hook = themeFolders.lazy.compactMap {
            FileManager.default.contents(atPath: $0 + "/layouts/_default/_markup/render-link.html")
        }.first
        if let hook { return String(decoding: hook, as: UTF8.self).contains("GetPage") }
        return try goldmark?.subtable("renderHooks")?.subtable("link")?.bool("enableDefault") ?? false
    }
}
