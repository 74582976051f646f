import Foundation
import XCTest

@testable import Announcer

/// Each platform's message fits the platform's limit in the platform's own unit, and a cut keeps
/// the markup valid and the link.
final class MessageLimitTests: XCTestCase {
    private let link = "https://blog.example.org/posts/a-post/"

    private func announcement(title: String = "A post", summary: String = "A summary.", author: String? = nil)
        -> Announcement
    {
        Announcement(
            postID: link, title: title, url: link, summary: summary, tags: ["swift"], author: author,
            siteTitle: "Blog")
    }

    private func json(_ request: HTTPRequest) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(request.body)) as? [String: Any])
    }

    private func request(_ platform: Platform, _ announcement: Announcement) throws -> HTTPRequest {
        try PlatformRequests.request(announcement, platform: platform)
    }

    // MARK: - Limits in each platform's unit

    func testMatrixCountsTheBytesOfTheEvent() throws {
        let body = try request(.matrix, announcement(summary: String(repeating: "日本語の文章", count: 1700))).body
        XCTAssertLessThanOrEqual(body.count, 60_000, "room under the 65,536-byte event for what the server adds")
        XCTAssertGreaterThan(body.count, 50_000, "shortened, not emptied")
    }

    func testTeamsCountsTheBytesOfTheCard() throws {
        let body = try request(.teams, announcement(summary: String(repeating: "漢字", count: 5000))).body
        XCTAssertLessThanOrEqual(body.count, 28_000)
        XCTAssertGreaterThan(body.count, 20_000)
    }

    func testTelegramCountsUTF16CodeUnits() throws {
        let text = try XCTUnwrap(
            json(try request(.telegram, announcement(summary: String(repeating: "👍🏽 ", count: 1500))))["text"]
                as? String)
        XCTAssertLessThanOrEqual(text.utf16.count, 4096)
        XCTAssertGreaterThan(text.utf16.count, 3500)
        XCTAssertTrue(text.hasSuffix(link), String(text.suffix(160)))
    }

    func testDiscordCountsCodePointsPerEmbedField() throws {
        let family = "👨‍👩‍👧‍👦"
        let body = try json(
            try request(
                .discord,
                announcement(
                    title: String(repeating: family, count: 100), summary: String(repeating: family + " ", count: 2000),
                    author: String(repeating: "é", count: 300))))
        let embed = try XCTUnwrap((body["embeds"] as? [[String: Any]])?.first)
        let title = try XCTUnwrap(embed["title"] as? String)
        let description = try XCTUnwrap(embed["description"] as? String)
        let author = try XCTUnwrap((embed["author"] as? [String: Any])?["name"] as? String)
        XCTAssertLessThanOrEqual(title.unicodeScalars.count, 256)
        XCTAssertLessThanOrEqual(description.unicodeScalars.count, 4096)
        XCTAssertLessThanOrEqual(author.unicodeScalars.count, 256)
        XCTAssertLessThanOrEqual((title + description + author).unicodeScalars.count, 6000)
        XCTAssertEqual(embed["url"] as? String, link)
    }

    func testNtfyKeepsAMultibyteSummary() throws {
        let body = try request(.ntfy, announcement(summary: String(repeating: "日本語", count: 3000))).body
        XCTAssertLessThanOrEqual(body.count, 4096)
        XCTAssertGreaterThan(body.count, 4000, "shortened, not dropped")
    }

    /// A title's line break would end ntfy's Title header and start another the post chose; a
    /// NUL would cut it (found by the fuzzer).
    func testNtfyHeadersAreOneLine() throws {
        let headers = try request(.ntfy, announcement(title: "Release\u{0}notes\r\nX-Injected: yes")).headers
        let title = try XCTUnwrap(headers.first { $0.name == "Title" }?.value)
        XCTAssertEqual(title, "Release notes X-Injected: yes")
        XCTAssertFalse(headers.contains { ($0.name + $0.value).unicodeScalars.contains { $0.value < 0x20 } })
    }

    func testMattermostCountsCodePoints() throws {
        let text = try XCTUnwrap(
            json(try request(.mattermost, announcement(summary: String(repeating: "e\u{301}", count: 12000))))["text"]
                as? String)
        XCTAssertLessThanOrEqual(text.unicodeScalars.count, 16383)
    }

    func testALinkLongerThanTheLimitFailsThePostSayingSo() {
        let link = "https://blog.example.org/" + String(repeating: "long-", count: 1000)
        let announcement = Announcement(postID: link, title: "T", url: link, summary: "S", siteTitle: "Blog")
        XCTAssertThrowsError(try request(.telegram, announcement)) { error in
            XCTAssertEqual(
                "\(error)",
                "the message does not fit 4096 UTF-16 code units even with no summary, tags, categories or author and an empty title; shorten the template or the link"
            )
        }
    }

    // MARK: - Titles over a limit

    func testALongTelegramTitleKeepsItsBoldClosedAndTheLink() throws {
        let text = try XCTUnwrap(
            json(try request(.telegram, announcement(title: String(repeating: "Title & <more> ", count: 400))))["text"]
                as? String)
        XCTAssertLessThanOrEqual(text.utf16.count, 4096)
        XCTAssertTrue(text.hasPrefix("<b>"), String(text.suffix(160)))
        XCTAssertTrue(text.contains("…</b>"), String(text.suffix(160)))
        XCTAssertTrue(text.hasSuffix("\n\n" + link), String(text.suffix(160)))
    }

    func testALongMastodonTitleKeepsTheLink() throws {
        let status = try XCTUnwrap(
            json(try request(.mastodon, announcement(title: String(repeating: "word ", count: 200))))["status"]
                as? String)
        XCTAssertTrue(status.contains("\n\n" + link), String(status.suffix(160)))
        XCTAssertLessThanOrEqual(
            status.replacingOccurrences(of: link, with: String(repeating: "x", count: 23)).unicodeScalars.count, 500)
    }

    func testALongSlackTitleKeepsTheLink() throws {
        let text = try XCTUnwrap(
            json(try request(.slack, announcement(title: String(repeating: "word ", count: 1000))))["text"] as? String)
        XCTAssertTrue(text.hasPrefix("*<\(link)|word word"), String(text.suffix(160)))
        XCTAssertTrue(text.contains("…>*"), String(text.suffix(160)))
        XCTAssertLessThanOrEqual(text.utf16.count, 3000)
    }

    func testALongDiscordTitleKeepsTheContentBold() throws {
        let content = try XCTUnwrap(
            json(try request(.discord, announcement(title: String(repeating: "word ", count: 1000))))["content"]
                as? String)
        XCTAssertTrue(content.hasPrefix("New post on Blog: **word"), String(content.suffix(160)))
        XCTAssertTrue(content.hasSuffix("…**"), String(content.suffix(160)))
        XCTAssertLessThanOrEqual(content.unicodeScalars.count, 2000)
    }

    func testTheTeamsTitleIsEscapedAsMarkdown() throws {
        let body = try json(try request(.teams, announcement(title: "[Click me](https://evil.example) *now*")))
        let card = try XCTUnwrap(((body["attachments"] as? [[String: Any]])?.first)?["content"] as? [String: Any])
        XCTAssertEqual(
            (card["body"] as? [[String: Any]])?.first?["text"] as? String,
            #"\[Click me\]\(https://evil.example\) \*now\*"#)
    }
}
