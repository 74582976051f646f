import Foundation
import Site

/// What an announcement says about one post, as plain text: each platform adds its own markup.
public struct Announcement: Sendable {
    public let postID: String
    /// One line: every platform shows a title as one, and a line break would end a Markdown heading.
    public internal(set) var title: String
    public let url: String
    /// The post's summary as plain text, never raw HTML.
    public internal(set) var summary: String
    public internal(set) var tags: [String]
    public internal(set) var categories: [String]
    public internal(set) var author: String?
    public let date: PostDate?
    public let siteTitle: String
    /// Whether this announces a change to a post announced before.
    public let isUpdate: Bool

    /// An announcement from its parts, as a post would give them (a fuzzer or a test needs no site).
    public init(
        postID: String, title: String, url: String, summary: String, tags: [String] = [], categories: [String] = [],
        author: String? = nil, date: PostDate? = nil, siteTitle: String, isUpdate: Bool = false
    ) {
        self.postID = postID
        self.title = title.split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        self.url = url
        self.summary = summary
        self.tags = tags
        self.categories = categories
        // An empty author is no author: Discord refuses an empty `author.name`.
        self.author = author?.isEmpty == false ? author : nil
        self.date = date
        self.siteTitle = siteTitle
        self.isUpdate = isUpdate
    }

    public init(post: Post, rendered: RenderedPost, site: SiteConfiguration, isUpdate: Bool = false) {
        self.init(
            postID: site.feedID(of: post), title: post.title, url: post.permalink,
            summary: HTMLText.plain(rendered.summaryHTML), tags: post.tags, categories: post.categories,
            author: post.authors.first ?? site.author, date: post.publishDate ?? post.date, siteTitle: site.title,
            isUpdate: isUpdate)
    }

    /// `#CloudNative #opensource`: hashtags as Mastodon and others link them (letters and digits only).
    var hashtags: String {
        tags.compactMap { tag -> String? in
            let words = tag.split(whereSeparator: { !($0.isLetter || $0.isNumber) })
            let name = words.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
            return name.isEmpty ? nil : "#" + name
        }.joined(separator: " ")
    }
}
