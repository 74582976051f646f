/// A Mattermost incoming webhook: `text` in Markdown.
enum MattermostMessage {
    static let defaultTemplate = "#### [{{title}}]({{url}})\n{{summary}}"
    static let limit = 16383

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let template = try context.template(default: defaultTemplate)
        let text = MessageFitting.fit(limit: limit, summary: announcement.summary, length: \.count) {
            template.render(announcement, summary: $0, escape: Escape.markdown)
        }
        return context.request(url: context.url!, json: ["text": text])
    }
}
