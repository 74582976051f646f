/// A Mastodon status (`POST /api/v1/statuses`) with an `Idempotency-Key`, which Mastodon honours
/// for an hour, fitted to the instance's character limit with every link counted as 23.
enum MastodonMessage {
    static let defaultTemplate = "{{title}}\n\n{{summary}}\n\n{{url}}\n\n{{hashtags}}"

    static func request(_ announcement: Announcement, _ context: DeliveryContext) throws -> HTTPRequest {
        let limit = TextLimit(
            maximum: context.target.characterLimit, unit: .mastodonCharacters(link: announcement.url))
        let status = try context.message(announcement, defaultTemplate: defaultTemplate, markup: .plain, limit: limit)
        let server = context.serverWithoutSlash!
        return context.request(
            url: server + "/api/v1/statuses", json: ["status": status, "visibility": context.target.visibility],
            headers: [("Authorization", "Bearer \(context.token!)"), ("Idempotency-Key", context.idempotencyKey)])
    }

    /// What Mastodon counts, or more: grapheme clusters (here code points, never fewer), every
    /// URL as 23 characters. The post's own link, where it stands as a URL, counts 23; any other
    /// `http://` or `https://` may be a URL or not, so it counts the larger: its characters plus
    /// the 15 that 23 can exceed the shortest URL by.
    static func length(_ text: String, link: String) -> Int {
        var length = 0
        var rest = Substring(text)
        while let scheme = rest.range(of: "http") {
            length += rest[..<scheme.lowerBound].unicodeScalars.count
            let before = rest[..<scheme.lowerBound].unicodeScalars.last
            // Mastodon takes a URL only after a character that cannot be part of a word or a mention.
            let standsAlone =
                before.map { !($0.properties.isAlphabetic || "0123456789@$#".unicodeScalars.contains($0)) }
                ?? true
            if standsAlone, rest[scheme.lowerBound...].hasPrefix(link) {
                length += 23
                rest = rest[rest.index(scheme.lowerBound, offsetBy: link.count)...]
            } else {
                let isScheme = ["http://", "https://"].contains { rest[scheme.lowerBound...].hasPrefix($0) }
                length += 4 + (isScheme ? 15 : 0)
                rest = rest[scheme.upperBound...]
            }
        }
        return length + rest.unicodeScalars.count
    }
}
