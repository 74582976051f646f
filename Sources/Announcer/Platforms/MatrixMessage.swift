/// A Matrix room message through the client-server API: `PUT …/send/m.room.message/{txnId}`,
/// where the transaction id is the idempotency key, so a retried send is stored once.
enum MatrixMessage {
    static let defaultTemplate = "{{title}}\n{{url}}\n\n{{summary}}"
    static let limit = 30000

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let body = try context.message(
            announcement, defaultTemplate: defaultTemplate, limit: limit, escape: Escape.none)
        let summary = announcement.summary
        let shortSummary =
            summary.count > limit / 2 ? MessageFitting.shortened(summary, by: summary.count - limit / 2) : summary
        let html =
            "<p><a href=\"\(Escape.html(announcement.url))\"><strong>\(Escape.html(announcement.title))</strong></a></p>"
            + "<p>\(Escape.html(shortSummary))</p>"
        let server =
            context.target.server!.hasSuffix("/") ? String(context.target.server!.dropLast()) : context.target.server!
        let room = HubNotifier.formEncoded(context.target.room!)
        let address = "\(server)/_matrix/client/v3/rooms/\(room)/send/m.room.message/\(context.idempotencyKey)"
        return context.request(
            url: address, method: "PUT",
            json: ["msgtype": "m.text", "body": body, "format": "org.matrix.custom.html", "formatted_body": html],
            headers: [("Authorization", "Bearer \(context.token!)")])
    }
}
