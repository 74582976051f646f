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

    /// The language named `key`, or the default one.
    public func language(_ key: String) -> SiteLanguage {
        languages.first { $0.key == key } ?? SiteLanguage(key: key)
    }
}
