import Foundation

/// One target ready to deliver: its settings and secrets, resolved once per run.
public struct TargetClient: Sendable {
    public let settings: TargetSettings
    let url: String?
    let token: String?
    let signingSecret: String?
    /// Keeps the secrets read here out of whatever is reported about this target.
    public let redactor: SecretRedactor

    /// Reads the target's secrets; a missing one is reported by its source, never its value.
    public init(_ settings: TargetSettings) throws(Secret.Unavailable) {
        self.settings = settings
        let values = [
            "url": try settings.url?.value(), "token": try settings.token?.value(),
            "secret": try settings.signingSecret?.value(),
        ]
        url = values["url"] ?? nil
        token = values["token"] ?? nil
        signingSecret = values["secret"] ?? nil
        redactor = SecretRedactor(target: settings) { name, _ in values[name] ?? nil }
    }

    func context(key: String, now: Date) -> DeliveryContext {
        DeliveryContext(
            target: settings, url: url, token: token, signingSecret: signingSecret, idempotencyKey: key, now: now)
    }

    /// The HTTP request this target gets for `announcement`; nil for a `file` target.
    public func request(for announcement: Announcement, key: String, now: Date) throws -> HTTPRequest? {
        let context = context(key: key, now: now)
        switch settings.platform {
        case .slack: return try SlackMessage.request(announcement, context)
        case .discord: return try DiscordMessage.request(announcement, context)
        case .mattermost: return try MattermostMessage.request(announcement, context)
        case .teams: return try TeamsMessage.request(announcement, context)
        case .matrix: return try MatrixMessage.request(announcement, context)
        case .mastodon: return try MastodonMessage.request(announcement, context)
        case .telegram: return try TelegramMessage.request(announcement, context)
        case .ntfy: return try NtfyMessage.request(announcement, context)
        case .webhook: return try WebhookMessage.request(announcement, context)
        case .file: return nil
        }
    }

    /// Delivers one announcement, with retries over HTTP or by appending to the target's file.
    func deliver(_ announcement: Announcement, key: String, client: HTTPClient, pause: @escaping (Double) -> Void)
        -> (outcome: DeliveryOutcome, attempts: Int)
    {
        if settings.platform == .file {
            do {
                try FileMessage.append(announcement, context(key: key, now: Date()))
                return (.delivered, 1)
            } catch {
                return (.failed("\(error)"), 1)
            }
        }
        let deliverer = Deliverer(
            client: client, policy: RetryPolicy(attempts: settings.attempts, baseDelay: settings.retryDelay),
            redactor: redactor, pause: pause)
        return deliverer.deliver { now in try request(for: announcement, key: key, now: now)! }
    }

    /// The host the target talks to, which is all logs show of its address.
    public var host: String {
        switch settings.platform {
        case .file: return settings.path ?? "?"
        case .mastodon, .matrix: return CurlEasy.host(of: settings.server ?? "")
        case .telegram: return CurlEasy.host(of: settings.server ?? TelegramMessage.defaultServer)
        default: return CurlEasy.host(of: url ?? "")
        }
    }
}
