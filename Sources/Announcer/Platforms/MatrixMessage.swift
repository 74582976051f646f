/// A Matrix room message through the client-server API: `PUT …/send/m.room.message/{txnId}`,
/// where the transaction id is the idempotency key, so a retried send is stored once.
enum MatrixMessage {
    static let defaultTemplate = "{{title}}\n{{url}}\n\n{{summary}}"
    static let defaultHTMLTemplate = "<p><a href=\"{{url}}\"><strong>{{title}}</strong></a></p><p>{{summary}}</p>"
    static let limit = 30000

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let body = try context.message(
            announcement, defaultTemplate: defaultTemplate, limit: limit, escape: Escape.none)
        // Clients show formatted_body: the target's template HTML-escaped, line breaks as <br>, or
        // by default the title as a link.
        let html = try context.message(
            announcement, defaultTemplate: defaultHTMLTemplate, limit: limit, escape: Escape.html
        )
        .replacingOccurrences(of: "\n", with: "<br>")
        let server = context.serverWithoutSlash!
        let room = HubNotifier.formEncoded(context.target.room!)
        let address = "\(server)/_matrix/client/v3/rooms/\(room)/send/m.room.message/\(context.idempotencyKey)"
        return context.request(
            url: address, method: "PUT",
            json: ["msgtype": "m.text", "body": body, "format": "org.matrix.custom.html", "formatted_body": html],
            headers: [("Authorization", "Bearer \(context.token!)")])
    }
}
