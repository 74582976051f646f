/// A Matrix room message through the client-server API: `PUT …/send/m.room.message/{txnId}`,
/// where the transaction id is the idempotency key, so a retried send is stored once.
enum MatrixMessage {
    static let defaultTemplate = "{{title}}\n{{url}}\n\n{{summary}}"
    static let defaultHTMLTemplate = "<p><a href=\"{{url}}\"><strong>{{title}}</strong></a></p><p>{{summary}}</p>"
    /// An event may take 65,536 bytes once the homeserver has added its ids, hashes and
    /// signatures to the content sent: the content keeps room for them.
    static let limit = TextLimit(maximum: 60_000, unit: .bytes)

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let plain = try context.template(default: defaultTemplate)
        let html = try context.template(default: defaultHTMLTemplate)
        let fitted = try MessageFitting.fit(announcement, limit: limit) {
            JSONBody.encode(content($0, plain: plain, html: html)).count
        }
        let server = context.serverWithoutSlash!
        let room = HubNotifier.formEncoded(context.target.room!)
        let address = "\(server)/_matrix/client/v3/rooms/\(room)/send/m.room.message/\(context.idempotencyKey)"
        return context.request(
            url: address, method: "PUT", json: content(fitted, plain: plain, html: html),
            headers: [("Authorization", "Bearer \(context.token!)")])
    }

    /// Clients show `formatted_body`: the target's template HTML-escaped, line breaks as `<br>`,
    /// or by default the title as a link.
    private static func content(_ announcement: Announcement, plain: MessageTemplate, html: MessageTemplate)
        -> [String: Any]
    {
        [
            "msgtype": "m.text", "body": plain.render(announcement, markup: .plain),
            "format": "org.matrix.custom.html",
            "formatted_body": html.render(announcement, markup: .html).replacingOccurrences(of: "\n", with: "<br>"),
        ]
    }
}
