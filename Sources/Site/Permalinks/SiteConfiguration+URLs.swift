extension SiteConfiguration {
    /// A term or section name as Hugo puts it in a path (`Cloud Native` → `cloud-native`),
    /// unescaped, as a folder name on disk.
    public func slug(_ name: String) -> String {
        HugoURL(lowercases: !disablePathToLower, removesAccents: removePathAccents).sanitize(name)
    }

    /// The absolute address of a path inside the site: `tags/café/` → `https://site/tags/caf%C3%A9/`.
    public func absoluteURL(path: String) -> String {
        baseURL + HugoURL.escapePath(path.hasPrefix("/") ? String(path.dropFirst()) : path)
    }
}
