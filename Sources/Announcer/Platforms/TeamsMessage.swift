import Foundation

/// A Microsoft Teams Workflows webhook: a message carrying an Adaptive Card with the title, the
/// text and a button to the post.
enum TeamsMessage {
    static let defaultTemplate = "{{summary}}"
    /// Teams refuses a message past 28 KB: the whole JSON body is counted.
    static let limit = TextLimit(maximum: 28_000, unit: .bytes)

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let template = try context.template(default: defaultTemplate)
        let fitted = try MessageFitting.fit(announcement, limit: limit) {
            JSONBody.encode(message($0, template: template)).count
        }
        return context.request(url: context.url!, json: message(fitted, template: template))
    }

    /// The title is Markdown in a TextBlock too: escaped, so `[x](y)` in it is no link.
    private static func message(_ announcement: Announcement, template: MessageTemplate) -> [String: Any] {
        let card: [String: Any] = [
            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "type": "AdaptiveCard",
            "version": "1.4",
            "body": [
                [
                    "type": "TextBlock", "text": Markup.markdown.escape(announcement.title), "weight": "Bolder",
                    "size": "Medium", "wrap": true,
                ],
                ["type": "TextBlock", "text": template.render(announcement, markup: .markdown), "wrap": true],
            ],
            "actions": [["type": "Action.OpenUrl", "title": "Read the post", "url": announcement.url]],
        ]
        return [
            "type": "message",
            "attachments": [
                ["contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": NSNull(), "content": card]
            ],
        ]
    }
}
