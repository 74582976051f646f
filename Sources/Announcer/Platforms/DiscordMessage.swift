/// A Discord webhook with `?wait=true`, so a success means the message exists: a line of text
/// and an embed with the post's title, link and summary.
enum DiscordMessage {
    static let defaultTemplate = "New post on {{site_title}}: **{{title}}**"
    static let contentLimit = 2000
    static let embedTitleLimit = 256
    static let embedDescriptionLimit = 4096

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let content = try context.message(
            announcement, defaultTemplate: defaultTemplate, limit: contentLimit, escape: Escape.markdown)
        var embed: [String: Any] = [
            "title": MessageFitting.fit(limit: embedTitleLimit, summary: "", length: \.count) { _ in announcement.title
            },
            "url": announcement.url,
            "description": MessageFitting.fit(
                limit: embedDescriptionLimit, summary: announcement.summary, length: \.count
            ) {
                Escape.markdown($0)
            },
        ]
        if let date = announcement.date { embed["timestamp"] = date.rfc3339 }
        if let author = announcement.author { embed["author"] = ["name": author] }
        let address = context.url! + (context.url!.contains("?") ? "&" : "?") + "wait=true"
        // No mentions: a title saying @everyone must not ping a whole server.
        return context.request(
            url: address, json: ["content": content, "embeds": [embed], "allowed_mentions": ["parse": [String]()]])
    }
}
