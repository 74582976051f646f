extension SiteConfiguration {
    /// The languages a file name may name (`post.fr.md`); empty for a site of one language, so
    /// its files are read as they always were.
    var translationKeys: Set<String> {
        languages.count > 1 ? Set(languages.map(\.key)) : []
    }

    /// The language a file's name (without its extension) ends in, and the name without it:
    /// `about.pt-br.md` → (`pt-br`, `about`); nil at once on a site of one language. Hugo matches
    /// only the site's languages, spelt as they are: `x.de` is a page named `x.de` on a site
    /// without German.
    func translation(of file: ContentFile) -> (language: String, stem: Substring)? {
        guard languages.count > 1 else { return nil }
        let stem = file.stem
        guard let dot = stem.utf8.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        let language = String(stem[stem.index(after: dot)...])
        return languages.contains { $0.key == language } ? (language, stem[..<dot]) : nil
    }

    /// What a post's permalink starts with after the base address: `fr/` for a language other
    /// than the default, and for the default too with `defaultContentLanguageInSubdir`.
    public func pathPrefix(of language: String) -> String {
        language != defaultLanguage || defaultLanguageInSubdir ? language + "/" : ""
    }

    /// The content folders a scan reads, each as the site that reads it: the site's own (for
    /// the languages without a folder of their own, by file name), then each language's own
    /// `contentDir`, whose posts are in that language (by file name when languages share it).
    var contentRoots: [SiteConfiguration] {
        let own = languages.filter { $0.contentDirectory != nil && $0.contentDirectory != contentDirectory }
        guard !own.isEmpty else { return [self] }
        var roots = own.count < languages.count ? [self] : []
        var seen = Set<String>()
        for language in own {
            guard let folder = language.contentDirectory, seen.insert(folder).inserted else { continue }
            var root = self
            root.contentDirectory = folder
            root.contentLanguage = own.count { $0.contentDirectory == folder } == 1 ? language.key : nil
            roots.append(root)
        }
        return roots
    }

    /// The languages' own content folders inside this one, relative to it: they are not read
    /// as part of it.
    var nestedContentFolders: Set<String> {
        let prefix = contentDirectory + "/"
        return Set(
            languages.compactMap { $0.contentDirectory }.filter { $0.hasPrefix(prefix) }.map {
                String($0.dropFirst(prefix.count))
            })
    }

    /// The folder a post's `contentPath` starts from: its language's own `contentDir`, else the site's.
    public func contentDirectory(of post: Post) -> String {
        languages.first { $0.key == post.language }?.contentDirectory ?? contentDirectory
    }

    /// What links a post to its translations, as Hugo links them: its `translationKey`, else its
    /// path without the language and the extension (`posts/a` of `posts/a.fr.md`), or the
    /// bundle's folder (`posts/trip` of `posts/trip/index.fr.md`).
    public func translationKey(of post: Post) -> String {
        if let key = post.translationKey { return "key:" + key }
        let folder = post.contentPath.split(separator: "/").dropLast().joined(separator: "/")
        if post.fileKind == .bundle { return "path:" + folder }
        let file = ContentFile(
            root: contentDirectory(of: post), relativePath: post.contentPath, sectionCount: post.sectionCount,
            kind: post.fileKind)
        return "path:" + (folder.isEmpty ? "" : folder + "/") + (translation(of: file)?.stem ?? file.stem)
    }

    /// The language named `key`, or the default one.
    public func language(_ key: String) -> SiteLanguage {
        languages.first { $0.key == key } ?? SiteLanguage(key: key)
    }
}
