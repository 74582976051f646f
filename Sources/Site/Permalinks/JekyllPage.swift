/// The address Jekyll gives a page or a static file of a site, by its path from the site's
/// folder, as `{% link %}` finds it: a page (a file with YAML front matter) at its own
/// `permalink`, else at Jekyll's `Page#template` (`/:path/:basename:output_ext`, `/:path/` for
/// an index, the site's permalink style's ending for HTML); a static file at its path.
enum JekyllPage {
    /// Nil when the site has no such file.
    static func url(of path: String, in site: SiteConfiguration) -> String? {
        guard !path.isEmpty, !path.split(separator: "/").contains(".."),
            let bytes = FileBytes.read(site.rootDirectory + "/" + path)
        else { return nil }
        guard let frontMatter = bytes.withUnsafeBytes(FrontMatter.jekyllTable) else { return "/" + path }
        if let permalink = frontMatter["permalink"]?.scalarText, !permalink.isEmpty {
            return permalink.hasPrefix("/") ? permalink : "/" + permalink
        }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let folder = String(path.dropLast(name.count))
        let dot = name.lastIndex(of: ".")
        let baseName = dot.map { String(name[..<$0]) } ?? name
        let ext = dot.map { String(name[$0...]).lowercased() } ?? ""
        if let collection = collection(of: path, in: site) {
            // `/:collection/:path/`: the path inside the collection's folder, without extension.
            let inside = String(path.dropFirst(collection.count + 2).dropLast(ext.count))
            let slug = JekyllPermalink.slugify(baseName, mode: .default)
            let url = permalink(of: collection, in: site)
                .replacingOccurrences(of: ":collection", with: collection).replacingOccurrences(
                    of: ":path", with: inside
                )
                .replacingOccurrences(of: ":output_ext", with: ".html").replacingOccurrences(of: ":name", with: slug)
                .replacingOccurrences(of: ":title", with: slug).replacingOccurrences(of: ":slug", with: slug)
            return "/" + url.split(separator: "/", omittingEmptySubsequences: true).joined(separator: "/")
                + (url.hasSuffix("/") ? "/" : "")
        }
        let converted = site.jekyll.extensions.contains(String(ext.dropFirst()))
        let outputExtension = converted ? ".html" : ext
        let start = "/" + folder
        guard outputExtension == ".html" else { return start + baseName + outputExtension }
        if baseName == "index" { return start }
        let ending = JekyllPermalink.suffix(ofStyle: style(of: site))
        return start + baseName + (ending == ":output_ext" ? ".html" : ending)
    }

    private static func style(of site: SiteConfiguration) -> String {
        site.jekyll.configuration["permalink"]?.scalarText ?? "date"
    }

    /// The collection (of `collections:`, `posts` aside) whose folder the file is in.
    private static func collection(of path: String, in site: SiteConfiguration) -> String? {
        guard path.hasPrefix("_"), let slash = path.firstIndex(of: "/") else { return nil }
        let name = String(path[path.index(after: path.startIndex)..<slash])
        switch site.jekyll.configuration["collections"] {
        case .table(let table) where table[name] != nil && name != "posts": return name
        case .array(let names) where names.contains(.string(name)) && name != "posts": return name
        default: return nil
        }
    }

    /// `Collection#url_template`: its `permalink`, else `/:collection/:path` and the style's ending.
    private static func permalink(of collection: String, in site: SiteConfiguration) -> String {
        if case .table(let table) = site.jekyll.configuration["collections"],
            case .table(let options) = table[collection], let own = options["permalink"]?.scalarText
        {
            return own
        }
        return "/:collection/:path" + JekyllPermalink.suffix(ofStyle: style(of: site))
    }
}
