import Foundation

/// What building one request needs besides the announcement: the target, its secrets (resolved
/// once per run), the idempotency key of this announcement and the moment of this try.
struct DeliveryContext {
    let target: TargetSettings
    let url: String?
    let token: String?
    let signingSecret: String?
    let idempotencyKey: String
    let now: Date

    /// The target's `server` without a trailing slash, ready for a path to be added.
    var serverWithoutSlash: String? {
        target.server.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
    }

    /// The target's template, or the platform's default.
    func template(default text: String) throws(MessageTemplate.Invalid) -> MessageTemplate {
        try MessageTemplate(target.template ?? text)
    }

    /// The message from the target's template (or `defaultTemplate`), the announcement's fields
    /// shortened until the message is within `limit`.
    /// - Parameter emptyAllowed: whether the platform takes an empty message (ntfy; Discord,
    ///   which has the embed); the others refuse it, as they would on every run.
    func message(
        _ announcement: Announcement, defaultTemplate: String, markup: Markup, limit: TextLimit,
        emptyAllowed: Bool = false
    ) throws -> String {
        let template = try template(default: defaultTemplate)
        let fitted = try MessageFitting.fit(announcement, limit: limit) {
            limit.length(template.render($0, markup: markup))
        }
        let message = template.render(fitted, markup: markup)
        guard emptyAllowed || !message.isEmpty else { throw MessageFitting.Empty() }
        return message
    }

    func request(url: String, method: String = "POST", json: Any, headers: [(String, String)] = []) -> HTTPRequest {
        var request = HTTPRequest(url: url)
        request.method = method
        request.headers = [("Content-Type", "application/json")] + headers
        request.body = JSONBody.encode(json)
        request.allowsPlainHTTP = target.allowsPlainHTTP
        request.totalTimeout = target.timeout
        request.connectTimeout = min(10, target.timeout)
        request.caFile = target.caFile
        return request
    }
}

/// JSON bodies with sorted keys, so the same announcement always has the same bytes.
enum JSONBody {
    static func encode(_ object: Any) -> [UInt8] {
        let data =
            (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data()
        return Array(data)
    }
}
