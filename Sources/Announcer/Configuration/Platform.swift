/// The kinds of place an announcement can go.
public enum Platform: String, Sendable, CaseIterable, Codable {
    case slack, discord, mattermost, teams, matrix, mastodon, telegram, ntfy
    /// A generic JSON webhook signed per the Standard Webhooks specification.
    case webhook
    /// JSON lines appended to a local file: needs no secret and no network.
    case file
}
