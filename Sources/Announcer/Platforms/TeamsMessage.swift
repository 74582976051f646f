import Foundation

/// A Microsoft Teams Workflows webhook: a message carrying an Adaptive Card with the title, the
/// text and a button to the post.
enum TeamsMessage {
    static let defaultTemplate = "{{summary}}"
    /// Teams refuses cards past 28 KB; the text stays well inside it.
    static let limit = 20000

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let text = try context.message(
            announcement, defaultTemplate: defaultTemplate, limit: limit, escape: Escape.markdown)
        let card: [String: Any] = [
            "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
            "type": "AdaptiveCard",
            "version": "1.4",
            "body": [
                ["type": "TextBlock", "text": announcement.title, "weight": "Bolder", "size": "Medium", "wrap": true],
                ["type": "TextBlock", "text": text, "wrap": true],
            ],
            "actions": [["type": "Action.OpenUrl", "title": "Read the post", "url": announcement.url]],
        ]
        let message: [String: Any] = [
            "type": "message",
            "attachments": [
                ["contentType": "application/vnd.microsoft.card.adaptive", "contentUrl": NSNull(), "content": card]
            ],
        ]
        return context.request(url: context.url!, json: message)
    }
}
