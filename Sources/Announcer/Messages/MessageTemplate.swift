import Foundation
import Mustache

/// A target's message, from a Mustache template over the post's fields:
/// `title`, `url`, `summary`, `tags` (a list), `tags_text`, `hashtags`, `categories`,
/// `categories_text`, `author`, `date` (2006-01-02), `site_title`, `update` (true for edits).
public struct MessageTemplate: Sendable {
    private let template: MustacheTemplate

    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    public init(_ text: String) throws(Invalid) {
        do {
            // Values are escaped for each platform before they reach the template, so Mustache's
            // own HTML escaping is switched off.
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT }}" + text)
        } catch {
            throw Invalid(description: "the template cannot be read: \(error)")
        }
    }

    /// - Parameter markup: the platform's escaping for the values (Slack's `&lt;`, Markdown's
    ///   backslashes, …); the announcement is already fitted to the platform's limit.
    func render(_ announcement: Announcement, markup: Markup) -> String {
        let escape = markup.escape
        let context: [String: Any] = [
            "title": escape(announcement.title),
            "url": markup.escapeLink(announcement.url),
            "summary": escape(announcement.summary),
            "tags": announcement.tags.map(escape),
            "tags_text": escape(announcement.tags.joined(separator: ", ")),
            "hashtags": escape(announcement.hashtags),
            "categories": announcement.categories.map(escape),
            "categories_text": escape(announcement.categories.joined(separator: ", ")),
            "author": announcement.author.map(escape) ?? "",
            "date": announcement.date.map { String($0.rfc3339.prefix(10)) } ?? "",
            "site_title": escape(announcement.siteTitle),
            "update": announcement.isUpdate,
        ]
        return template.render(context).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
