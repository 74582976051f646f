import Foundation

/// An ntfy message: the text as the body, the title, link and tags as headers.
enum NtfyMessage {
    static let defaultTemplate = "{{summary}}"
    /// ntfy turns a longer body into an attachment.
    static let limit = TextLimit(maximum: 4096, unit: .bytes)

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let text = try context.message(
            announcement, defaultTemplate: defaultTemplate, markup: .plain, limit: limit, emptyAllowed: true)
        var request = context.request(url: context.url!, json: [:])
        // Header values must be one line of text; ntfy reads UTF-8 in them.
        request.headers = [
            ("Title", announcement.title), ("Click", Markup.link(announcement.url)),
            ("Content-Type", "text/plain; charset=utf-8"),
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
