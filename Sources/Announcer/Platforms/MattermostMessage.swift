/// A Mattermost incoming webhook: `text` in Markdown.
enum MattermostMessage {
    static let defaultTemplate = "#### [{{title}}]({{url}})\n{{summary}}"
    /// Mattermost counts a post's runes (code points).
    static let limit = TextLimit(maximum: 16383, unit: .codePoints)

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let text = try context.message(
            announcement, defaultTemplate: defaultTemplate, markup: .markdown, limit: limit)
        return context.request(url: context.url!, json: ["text": text])
    }
}
