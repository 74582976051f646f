/// A Discord webhook with `?wait=true`, so a success means the message exists: a line of text
/// and an embed with the post's title, link and summary.
enum DiscordMessage {
    static let defaultTemplate = "New post on {{site_title}}: **{{title}}**"
    /// Discord counts code points. The embed's fields together stay within its 6,000 as well,
    /// since their own limits add up to less.
    static let contentLimit = TextLimit(maximum: 2000, unit: .codePoints)
    static let embedTitleLimit = TextLimit(maximum: 256, unit: .codePoints)
    static let embedDescriptionLimit = TextLimit(maximum: 4096, unit: .codePoints)
    static let authorNameLimit = TextLimit(maximum: 256, unit: .codePoints)

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let content = try context.message(
            announcement, defaultTemplate: defaultTemplate, markup: .markdown, limit: contentLimit, emptyAllowed: true)
        var embed: [String: Any] = ["url": announcement.url]
        // Discord refuses empty fields, so a post without a title or summary leaves them out.
        let title = MessageFitting.fit(announcement.title, within: embedTitleLimit)
        if !title.isEmpty { embed["title"] = title }
        let description = MessageFitting.fit(
            announcement.summary, within: embedDescriptionLimit, escape: Markup.markdown.escape)
        if !description.isEmpty { embed["description"] = Markup.markdown.escape(description) }
        if let date = announcement.date { embed["timestamp"] = date.rfc3339 }
        if let author = announcement.author {
            embed["author"] = ["name": MessageFitting.fit(author, within: authorNameLimit)]
        }
        let address = context.url! + (context.url!.contains("?") ? "&" : "?") + "wait=true"
        // No mentions: a title saying @everyone must not ping a whole server.
        return context.request(
            url: address, json: ["content": content, "embeds": [embed], "allowed_mentions": ["parse": [String]()]])
    }
}
