import Site

/// One post as every feed format shows it.
public struct FeedEntry: Sendable {
    /// Never changes once published: a front matter `id` or `guid`, else the permalink.
    public let id: String
    public let title: String
    public let url: String
    public let published: PostDate?
    public let updated: PostDate?
    public let authors: [String]
    public let tags: [String]
    public let categories: [String]
    /// HTML, every URL absolute.
    public let summaryHTML: String
    /// The whole post as HTML, or nil for a summary-only feed.
    public let contentHTML: String?

    public init(post: Post, rendered: RenderedPost, includesContent: Bool) {
        id = post.identifier ?? post.permalink
        title = post.title
        url = post.permalink
        published = post.publishDate ?? post.date
        updated = post.lastmod ?? post.publishDate ?? post.date
        authors = post.authors
        tags = post.tags
        categories = post.categories
        summaryHTML = rendered.summaryHTML
        contentHTML = includesContent ? rendered.html : nil
    }

    /// Whether the id is the post's own address, which RSS calls a permalink guid.
    var idIsPermalink: Bool { id == url }
}
