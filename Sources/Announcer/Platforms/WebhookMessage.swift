import Foundation

/// A generic JSON webhook signed per the Standard Webhooks specification: `webhook-id` (the same
/// on every retry), `webhook-timestamp`, and `webhook-signature: v1,<base64 HMAC-SHA256>` of
/// `id.timestamp.body` with the `whsec_` secret.
enum WebhookMessage {
    static let defaultTemplate = "{{title}} {{url}}"

    static func payload(_ announcement: Announcement, text: String) -> [String: Any] {
        var data: [String: Any] = [
            "id": announcement.postID, "title": announcement.title, "url": announcement.url,
            "summary": announcement.summary, "tags": announcement.tags, "categories": announcement.categories,
            "site_title": announcement.siteTitle, "text": text,
        ]
        if let author = announcement.author { data["author"] = author }
        if let date = announcement.date { data["date"] = date.rfc3339 }
        return ["type": announcement.isUpdate ? "post.updated" : "post.published", "data": data]
    }

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let template = try context.template(default: defaultTemplate)
        let text = template.render(announcement, markup: .plain)
        var request = context.request(url: context.url!, json: payload(announcement, text: text))
        let timestamp = Int(context.now.timeIntervalSince1970)
        let id = "msg_" + context.idempotencyKey
        let signature = try sign(secret: context.signingSecret!, id: id, timestamp: timestamp, body: request.body)
        request.headers += [
            ("webhook-id", id), ("webhook-timestamp", String(timestamp)), ("webhook-signature", signature),
        ]
        return request
    }

    struct InvalidSecret: Error, CustomStringConvertible {
        let description = "the webhook secret is not a whsec_ secret with a base64 key"
    }

    /// The key bytes of a `whsec_` secret (the prefix is optional, as in the reference libraries).
    static func key(of secret: String) -> Data? {
        Data(base64Encoded: secret.hasPrefix("whsec_") ? String(secret.dropFirst(6)) : secret)
    }

    /// `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body`, keyed with the secret's bytes.
    static func sign(secret: String, id: String, timestamp: Int, body: [UInt8]) throws -> String {
        guard let key = key(of: secret) else { throw InvalidSecret() }
        let message = Array("\(id).\(timestamp).".utf8) + body
        return "v1," + Data(Digest.hmacSHA256(key: Array(key), message: message)).base64EncodedString()
    }
}
