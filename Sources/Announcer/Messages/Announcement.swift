import Foundation
import Site

/// What an announcement says about one post, as plain text: each platform adds its own markup.
public struct Announcement: Sendable {
    public let postID: String
    public let title: String
    public let url: String
    /// The post's summary as plain text, never raw HTML.
    public let summary: String
    public let tags: [String]
    public let categories: [String]
    public let author: String?
    public let date: PostDate?
    public let siteTitle: String
    /// Whether this announces a change to a post announced before.
    public let isUpdate: Bool

    public init(post: Post, rendered: RenderedPost, site: SiteConfiguration, isUpdate: Bool = false) {
        postID = site.feedID(of: post)
        title = post.title.trimmingCharacters(in: .whitespacesAndNewlines)
        url = post.permalink
        summary = HTMLText.plain(rendered.summaryHTML)
        tags = post.tags
        categories = post.categories
        author = post.authors.first ?? site.author
        date = post.publishDate ?? post.date
        siteTitle = site.title
        self.isUpdate = isUpdate
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
