/// The three formats Herald writes; every feed is written in each configured one.
public enum FeedFormat: String, Sendable, CaseIterable, Codable {
    case rss, atom, json

    /// The default file name inside a feed's folder; RSS takes Hugo's `index.xml`.
    public var defaultFileName: String {
        switch self {
        case .rss: "index.xml"
        case .atom: "atom.xml"
        case .json: "feed.json"
        }
    }

    public var mediaType: String {
        switch self {
        case .rss: "application/rss+xml"
        case .atom: "application/atom+xml"
        case .json: "application/feed+json"
        }
    }
}
