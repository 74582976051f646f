/// jekyll-feed's feed of a collection other than `posts` (`feed.collections`): an Atom file,
/// `/feed/NAME.xml` unless its `path` says otherwise, titled "Site | Name", and one per category
/// of its `categories`, `/feed/NAME/CATEGORY.xml`, of the documents in that category.
public struct JekyllCollectionFeed: Sendable, Equatable {
    public let collection: String
    /// The Atom file's path from the site's root, without a leading `/`.
    public let path: String
    public let categories: [String]

    init(collection: String, path: String?, categories: [String]) {
        self.collection = collection
        self.path = String((path ?? "/feed/\(collection).xml").drop { $0 == "/" })
        self.categories = categories
    }

    /// The path of a category's file from the site's root: `feed/changes/news.xml`.
    public func path(of category: String) -> String { "feed/\(collection)/\(category).xml" }
}
