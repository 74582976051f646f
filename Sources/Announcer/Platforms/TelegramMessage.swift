/// A Telegram Bot API `sendMessage` in Telegram's HTML subset.
enum TelegramMessage {
    static let defaultTemplate = "<b>{{title}}</b>\n\n{{summary}}\n\n{{url}}"
    static let limit = 4096
    static let defaultServer = "https://api.telegram.org"

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let text = try context.message(
            announcement, defaultTemplate: defaultTemplate, limit: limit, escape: Escape.html)
        let server = context.serverWithoutSlash ?? defaultServer
        return context.request(
            url: "\(server)/bot\(context.token!)/sendMessage",
            json: ["chat_id": context.target.room!, "text": text, "parse_mode": "HTML"])
    }
}
