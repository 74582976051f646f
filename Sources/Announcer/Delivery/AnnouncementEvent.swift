/// Something that happened to one announcement, for the log.
public struct AnnouncementEvent: Sendable {
    public enum Kind: String, Sendable {
        case sent, failed, broken, skipped, due, recognised, warning
    }

    public let target: String
    /// The host the target talks to: logs never show a whole address, which may hold a secret.
    public let host: String
    public let kind: Kind
    /// The post's permalink or id.
    public let post: String?
    public let detail: String?
}
