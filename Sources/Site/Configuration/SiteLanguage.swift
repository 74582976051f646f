/// One language of a Hugo site (`[languages.fr]`): its posts get their own permalinks under
/// `/fr/` and their own feeds, titled and labelled in that language.
public struct SiteLanguage: Sendable, Equatable {
    /// The key as Hugo lowercases it: `pt-br`. File names (`post.pt-br.md`) and paths
    /// (`/pt-br/`) use it.
    public let key: String
    /// `languageCode`, what feeds declare: `pt-BR`; nil to use the key.
    public var code: String?
    /// The language's own site title, when it has one.
    public var title: String?
    /// Hugo orders languages by weight, then by key.
    public var weight: Int
    /// The language's own content folder (its `contentDir`), whose posts are all in it; nil
    /// for the site's.
    public var contentDirectory: String?

    public init(key: String, code: String? = nil, title: String? = nil, weight: Int = 0) {
        self.key = key
        self.code = code
        self.title = title
        self.weight = weight
    }
}
