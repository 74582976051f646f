extension SiteConfiguration {
    /// A digest of everything that changes how a post file is read: Herald's version, the
    /// generator, address, timezone, folders, permalink patterns (sorted) and URL options.
    public var readingFingerprint: UInt64 {
        let parts: [String] = [
            Version.herald, generator.rawValue, baseURL, timeZone.identifier, contentDirectory,
            rootDirectory,
            permalinks.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","),
            "\(uglyURLs.fingerprint)\(disablePathToLower)\(removePathAccents)\(maxPostBytes)",
            languages.map(\.key).joined(separator: ","), defaultLanguage, "\(defaultLanguageInSubdir)",
        ]
        return FNV1a.hash(parts.joined(separator: "\u{0}"))
    }
}
