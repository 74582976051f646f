import Foundation
import Site

/// One `[[targets]]` entry of a site definition: where announcements go and which posts.
public struct TargetSettings: Sendable {
    public var name: String
    public var platform: Platform
    /// The webhook or topic address (Slack, Discord, Mattermost, Teams, webhook, ntfy).
    public var url: Secret?
    /// An access token (Mastodon, Matrix, Telegram; ntfy optionally).
    public var token: Secret?
    /// The `whsec_…` signing secret of a generic webhook.
    public var signingSecret: Secret?
    /// The Mastodon instance, the Matrix homeserver, or the Telegram Bot API.
    public var server: String?
    /// The Matrix room id or the Telegram chat id.
    public var room: String?
    public var visibility = "public"
    /// Mastodon's limit; every URL counts as 23 characters, as Mastodon counts it.
    public var characterLimit = 500
    /// The file a `file` target appends to.
    public var path: String?
    /// A Mustache template for the message; each platform has a default.
    public var template: String?
    public var filter = PostFilter()
    /// Announce a post again when its `lastmod` changes.
    public var announcesUpdates = false
    /// On this target's first run, announce the newest N posts; the rest are recorded as already known.
    public var backfill = 0
    /// At most this many announcements per run; the rest go out on later runs.
    public var maxPerRun = 5
    /// Tries per announcement in one run before it is left for the next run.
    public var attempts = 4
    public var timeout = 30
    /// The first pause between tries, in seconds; it doubles each time (with jitter), unless the
    /// platform says how long to wait (`Retry-After`, `retry_after`, `retry_after_ms`).
    public var retryDelay = 1.0
    /// Lets the target's addresses be plain `http://`; for tests on loopback only.
    public var allowsPlainHTTP = false
    public var caFile: String?

    static let keys = [
        "name", "type", "url", "token", "secret", "server", "room", "visibility", "character_limit", "path", "template",
        "languages", "sections", "tags", "categories", "exclude_sections", "exclude_tags", "exclude_categories",
        "since", "updates",
        "backfill", "max_per_run", "attempts", "timeout", "retry_delay", "allow_plain_http", "ca_file",
    ]

    static let retryDelays = 0.0...60.0

    /// The target's secrets by name. An address written in the definition itself is no secret
    /// (a public ntfy topic); a token or signing secret always is.
    var secrets: [(name: String, secret: Secret)] {
        var secrets: [(name: String, secret: Secret)] = []
        switch url {
        case nil, .literal?: break
        case let url?: secrets.append(("url", url))
        }
        if let token { secrets.append(("token", token)) }
        if let signingSecret { secrets.append(("secret", signingSecret)) }
        return secrets
    }

    /// What to warn about the target's secrets: files others can read.
    public var secretWarnings: [String] { secrets.compactMap(\.secret.exposure) }

    public init(name: String, platform: Platform) {
        self.name = name
        self.platform = platform
    }

    /// Reads one `[[targets]]` table; paths in it are relative to `folder`.
    init(_ table: ConfigurationTable, folder: String, site: SiteConfiguration) throws(ConfigurationError) {
        try table.rejectUnknownKeys(Self.keys)
        guard let name = try table.string("name"), !name.isEmpty else {
            throw table.error("name", "every target needs a name, used in logs and in the ledger")
        }
        guard name.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else {
            throw table.error("name", "'\(name)' may hold only letters, digits, - and _")
        }
        let typeName = try table.string("type") ?? ""
        guard let platform = Platform(rawValue: typeName) else {
            throw table.error(
                "type",
                "unknown type '\(typeName)'; use one of \(Platform.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        self.init(name: name, platform: platform)
        url = try Secret.read("url", in: table, folder: folder)
        token = try Secret.read("token", in: table, folder: folder)
        signingSecret = try Secret.read("secret", in: table, folder: folder)
        server = try table.string("server")
        room = try table.string("room")
        visibility = try table.string("visibility") ?? visibility
        characterLimit = try table.integer("character_limit") ?? characterLimit
        path = try table.string("path").map { folder.appendingPathComponent($0) }
        template = try table.string("template")
        if let template {
            do throws(MessageTemplate.Invalid) {
                _ = try MessageTemplate(template)
            } catch {
                throw table.error("template", error.description)
            }
        }
        if case .literal(let secret) = signingSecret, WebhookMessage.key(of: secret) == nil {
            throw table.error("secret", "expected a whsec_ secret: whsec_ followed by a base64 key")
        }
        guard ["public", "unlisted", "private", "direct"].contains(visibility) else {
            throw table.error("visibility", "expected public, unlisted, private or direct")
        }
        filter = try PostFilter(table, site: site)
        announcesUpdates = try table.bool("updates") ?? false
        backfill = try table.integer("backfill") ?? 0
        maxPerRun = try table.integer("max_per_run") ?? maxPerRun
        attempts = try table.integer("attempts") ?? attempts
        timeout = try table.integer("timeout") ?? timeout
        switch table.table["retry_delay"] {
        case nil, .null: break
        case .integer(let seconds) where Self.retryDelays.contains(Double(seconds)): retryDelay = Double(seconds)
        case .float(let seconds) where Self.retryDelays.contains(seconds): retryDelay = seconds
        default: throw table.error("retry_delay", "expected a number of seconds from 0 to 60")
        }
        allowsPlainHTTP = try table.bool("allow_plain_http") ?? false
        caFile = try table.string("ca_file")
        // Bounded, so that a run always ends: tries, and how long each may take.
        for (key, value, range) in [
            ("backfill", backfill, 0...Int.max), ("max_per_run", maxPerRun, 1...Int.max),
            ("attempts", attempts, 1...10), ("timeout", timeout, 1...300),
            ("character_limit", characterLimit, 1...Int.max),
        ]
        where !range.contains(value) {
            throw table.error(
                key,
                range.upperBound < Int.max
                    ? "must be from \(range.lowerBound) to \(range.upperBound)"
                    : "must be \(range.lowerBound == 0 ? "0 or more" : "at least 1")")
        }
        try requireWhatThePlatformNeeds(table)
    }

    private func requireWhatThePlatformNeeds(_ table: ConfigurationTable) throws(ConfigurationError) {
        let needs: [String: Bool] = [
            "url": [.slack, .discord, .mattermost, .teams, .webhook, .ntfy].contains(platform) && url == nil,
            "token": [.mastodon, .matrix, .telegram].contains(platform) && token == nil,
            "secret": platform == .webhook && signingSecret == nil,
            "server": [.mastodon, .matrix].contains(platform) && server == nil,
            "room": [.matrix, .telegram].contains(platform) && room == nil,
            "path": platform == .file && path == nil,
        ]
        if let missing = needs.filter(\.value).keys.sorted().first {
            throw ConfigurationError(
                path: table.path, line: table.table.entries.first?.line ?? 0, key: table.name,
                reason: "a \(platform.rawValue) target needs `\(missing)`; see docs/configuration.md")
        }
        if let server, !(server.hasPrefix("https://") || (allowsPlainHTTP && server.hasPrefix("http://"))) {
            throw table.error("server", "'\(server)' is not an https:// address")
        }
    }
}
