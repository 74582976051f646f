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

    /// The message from the target's template (or `defaultTemplate`), its summary shortened
    /// until the whole is within `limit` as the platform counts (`length`).
    func message(
        _ announcement: Announcement, defaultTemplate: String, limit: Int, escape: (String) -> String,
        length: (String) -> Int = \.count
    ) throws(MessageTemplate.Invalid) -> String {
        let template = try template(default: defaultTemplate)
        var escapeURL: ((String) -> String)?
        if target.platform.usesMarkdown { escapeURL = Escape.markdownURL }
        return MessageFitting.fit(limit: limit, summary: announcement.summary, length: length) {
            template.render(announcement, summary: $0, escape: escape, escapeURL: escapeURL)
        }
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

/// Escaping for the markups platforms read.
enum Escape {
    static func none(_ text: String) -> String { text }

    /// Slack's mrkdwn and Telegram's HTML: `&`, `<` and `>` as entities.
    static func html(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    /// A URL inside Markdown: no backslashes (they would become part of the link), but the
    /// characters that would end a `[text](url)` link percent-encoded.
    static func markdownURL(_ url: String) -> String {
        url.replacingOccurrences(of: " ", with: "%20").replacingOccurrences(of: "(", with: "%28")
            .replacingOccurrences(of: ")", with: "%29")
    }

    /// Markdown (Discord, Mattermost, Teams): a backslash before every character that formats.
    static func markdown(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\*_~`|[]()#>".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
