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
        let text = FeedText.sanitized
        func authors(_ names: [String]) -> [Author]? { names.isEmpty ? nil : names.map { Author(name: text($0)) } }
        let feed = Feed(
            title: text(document.title), home_page_url: text(document.pageURL),
            feed_url: document.feedURLs[.json].map(text), description: document.description.map(text),
            language: document.language.map(text), icon: document.logo.map(text), favicon: document.icon.map(text),
            authors: authors(document.author.map { [$0] } ?? []),
            hubs: document.hubs.isEmpty ? nil : document.hubs.map { Hub(url: text($0)) },
            items: document.entries.map { entry in
                let tags = (entry.tags + entry.categories).map(text)
                return Item(
                    id: text(entry.id), url: text(entry.url), title: text(entry.title),
                    // content_html is required; a summary-only feed carries the summary there.
                    content_html: text(entry.contentHTML ?? entry.summaryHTML),
                    summary: entry.summaryHTML.isEmpty ? nil : text(HTMLText.plain(entry.summaryHTML)),
                    date_published: entry.published?.rfc3339, date_modified: entry.updated?.rfc3339,
                    authors: authors(entry.authors), tags: tags.isEmpty ? nil : tags)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(feed)) + [0x0A]
    }
}
