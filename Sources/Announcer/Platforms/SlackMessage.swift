/// A Slack incoming webhook: `text` in Slack's mrkdwn, with the post as a link.
enum SlackMessage {
    static let defaultTemplate = "*<{{url}}|{{title}}>*\n{{summary}}"
    /// Slack truncates a message's text past 40,000 characters; a section block takes 3,000.
    static let limit = 3000

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let text = try context.message(
            announcement, defaultTemplate: defaultTemplate, limit: limit, escape: Escape.html)
        return context.request(url: context.url!, json: ["text": text, "unfurl_links": true])
    }
}
