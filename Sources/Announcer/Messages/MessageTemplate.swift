import Foundation
import Mustache
import Site

/// A target's message, from a Mustache template over the post's fields:
/// `title`, `url`, `summary`, `tags` (a list), `tags_text`, `hashtags`, `categories`,
/// `categories_text`, `author`, `date` (2006-01-02), `site_title`, `update` (true for edits).
public struct MessageTemplate: Sendable {
    private let template: MustacheTemplate
    /// The fields the template uses: only they are worked out for a message.
    private let fields: Set<String>

    public static let fieldNames = [
        "title", "url", "summary", "tags", "tags_text", "hashtags", "categories", "categories_text", "author", "date",
        "site_title", "update",
    ]

    public struct Invalid: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The longest template read, in UTF-8 bytes: longer than any platform's message, and
    /// Mustache's parser takes time that grows with the square of the template's length.
    public static let longest = 8_192

    /// Reads a template; a field it does not know (`{{titel}}`) is refused, since it would
    /// silently leave that part of every message empty.
    public init(_ text: String) throws(Invalid) {
        guard text.utf8.count <= Self.longest else {
            throw Invalid(
                description:
                    "the template is \(text.utf8.count) bytes long; a message template is at most \(Self.longest) bytes, more than any platform shows"
            )
        }
        do {
            // Values are escaped for each platform before they reach the template, so Mustache's
            // own HTML escaping is switched off; on a line of its own, which the output drops.
            template = try MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT }}\n" + text)
        } catch let error as MustacheTemplate.ParserError {
            throw Invalid(description: Self.describe(error))
        } catch {
            throw Invalid(description: "the template cannot be read (\(error))")
        }
        var fields = Set<String>()
        for (name, line) in try Self.names(in: text) where name != "." {
            guard Self.fieldNames.contains(name) else {
                let closest = Self.fieldNames.min { $0.editDistance(to: name) < $1.editDistance(to: name) }
                let hint = closest.map { $0.editDistance(to: name) <= 3 ? " (did you mean {{\($0)}}?)" : "" } ?? ""
                throw Invalid(
                    description:
                        "line \(line) of the template: unknown field {{\(name)}}\(hint); the fields are \(Self.fieldNames.joined(separator: ", "))"
                )
            }
            fields.insert(name)
        }
        self.fields = fields
    }

    /// - Parameter markup: the platform's escaping for the values (Slack's `&lt;`, Markdown's
    ///   backslashes, …); the announcement is already fitted to the platform's limit.
    func render(_ announcement: Announcement, markup: Markup) -> String {
        var context: [String: Any] = [:]
        for field in fields { context[field] = Self.value(of: field, in: announcement, markup: markup) }
        return template.render(context).trimmingWhitespace
    }

    private static func value(of field: String, in announcement: Announcement, markup: Markup) -> Any {
        let escape = markup.escape
        switch field {
        case "title": return escape(announcement.title)
        case "url": return markup.escapeLink(announcement.url)
        case "summary": return escape(announcement.summary)
        case "tags": return announcement.tags.map(escape)
        case "tags_text": return escape(announcement.tags.joined(separator: ", "))
        case "hashtags": return escape(announcement.hashtags)
        case "categories": return announcement.categories.map(escape)
        case "categories_text": return escape(announcement.categories.joined(separator: ", "))
        case "author": return announcement.author.map(escape) ?? ""
        case "date": return announcement.date.map { String($0.rfc3339.prefix(10)) } ?? ""
        case "site_title": return escape(announcement.siteTitle)
        default: return announcement.isUpdate
        }
    }

    /// The names a template's tags use, with their lines: `{{name}}`, `{{{name}}}`, `{{&name}}`,
    /// sections (`{{#name}}`, `{{^name}}`, `{{/name}}`) and the value inside a transform
    /// (`{{uppercased(name)}}`), following delimiter changes (`{{=<% %>=}}`), skipping comments.
    /// Called once Mustache has read the template, so every tag is closed.
    private static func names(in text: String) throws(Invalid) -> [(name: String, line: Int)] {
        var (open, close) = ("{{", "}}")
        var names: [(name: String, line: Int)] = []
        var rest = text[...]
        // Counted on from the previous tag, so reading stays linear in the template's length.
        var (line, counted) = (1, text.startIndex)
        while let start = rest.range(of: open), let end = rest[start.upperBound...].range(of: close) {
            line = text[counted..<start.lowerBound].reduce(line) { $1.isNewline ? $0 + 1 : $0 }
            counted = start.lowerBound
            var tag = rest[start.upperBound..<end.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[end.upperBound...]
            if tag.hasPrefix("{") && rest.hasPrefix("}") { rest = rest.dropFirst() }
            switch tag.first {
            case "!", "%": continue
            case "=":
                let delimiters = tag.dropFirst().dropLast().split(whereSeparator: \.isWhitespace)
                if delimiters.count == 2 { (open, close) = (String(delimiters[0]), String(delimiters[1])) }
                continue
            case ">", "<", "$":
                throw Invalid(
                    description:
                        "line \(line) of the template: partials and blocks ({{>…}}, {{<…}}, {{$…}}) are not available in messages"
                )
            case "#", "^", "/", "&", "{": tag = tag.dropFirst().trimmingCharacters(in: .whitespaces)
            default: break
            }
            if let argument = tag.split(separator: "(").last { tag = String(argument.prefix { $0 != ")" }) }
            names.append((tag, line))
        }
        return names
    }

    /// Mustache's parse error in words, at the line and column of the template (not of the
    /// line Herald puts before it).
    private static func describe(_ error: MustacheTemplate.ParserError) -> String {
        let reason =
            switch error.error as? MustacheTemplate.Error {
            case .sectionCloseNameIncorrect: "a section is closed with another name than it was opened with"
            case .unfinishedName: "a tag is not closed with }}, or holds a character no field name has"
            case .expectedSectionEnd: "a section ({{#name}} or {{^name}}) is never closed with {{/name}}"
            case .invalidSetDelimiter: "a delimiter change is malformed; write it as {{=<% %>=}}"
            case .some(let other): "Mustache cannot read it (\(other))"
            // The parser's own error, when the text ends in the middle of a tag.
            case nil: "the template ends inside a tag; a tag is not closed with }}"
            }
        let line = max(1, error.context.lineNumber - 1)
        return "line \(line), column \(error.context.columnNumber) of the template: \(reason): \(error.context.line)"
    }
}
