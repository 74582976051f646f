extension SiteConfiguration {
    /// The languages a file name may name (`post.fr.md`); empty for a site of one language, so
    /// its files are read as they always were.
    var translationKeys: Set<String> {
        languages.count > 1 ? Set(languages.map(\.key)) : []
    }

    /// The language a file's name (without its extension) ends in, and the name without it:
    /// `about.pt-br` → (`pt-br`, `about`). Hugo matches only the site's languages, spelt as
    /// they are: `x.de` is a page named `x.de` on a site without German.
    func translation(ofStem stem: Substring) -> (language: String, stem: Substring)? {
        guard languages.count > 1, let dot = stem.lastIndex(of: "."),
            translationKeys.contains(String(stem[stem.index(after: dot)...]))
        else { return nil }
        return (String(stem[stem.index(after: dot)...]), stem[..<dot])
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
