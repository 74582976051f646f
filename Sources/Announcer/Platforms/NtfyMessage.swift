import Foundation

/// An ntfy message: the text as the body, the title, link and tags as headers.
enum NtfyMessage {
    static let defaultTemplate = "{{summary}}"
    /// ntfy turns longer messages into attachments.
    static let limit = 4096

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let text = try context.message(
            announcement, defaultTemplate: defaultTemplate, limit: limit, escape: Escape.none, length: \.utf8.count)
        var request = context.request(url: context.url!, json: [:])
        // Header values must be one line of text; ntfy reads UTF-8 in them.
        let title = announcement.title.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(
            of: "\r", with: " ")
        request.headers = [
            ("Title", title), ("Click", announcement.url), ("Content-Type", "text/plain; charset=utf-8"),
        ]
        if !announcement.tags.isEmpty {
            // A header is one line; a tag's commas and line breaks would split or end it.
            let tags = announcement.tags.map { tag in String(tag.map { $0 == "," || $0.isNewline ? " " : $0 }) }
            request.headers.append(("Tags", tags.joined(separator: ",")))
        }
        if let token = context.token { request.headers.append(("Authorization", "Bearer \(token)")) }
        request.body = Array(text.utf8)
        return request
    }
}
