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

    /// - Parameters:
    ///   - escape: the platform's escaping for text values (Slack's `&lt;`, Telegram's HTML, …).
    ///   - summary: the summary to use, shortened when the message has to fit a limit.
    ///   - escapeURL: the escaping for `url`, where Markdown's backslashes would break links.
    public func render(
        _ announcement: Announcement, summary: String, escape: (String) -> String,
        escapeURL: ((String) -> String)? = nil
    ) -> String {
        let context: [String: Any] = [
            "title": escape(announcement.title),
            "url": escapeURL.map { $0(announcement.url) } ?? escape(announcement.url),
            "summary": escape(summary),
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
