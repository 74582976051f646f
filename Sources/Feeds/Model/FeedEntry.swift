import Foundation
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

    public init(post: Post, rendered: RenderedPost, site: SiteConfiguration, includesContent: Bool) {
        id = site.feedID(of: post)
        // Shown, not matched: a stray space an author typed around a title is not news.
        title = post.title.trimmingCharacters(in: .whitespacesAndNewlines)
        url = post.permalink
        published = post.publishDate ?? post.date
        // Never before the post was published, whatever lastmod says.
        updated = [post.lastmod, published].compactMap { $0 }.max()
        authors = post.authors
        tags = FeedTerms.listed(post.tags)
        categories = FeedTerms.listed(post.categories)
        summaryHTML = rendered.summaryHTML
        contentHTML = includesContent ? rendered.html : nil
    }

    /// Whether the id is the post's own address, which RSS calls a permalink guid.
    var idIsPermalink: Bool { id == url }
}
