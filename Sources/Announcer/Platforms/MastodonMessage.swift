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
    /// the 15 that 23 can exceed the shortest URL by. Counted on code points, as Mastodon matches.
    static func length(_ text: String, link: String) -> Int {
        let scalars = Array(text.unicodeScalars)
        let linkScalars = Array(link.unicodeScalars)
        func starts(with prefix: [Unicode.Scalar], at index: Int) -> Bool {
            index + prefix.count <= scalars.count && scalars[index..<index + prefix.count].elementsEqual(prefix)
        }
        var length = 0
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "h" else {
                length += 1
                index += 1
                continue
            }
            // Mastodon takes a URL only after a character that cannot be part of a word or a mention.
            let standsAlone =
                index == 0
                || !(scalars[index - 1].properties.isAlphabetic
                    || "0123456789@$#".unicodeScalars.contains(scalars[index - 1]))
            if standsAlone, !linkScalars.isEmpty, starts(with: linkScalars, at: index) {
                length += 23
                index += linkScalars.count
                continue
            }
            if starts(with: Self.http, at: index) || starts(with: Self.https, at: index) { length += 15 }
            length += 1
            index += 1
        }
        return length
    }

    private static let http = Array("http://".unicodeScalars)
    private static let https = Array("https://".unicodeScalars)
}
