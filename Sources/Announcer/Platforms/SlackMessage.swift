/// A Slack incoming webhook: `text` in Slack's mrkdwn, with the post as a link.
enum SlackMessage {
    static let defaultTemplate = "*<{{url}}|{{title}}>*\n{{summary}}"
    /// Slack truncates a message's text past 40,000 characters; a section block takes 3,000.
    static let limit = 3000

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let template = try context.template(default: defaultTemplate)
        let text = MessageFitting.fit(limit: limit, summary: announcement.summary, length: \.count) {
            template.render(announcement, summary: $0, escape: Escape.html)
        }
        return context.request(url: context.url!, json: ["text": text, "unfurl_links": true])
    }
}
