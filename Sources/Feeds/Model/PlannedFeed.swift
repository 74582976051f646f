import Site

/// One feed to write: what it covers, where it goes, and the posts it holds.
public struct PlannedFeed: Sendable {
    public enum Scope: Sendable, Equatable {
        case site
        case section(String)
        case tag(String)
        case category(String)
        /// A term of one of the site's other taxonomies.
        case term(SiteTaxonomy, String)
        /// A taxonomy's terms themselves, by its plural name (`tags`): Hugo's `/tags/index.xml`.
        case taxonomy(String)
        /// The documents of a Jekyll collection (`changes`), or of one of its categories.
        case collection(String, category: String?)

        /// The kind and name of what the feed follows, for messages; nil for the whole site.
        public var term: (kind: String, name: String)? {
            switch self {
            case .site: nil
            case .section(let name): ("section", name)
            case .tag(let name): ("tag", name)
            case .category(let name): ("category", name)
            case .term(let taxonomy, let name): (taxonomy.singular, name)
            case .taxonomy(let plural): ("taxonomy", plural)
            case .collection(let name, let category): category.map { ("category", $0) } ?? ("collection", name)
            }
        }

        /// Where `post` names what the feed follows, for messages: the key listing its terms.
        func line(in post: Post) -> Int {
            switch self {
            case .tag: post.tagsLine
            case .category: post.categoriesLine
            case .term(let taxonomy, _): post.otherTerms[taxonomy.plural]?.line ?? 0
            case .collection(_, category: .some): post.categoriesLine
            case .site, .section, .taxonomy, .collection: 0
            }
        }
    }

    public let scope: Scope
    public let title: String
    /// The folder inside the output folder, `""` or ending in `/`: `tags/kubecon/`, `fr/tags/kubecon/`.
    public let directory: String
    /// The key of the language whose posts the feed holds (`SiteLanguage.key`).
    public let language: String
    /// The path inside the output folder of each format's file: `directory` and the settings'
    /// name (the RSS file in `FeedSettings.rssFolder`), or for a file jekyll-feed served
    /// (`feed/release.xml`), its Atom file alone.
    public let files: [FeedFormat: String]
    /// The folder of the page the feed is of, its alternate link: its own folder, or the site's
    /// for jekyll-feed's files.
    public let pageDirectory: String
    /// Newest first, at most the configured limit, each with its permalink.
    public internal(set) var posts: [Post]
    /// The entries of a taxonomy's feed, one per term, which are no posts.
    public internal(set) var terms: [FeedEntry] = []
}
