import Foundation
import Site

/// JSON Feed 1.1.
enum JSONFeed {
    private struct Feed: Encodable {
        let version = "https://jsonfeed.org/version/1.1"
        let title: String
        let home_page_url: String
        let feed_url: String?
        let description: String?
        let language: String?
        let icon: String?
        let favicon: String?
        let authors: [Author]?
        let hubs: [Hub]?
        let items: [Item]
    }

    private struct Author: Encodable {
        let name: String
    }

    private struct Hub: Encodable {
        let type = "WebSub"
        let url: String
    }

    private struct Item: Encodable {
        let id: String
        let url: String
        let title: String
        let content_html: String
        let summary: String?
        let date_published: String?
        let date_modified: String?
        let authors: [Author]?
        let tags: [String]?
    }

    static func render(_ document: FeedDocument) throws -> [UInt8] {
        // Entries come without the characters XML forbids; the feed's own text is cleaned here.
        let text = FeedText.sanitized
        let feed = Feed(
            title: text(document.title), home_page_url: text(document.pageURL),
            feed_url: document.feedURLs[.json].map(text), description: document.description.map(text),
            language: document.language.map(text), icon: document.logo.map(text), favicon: document.icon.map(text),
            authors: document.author.map { [Author(name: text($0))] },
            hubs: document.hubs.isEmpty ? nil : document.hubs.map { Hub(url: text($0)) },
            items: document.entries.map { entry in
                Item(
                    id: entry.id, url: entry.url, title: entry.title,
                    // content_html is required; a summary-only feed carries the summary there.
                    content_html: entry.contentHTML ?? entry.summaryHTML, summary: entry.summaryText,
                    date_published: entry.published?.rfc3339, date_modified: entry.updated?.rfc3339,
                    authors: entry.authors.isEmpty ? nil : entry.authors.map(Author.init),
                    tags: entry.tags + entry.categories == [] ? nil : entry.tags + entry.categories)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(feed)) + [0x0A]
    }
}
