extension SiteConfiguration {
    /// The post's permalink: the one the scan built, or built now from what the scan kept.
    public func permalink(of post: Post) -> String {
        guard post.permalink.isEmpty else { return post.permalink }
        let file = ContentFile(
            root: contentDirectory(of: post), relativePath: post.contentPath, sectionCount: post.sectionCount,
            kind: post.fileKind)
        switch generator {
        case .hugo: return HugoPermalink(site: self).permalink(for: post, file: file)
        case .jekyll:
            return JekyllPermalink(site: self).addresses(
                for: post,
                file: JekyllFileName(relativePath: post.contentPath, collectionFolder: post.collection.map { "_" + $0 })
            )
            .permalink
        }
    }

    /// A term or section name as Hugo puts it in a path (`Cloud Native` → `cloud-native`),
    /// unescaped, as a folder name on disk.
    public func slug(_ name: String) -> String {
        HugoURL(lowercases: !disablePathToLower, removesAccents: removePathAccents).sanitize(name)
    }

    /// The absolute address of a file or folder Herald writes: `tags/café/` →
    /// `https://site/tags/caf%C3%A9/`. A `#` (from a tag like `C#`) is escaped, so the address
    /// names the folder rather than a fragment.
    public func absoluteURL(path: String) -> String {
        let relative = path.hasPrefix("/") ? String(path.dropFirst()) : path
        return baseURL + HugoURL.escapePath(relative.replacingOccurrences(of: "#", with: "%23"))
    }
}
