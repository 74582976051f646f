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
            ("Title", headerValue(announcement.title)), ("Click", Markup.link(announcement.url)),
            ("Content-Type", "text/plain; charset=utf-8"),
        ]
        if !announcement.tags.isEmpty {
            // A tag's commas would split it.
            let tags = announcement.tags.map { headerValue($0).replacingOccurrences(of: ",", with: " ") }
            request.headers.append(("Tags", tags.joined(separator: ",")))
        }
        if let token = context.token { request.headers.append(("Authorization", "Bearer \(token)")) }
        request.body = Array(text.utf8)
        return request
    }

    /// Text as one header line: a line break would end the header (and start another the post
    /// chose), a NUL would cut it; each control character becomes a space.
    static func headerValue(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? " " : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || scalar.value == 0x7F || scalar == "\u{85}" || scalar == "\u{2028}"
            || scalar == "\u{2029}"
    }
}
