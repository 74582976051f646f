import Foundation
import XCTest

@testable import Announcer

/// For random titles and summaries (CJK, emoji sequences, combining marks, every platform's own
/// markup characters) each platform's request is within the platform's limit in its own unit,
/// keeps the link, and is valid markup for the platform. Deterministic: a failure names the seed
/// (set `HERALD_PROPERTY_SEED` to run another) and the case.
final class PlatformPropertyTests: XCTestCase {
    private static let seed =
        ProcessInfo.processInfo.environment["HERALD_PROPERTY_SEED"].flatMap { UInt64($0) } ?? 0x4845_5241_4C44
    private static let cases = 200
    private static let links = [
        "https://blog.example.org/posts/a-post/", "https://blog.example.org/2024/05/a&b=c/",
        "https://blog.example.org/posts/caf%C3%A9/",
    ]

    private struct Case {
        let announcement: Announcement
        let request: HTTPRequest
        let json: [String: Any]

        init(announcement: Announcement, request: HTTPRequest) {
            self.announcement = announcement
            self.request = request
            json = (try? JSONSerialization.jsonObject(with: Data(request.body))) as? [String: Any] ?? [:]
        }

        var link: String { announcement.url }
        var text: String { String(decoding: request.body, as: UTF8.self) }
    }

    /// Builds `cases` requests for `platform` from random announcements whose longest fields reach
    /// past `scale` characters, and checks each.
    private func check(_ platform: Platform, scale: Int, _ property: (Case) -> [String]) {
        var generator = TextGenerator(random: SplitMix64(seed: Self.seed &+ UInt64(platform.index)))
        for number in 0..<Self.cases {
            let announcement = generator.announcement(link: Self.links[number % Self.links.count], scale: scale)
            let context = "seed \(Self.seed), \(platform.rawValue) case \(number)"
            let request: HTTPRequest
            do {
                request = try PlatformRequests.request(announcement, platform: platform)
            } catch {
                XCTFail("\(context): \(error)")
                continue
            }
            for problem in property(Case(announcement: announcement, request: request)) {
                XCTFail("\(context): \(problem)")
            }
        }
    }

    func testSlack() {
        check(.slack, scale: 1800) { sample in
            let text = sample.json["text"] as? String ?? ""
            var problems = within(text.utf16.count, 3000, "UTF-16 code units")
            let link = sample.link.replacingOccurrences(of: "&", with: "&amp;")
            if !text.startsWith("*<\(link)|") { problems.append("the link does not open the text: \(text.prefix(80))") }
            // Values are escaped, so the link's brackets are the only ones, and it is closed.
            let scalars = text.unicodeScalars
            if scalars.filter({ $0 == "<" }).count != 1 || scalars.filter({ $0 == ">" }).count != 1 {
                problems.append("stray < or >: \(text.prefix(200))")
            }
            if !text.includes(">*") { problems.append("the link is not closed by >*") }
            return problems + Validate.entities(text)
        }
    }

    func testDiscord() {
        check(.discord, scale: 2200) { sample in
            let json = sample.json
            let content = json["content"] as? String ?? ""
            let embed = (json["embeds"] as? [[String: Any]])?.first ?? [:]
            let title = embed["title"] as? String ?? ""
            let description = embed["description"] as? String ?? ""
            let author = (embed["author"] as? [String: Any])?["name"] as? String ?? ""
            var problems = within(content.unicodeScalars.count, 2000, "code points of content")
            problems += within(title.unicodeScalars.count, 256, "code points of the embed's title")
            problems += within(description.unicodeScalars.count, 4096, "code points of the description")
            problems += within(author.unicodeScalars.count, 256, "code points of the author")
            problems += within((title + description + author).unicodeScalars.count, 6000, "code points of the embed")
            if embed["url"] as? String != sample.link { problems.append("the embed lost the link") }
            let start = "New post on Blog & <Co\\>: **"
            guard content.startsWith(start), content.endsWith("**") else {
                return problems + ["content is not the template's: \(content.prefix(80))"]
            }
            return problems + Validate.markdownText(content.droppingScalars(first: start, last: "**"))
                + Validate.markdownText(description)
        }
    }

    func testMattermost() {
        check(.mattermost, scale: 7000) { sample in
            let text = sample.json["text"] as? String ?? ""
            var problems = within(text.unicodeScalars.count, 16383, "code points")
            let lines = text.unicodeScalars.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
            let firstLine = String(String.UnicodeScalarView(lines[0]))
            let linkEnd = "](\(sample.link))"
            guard firstLine.startsWith("#### ["), firstLine.endsWith(linkEnd) else {
                return problems + ["the first line is not a heading linking the post: \(firstLine.prefix(120))"]
            }
            problems += Validate.markdownText(firstLine.droppingScalars(first: "#### [", last: linkEnd))
            return problems + Validate.markdownText(lines.count > 1 ? String(String.UnicodeScalarView(lines[1])) : "")
        }
    }

    func testTeams() {
        check(.teams, scale: 8000) { sample in
            var problems = within(sample.request.body.count, 28_000, "bytes of the card")
            let card = ((sample.json["attachments"] as? [[String: Any]])?.first?["content"] as? [String: Any]) ?? [:]
            let blocks = (card["body"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }
            if blocks.count != 2 { return problems + ["the card has no title and text"] }
            if (card["actions"] as? [[String: Any]])?.first?["url"] as? String != sample.link {
                problems.append("the card lost the link")
            }
            return problems + blocks.flatMap(Validate.markdownText)
        }
    }

    func testMatrix() {
        check(.matrix, scale: 9000) { sample in
            var problems = within(sample.request.body.count, 60_000, "bytes of the event's content")
            let html = sample.json["formatted_body"] as? String ?? ""
            let link = sample.link.replacingOccurrences(of: "&", with: "&amp;")
            if !html.startsWith("<p><a href=\"\(link)\"><strong>") { problems.append("the HTML lost the link") }
            if !(sample.json["body"] as? String ?? "").hasToken(sample.link) {
                problems.append("the plain body lost the link")
            }
            return problems + Validate.html(html, allowing: ["p", "a", "strong", "br"])
        }
    }

    func testMastodon() {
        check(.mastodon, scale: 400) { sample in
            let status = sample.json["status"] as? String ?? ""
            // Mastodon's count: every URL (here greedily to the next space) as 23.
            let counted = status.replacingOccurrences(
                of: #"https?://\S+"#, with: String(repeating: "x", count: 23), options: .regularExpression)
            var problems = within(counted.unicodeScalars.count, 500, "characters")
            if !status.hasToken(sample.link) { problems.append("the link is lost: \(status.suffix(80))") }
            return problems
        }
    }

    func testTelegram() {
        check(.telegram, scale: 2200) { sample in
            let text = sample.json["text"] as? String ?? ""
            var problems = within(text.utf16.count, 4096, "UTF-16 code units")
            if !text.endsWith(sample.link.replacingOccurrences(of: "&", with: "&amp;")) {
                problems.append("the link is lost: \(text.suffix(80))")
            }
            if !text.startsWith("<b>") { problems.append("the title is not bold") }
            return problems + Validate.html(text, allowing: ["b"])
        }
    }

    func testNtfy() {
        check(.ntfy, scale: 1800) { sample in
            var problems = within(sample.request.body.count, 4096, "bytes of the body")
            let headers = Dictionary(sample.request.headers.map { ($0.name, $0.value) }) { first, _ in first }
            if headers["Click"] != sample.link { problems.append("the Click header lost the link") }
            if sample.request.headers.contains(where: { $0.value.contains(where: \.isNewline) }) {
                problems.append("a header value holds a line break")
            }
            // The template trims the message, so a summary of white space alone leaves nothing.
            if sample.text.isEmpty
                && !sample.announcement.summary.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
            {
                problems.append("the summary was dropped")
            }
            return problems
        }
    }

    func testWebhook() {
        check(.webhook, scale: 2000) { sample in
            let data = sample.json["data"] as? [String: Any] ?? [:]
            var problems: [String] = []
            if data["url"] as? String != sample.link { problems.append("the payload lost the link") }
            if data["title"] as? String != sample.announcement.title { problems.append("the title changed") }
            if !sample.request.headers.contains(where: { $0.name == "webhook-signature" }) {
                problems.append("unsigned")
            }
            return problems
        }
    }

    private func within(_ count: Int, _ limit: Int, _ unit: String) -> [String] {
        count <= limit ? [] : ["\(count) \(unit), over \(limit)"]
    }
}

/// Checks of the markups the platforms read.
private enum Validate {
    static let markdownSpecials = Set("\\*_~`|[]()#>".unicodeScalars)

    /// Text meant to show literally in Markdown: every character that formats is backslashed.
    static func markdownText(_ text: String) -> [String] {
        var escaped = false
        for scalar in text.unicodeScalars {
            if escaped {
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if markdownSpecials.contains(scalar) {
                return ["unescaped \(scalar) in Markdown: \(text.prefix(120))"]
            }
        }
        return escaped ? ["a lone backslash ends \(text.suffix(40))"] : []
    }

    /// `&` only as `&amp;`, `&lt;`, `&gt;` or `&quot;`; on code points, as the platforms parse.
    static func entities(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "&" {
            let after = String(String.UnicodeScalarView(scalars[index...].prefix(6)))
            guard
                ["&amp;", "&lt;", "&gt;", "&quot;"].contains(where: {
                    after.unicodeScalars.starts(with: $0.unicodeScalars)
                })
            else {
                return ["a bare & in \(after)"]
            }
        }
        return []
    }

    /// HTML as Telegram and Matrix read it: only `allowed` tags, each closed in order (`br`
    /// stands alone), no `<` or `>` outside a tag, entities well formed.
    static func html(_ text: String, allowing allowed: Set<String>) -> [String] {
        var open: [String] = []
        var tag: String.UnicodeScalarView?
        for scalar in text.unicodeScalars {
            switch (scalar, tag) {
            case ("<", nil): tag = String.UnicodeScalarView()
            case (">", nil), ("<", .some): return ["a stray \(scalar) in \(text.prefix(120))"]
            case (">", .some(let inside)):
                let closing = inside.first == "/"
                let name = String(
                    String.UnicodeScalarView(inside.dropFirst(closing ? 1 : 0).prefix { $0.properties.isAlphabetic }))
                guard allowed.contains(name) else { return ["a tag the platform refuses: <\(String(inside))>"] }
                if closing {
                    guard open.popLast() == name else { return ["</\(name)> closes nothing open"] }
                } else if name != "br" {
                    open.append(name)
                }
                tag = nil
            case (_, .some(var inside)):
                inside.append(scalar)
                tag = inside
            case (_, nil): break
            }
        }
        if tag != nil { return ["an unclosed tag"] }
        return (open.isEmpty ? [] : ["<\(open.joined(separator: ">, <"))> left open"]) + entities(text)
    }
}

/// SplitMix64: small, fast and the same on every machine.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random text from pieces that trouble message builders.
struct TextGenerator {
    var random: SplitMix64

    private static let pieces = [
        "word", "Swift", "a", " ", " ", " ", "\n", "\n\n", "\t", "日本語", "漢字", "한국어", "👍🏽", "👨‍👩‍👧‍👦", "🏳️‍🌈",
        "e\u{301}", "a\u{308}\u{323}", "\u{200D}", "<", ">", "&", "&amp;", "<b>", "</b>", "<a href=\"x\">", "*", "_",
        "~",
        "`", "[", "]", "(", ")", "#", "@", "|", "\\", "\"", "'", "[x](https://evil.example)", "*bold*", "@everyone",
        "<@123>", "http://x.y", "https://evil.example/a)", ".", ",", "…", "%", "{{title}}", "--", "\u{0}",
    ]

    init(random: SplitMix64) { self.random = random }

    /// Mostly short texts; one in ten reaches past `scale` characters.
    mutating func text(scale: Int) -> String {
        let size: Int
        switch Int.random(in: 0..<10, using: &random) {
        case 0..<6: size = Int.random(in: 0...30, using: &random)
        case 6..<9: size = Int.random(in: 0...300, using: &random)
        default: size = Int.random(in: scale / 2...scale, using: &random)
        }
        var text = ""
        for _ in 0..<size { text += Self.pieces.randomElement(using: &random)! }
        return text
    }

    mutating func announcement(link: String, scale: Int) -> Announcement {
        let tags = (0..<Int.random(in: 0...4, using: &random)).map { _ in text(scale: 20) }
        let author = Bool.random(using: &random) ? text(scale: 300) : nil
        return Announcement(
            postID: link, title: text(scale: scale / 3), url: link, summary: text(scale: scale), tags: tags,
            author: author, siteTitle: "Blog & <Co>")
    }
}

/// Comparisons by code point, as the platforms parse: `>` followed by a combining mark is one
/// Swift character but still a `>`.
extension String {
    fileprivate func startsWith(_ prefix: String) -> Bool { unicodeScalars.starts(with: prefix.unicodeScalars) }

    fileprivate func endsWith(_ suffix: String) -> Bool {
        unicodeScalars.reversed().starts(with: suffix.unicodeScalars.reversed())
    }

    fileprivate func includes(_ part: String) -> Bool {
        let scalars = Array(unicodeScalars)
        let wanted = Array(part.unicodeScalars)
        guard wanted.count <= scalars.count else { return false }
        return (0...scalars.count - wanted.count).contains { scalars[$0..<$0 + wanted.count].elementsEqual(wanted) }
    }

    /// Whether `token` stands alone: at the start or after white space, and at the end or before it.
    fileprivate func hasToken(_ token: String) -> Bool {
        let scalars = Array(unicodeScalars)
        let wanted = Array(token.unicodeScalars)
        guard !wanted.isEmpty, wanted.count <= scalars.count else { return false }
        return (0...scalars.count - wanted.count).contains { index in
            scalars[index] == wanted.first && (index == 0 || scalars[index - 1].properties.isWhitespace)
                && (index + wanted.count == scalars.count || scalars[index + wanted.count].properties.isWhitespace)
                && scalars[index..<index + wanted.count].elementsEqual(wanted)
        }
    }

    fileprivate func droppingScalars(first prefix: String, last suffix: String) -> String {
        String(
            String.UnicodeScalarView(
                unicodeScalars.dropFirst(prefix.unicodeScalars.count).dropLast(suffix.unicodeScalars.count)))
    }

}

extension Platform {
    fileprivate var index: Int { Platform.allCases.firstIndex(of: self) ?? 0 }
}
