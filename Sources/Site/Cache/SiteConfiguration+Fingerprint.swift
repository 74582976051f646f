extension SiteConfiguration {
    /// A digest of everything that changes how a post file is read: Herald's version, the
    /// generator, address, timezone, folders, permalink patterns (sorted), URL options, and a
    /// Jekyll site's post extensions, excerpt separator and the files its defaults and authors
    /// come from, the site's author (a Jekyll post without one may be given it), what the
    /// configuration cascades, and the commit Git dates come from.
    public var readingFingerprint: UInt64 {
        let parts: [String] = [
            Version.herald, generator.rawValue, baseURL, timeZone.identifier, contentDirectory,
            rootDirectory,
            permalinks.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","),
            "\(uglyURLs.fingerprint)\(disablePathToLower)\(removePathAccents)\(maxPostBytes)",
            languages.map(\.key).joined(separator: ","), defaultLanguage, "\(defaultLanguageInSubdir)",
            jekyll.extensions.joined(separator: ","), jekyll.excerptSeparator, String(jekyll.sourceDigest),
            author ?? "-", taxonomies.map { "\($0.singular)=\($0.plural)" }.joined(separator: ","),
            dateSources.fingerprint, contentLanguage ?? "-",
            languages.map { $0.contentDirectory ?? "-" }.joined(separator: ","), cascade.description, environment,
            "\(pluralizesListTitles)\(capitalizesListTitles)\(titleCaseStyle.rawValue)", gitHistory?.revision ?? "-",
        ]
        return FNV1a.hash(parts.joined(separator: "\u{0}"))
    }
}
