import Foundation
import Site

/// One post as every feed format shows it. Its text is already without the characters no feed
/// may carry: built once per post, however many feeds and formats show it.
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
    /// The summary as plain text, for JSON Feed; nil when there is none.
    public let summaryText: String?
    /// The whole post as HTML, or nil for a summary-only feed.
    public let contentHTML: String?
    /// The post in the site's other languages, as alternate links.
    public let translations: [Translation]

    /// A translation's language tag (`fr-FR`) and address.
    public struct Translation: Sendable, Equatable {
        public let language: String
        public let url: String
    }

    public init(
        post: Post, rendered: RenderedPost, site: SiteConfiguration, includesContent: Bool,
        translations: [Translation] = []
    ) {
        let text = FeedText.sanitized
        id = text(site.feedID(of: post))
        // Shown, not matched: a stray space an author typed around a title is not news.
        title = text(post.title.trimmingCharacters(in: .whitespacesAndNewlines))
        url = text(post.permalink)
        published = post.publishDate ?? post.date
        // Never before the post was published, whatever lastmod says.
        updated = [post.lastmod, published].compactMap { $0 }.max()
        authors = post.authors.map(text)
        tags = FeedTerms.listed(post.tags).map(text)
        categories = FeedTerms.listed(post.categories).map(text)
        summaryHTML = text(rendered.summaryHTML)
        // Again after decoding: a character reference (`&#1;`) can spell a forbidden character.
        summaryText = summaryHTML.isEmpty ? nil : text(HTMLText.plain(summaryHTML))
        contentHTML = includesContent ? text(rendered.html) : nil
        self.translations = translations
    }

    /// A term of a taxonomy's feed: its page, dated by its newest post, with nothing else to say.
    init(term name: String, url: String, published: PostDate?, updated: PostDate?) {
        id = FeedText.sanitized(url)
        title = FeedText.sanitized(name)
        self.url = id
        self.published = published
        self.updated = updated
        (authors, tags, categories, translations) = ([], [], [], [])
        (summaryHTML, summaryText, contentHTML) = ("", nil, nil)
    }

    /// Whether the id is the post's own address, which RSS calls a permalink guid.
    var idIsPermalink: Bool { id == url }
}
