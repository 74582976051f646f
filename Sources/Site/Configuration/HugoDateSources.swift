/// Where each of a Hugo post's four dates comes from, first found first: Hugo's
/// `[frontmatter]`, with `:default` expanded and each key's aliases after it, as Hugo's
/// `DecodeFrontMatterConfig` makes it. A source is a front matter key (lowercased) or a token:
/// `:filename` (the date a file name starts with), `:filemodtime` (the file's modification
/// time) or `:git` (the author date of the file's last commit, with `enableGitInfo`).
public struct HugoDateSources: Sendable, Equatable {
    public let date: [String]
    public let publishDate: [String]
    public let lastmod: [String]
    public let expiryDate: [String]
    /// Whether a date comes from the file itself (`:filename`, `:filemodtime`), not only its
    /// front matter: known once, as every post asks.
    public let readsFile: Bool
    /// Whether a date may come from Git (`:git`).
    public let readsGit: Bool

    public static let fileName = ":filename"
    public static let fileModificationTime = ":filemodtime"
    public static let git = ":git"

    private static let defaultDate = ["date", "publishdate", "lastmod"]
    private static let defaultPublishDate = ["publishdate", "date"]
    private static let defaultLastmod = [git, "lastmod", "date", "publishdate"]
    private static let defaultExpiryDate = ["expirydate"]
    private static let aliases = [
        "expirydate": ["unpublishdate"], "lastmod": ["modified"], "publishdate": ["pubdate", "published"],
    ]

    public static let defaults = HugoDateSources(
        date: defaultDate, publishDate: defaultPublishDate, lastmod: defaultLastmod, expiryDate: defaultExpiryDate)

    /// - Parameters: each a `[frontmatter]` list, nil where the configuration sets none.
    public init(date: [String]?, publishDate: [String]?, lastmod: [String]?, expiryDate: [String]?) {
        func expanded(_ sources: [String]?, _ defaults: [String]) -> [String] {
            var result: [String] = []
            for source in (sources ?? defaults).map({ $0.lowercased() }) {
                for name in source == ":default" ? defaults : [source] {
                    for item in [name] + (Self.aliases[name] ?? []) where !result.contains(item) { result.append(item) }
                }
            }
            return result
        }
        self.date = expanded(date, Self.defaultDate)
        self.publishDate = expanded(publishDate, Self.defaultPublishDate)
        self.lastmod = expanded(lastmod, Self.defaultLastmod)
        self.expiryDate = expanded(expiryDate, Self.defaultExpiryDate)
        let all = [self.date, self.publishDate, self.lastmod, self.expiryDate].joined()
        readsFile = all.contains { $0 == Self.fileName || $0 == Self.fileModificationTime }
        readsGit = all.contains(Self.git)
    }

    var fingerprint: String {
        [date, publishDate, lastmod, expiryDate].map { $0.joined(separator: ",") }.joined(separator: ";")
    }
}
