/// A Telegram Bot API `sendMessage` in Telegram's HTML subset.
enum TelegramMessage {
    static let defaultTemplate = "<b>{{title}}</b>\n\n{{summary}}\n\n{{url}}"
    /// 4,096 characters after entities parsing, as UTF-16 code units; the markup is counted too,
    /// which can only leave room to spare.
    static let limit = TextLimit(maximum: 4096, unit: .utf16CodeUnits)
    static let defaultServer = "https://api.telegram.org"

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let text = try context.message(announcement, defaultTemplate: defaultTemplate, markup: .html, limit: limit)
        let server = context.serverWithoutSlash ?? defaultServer
        return context.request(
            url: "\(server)/bot\(context.token!)/sendMessage",
            json: ["chat_id": context.target.room!, "text": text, "parse_mode": "HTML"])
    }
}
