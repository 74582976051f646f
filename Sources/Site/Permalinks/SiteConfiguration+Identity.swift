extension SiteConfiguration {
    /// A post's feed id: a front matter `id` or `guid` wins, else the permalink. An id that is
    /// not an absolute IRI (`id: 1234`, as blog imports write) is made one against the site's
    /// address, since Atom ids must be IRIs; it still never changes.
    public func feedID(of post: Post) -> String {
        guard let identifier = post.identifier else { return post.permalink }
        return Self.isAbsoluteIRI(identifier) ? identifier : absoluteURL(path: identifier)
    }

    /// `scheme:` with a scheme of letters, digits, `+`, `-` and `.`, starting with a letter.
    public static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), let first = text.first, first.isASCII, first.isLetter else {
            return false
        }
        return text[..<colon].allSatisfy {
            $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".")
        }
    }

    /// The language as a BCP 47 tag (`en_US` → `en-US`), or nil when it is not one: `xml:lang`
    /// must be valid or the Atom feed is not.
    public var languageTag: String? { Self.tag(languageCode) }

    /// The tag a language's feeds declare: its `languageCode`, else, on a site of several
    /// languages, its key (`pt-br`); the site's for the default language.
    public func languageTag(of language: SiteLanguage) -> String? {
        if let code = language.code { return Self.tag(code) }
        return language.key == defaultLanguage ? languageTag : Self.tag(language.key)
    }

    private static func tag(_ code: String?) -> String? {
        guard let code = code?.replacingOccurrences(of: "_", with: "-"), !code.isEmpty else { return nil }
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        let valid = parts.allSatisfy {
            (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
        return valid && parts[0].allSatisfy(\.isLetter) ? code : nil
    }
}
