/// A Mattermost incoming webhook: `text` in Markdown.
enum MattermostMessage {
    static let defaultTemplate = "#### [{{title}}]({{url}})\n{{summary}}"
    static let limit = 16383

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let text = try context.message(
            announcement, defaultTemplate: defaultTemplate, limit: limit, escape: Escape.markdown)
        return context.request(url: context.url!, json: ["text": text])
    }
}
