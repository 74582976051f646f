/// A Slack incoming webhook: `text` in Slack's mrkdwn, with the post as a link.
enum SlackMessage {
    static let defaultTemplate = "*<{{url}}|{{title}}>*\n{{summary}}"
    /// Slack truncates a message's text past 40,000 characters and a section block takes 3,000;
    /// counted as UTF-16 code units, never fewer than Slack's characters.
    static let limit = TextLimit(maximum: 3000, unit: .utf16CodeUnits)

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let text = try context.message(announcement, defaultTemplate: defaultTemplate, markup: .html, limit: limit)
        return context.request(url: context.url!, json: ["text": text, "unfurl_links": true])
    }
}
