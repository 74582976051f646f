/// A Mastodon status (`POST /api/v1/statuses`) with an `Idempotency-Key`, which Mastodon honours
/// for an hour, fitted to the instance's character limit with every link counted as 23.
enum MastodonMessage {
    static let defaultTemplate = "{{title}}\n\n{{summary}}\n\n{{url}}\n\n{{hashtags}}"

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let status = try context.message(
            announcement, defaultTemplate: defaultTemplate, limit: context.target.characterLimit, escape: Escape.none,
            length: MessageFitting.mastodonLength)
        let server = context.serverWithoutSlash!
        return context.request(
            url: server + "/api/v1/statuses", json: ["status": status, "visibility": context.target.visibility],
            headers: [("Authorization", "Bearer \(context.token!)"), ("Idempotency-Key", context.idempotencyKey)])
    }
}
