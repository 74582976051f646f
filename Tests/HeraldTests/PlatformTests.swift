import Foundation
import XCTest

/// What each platform's receiver gets: the payload shape, the headers and the limits.
final class PlatformTests: XCTestCase {
    /// Announces post 1 of a fresh site (its title holds `<b>` and `&`) to one target; returns the request.
    private func announce(_ type: String, _ target: (Receiver) -> String, posts: Int = 1) throws -> Receiver.Request {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: posts)
        site.configure(type, target(receiver) + "\nbackfill = 1")
        let result = try site.announce()
        XCTAssertEqual(result.status, 0, result.standardError)
        return try XCTUnwrap(receiver.requests.first)
    }

    func testSlack() throws {
        let request = try announce("slack") { "url = \"\($0.url)/services/T/B/X\"" }
        XCTAssertEqual(request.path, "/services/T/B/X")
        XCTAssertEqual(request.headers["content-type"], "application/json")
        XCTAssertEqual(
            request.json["text"] as? String,
            "*<https://a.example.org/posts/post-1/|Post 1: &lt;b&gt;bold&lt;/b&gt; &amp; more>*\nThe summary of post 1, with Markdown and a link.\nMore text."
        )
    }

    func testDiscordWaitsForTheMessageAndSendsAnEmbed() throws {
        let request = try announce("discord") { "url = \"\($0.url)/api/webhooks/1/abc\"" }
        XCTAssertEqual(request.path, "/api/webhooks/1/abc?wait=true")
        XCTAssertEqual(
            request.json["content"] as? String, "New post on Announce & Co: **Post 1: <b\\>bold</b\\> & more**",
            "Markdown shows the title literally")
        let embed = try XCTUnwrap((request.json["embeds"] as? [[String: Any]])?.first)
        XCTAssertEqual(embed["title"] as? String, "Post 1: <b>bold</b> & more")
        XCTAssertEqual(embed["url"] as? String, "https://a.example.org/posts/post-1/")
        XCTAssertEqual(embed["timestamp"] as? String, "2024-01-01T10:00:00Z")
    }

    func testMattermost() throws {
        let request = try announce("mattermost") { "url = \"\($0.url)/hooks/xyz\"" }
        XCTAssertEqual(
            request.json["text"] as? String,
            "#### [Post 1: <b\\>bold</b\\> & more](https://a.example.org/posts/post-1/)\nThe summary of post 1, with Markdown and a link.\nMore text."
        )
    }

    func testTeamsGetsAnAdaptiveCard() throws {
        let request = try announce("teams") { "url = \"\($0.url)/workflows/1\"" }
        XCTAssertEqual(request.json["type"] as? String, "message")
        let attachment = try XCTUnwrap((request.json["attachments"] as? [[String: Any]])?.first)
        XCTAssertEqual(attachment["contentType"] as? String, "application/vnd.microsoft.card.adaptive")
        let card = try XCTUnwrap(attachment["content"] as? [String: Any])
        XCTAssertEqual(card["type"] as? String, "AdaptiveCard")
        XCTAssertEqual(
            (card["body"] as? [[String: Any]])?.first?["text"] as? String, "Post 1: <b\\>bold</b\\> & more",
            "Markdown shows the title literally")
        XCTAssertEqual(
            (card["actions"] as? [[String: Any]])?.first?["url"] as? String, "https://a.example.org/posts/post-1/")
    }

    func testMatrixPutsWithATransactionID() throws {
        let receiver = try Receiver(responses: ["500"])
        let site = AnnounceSite(posts: 1)
        site.configure(
            "matrix", "server = \"\(receiver.url)\"\nroom = \"!room:example.org\"\ntoken = \"syt_token\"\nbackfill = 1")
        XCTAssertEqual(try site.announce().status, 0)
        let requests = receiver.requests
        XCTAssertEqual(requests.count, 2)
        XCTAssertEqual(requests.map(\.method), ["PUT", "PUT"])
        XCTAssertTrue(requests[0].path.hasPrefix("/_matrix/client/v3/rooms/%21room%3Aexample.org/send/m.room.message/"))
        XCTAssertEqual(requests[0].path, requests[1].path, "the retry reuses the transaction id")
        XCTAssertEqual(requests[0].headers["authorization"], "Bearer syt_token")
        XCTAssertEqual(requests[0].json["msgtype"] as? String, "m.text")
        XCTAssertEqual(
            requests[0].json["formatted_body"] as? String,
            "<p><a href=\"https://a.example.org/posts/post-1/\"><strong>Post 1: &lt;b&gt;bold&lt;/b&gt; &amp; more</strong></a></p><p>The summary of post 1, with Markdown and a link.<br>More text.</p>"
        )
    }

    func testMastodonFitsTheLimitCountingLinksAs23() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 1)
        site.addPost(1, frontMatter: "summary: \"\(String(repeating: "A long sentence about servers. ", count: 40))\"")
        site.configure("mastodon", "server = \"\(receiver.url)\"\ntoken = \"tok\"\ncharacter_limit = 200\nbackfill = 1")
        XCTAssertEqual(try site.announce().status, 0)
        let request = try XCTUnwrap(receiver.requests.first)
        XCTAssertEqual(request.path, "/api/v1/statuses")
        XCTAssertEqual(request.headers["authorization"], "Bearer tok")
        XCTAssertEqual(request.headers["idempotency-key"]?.count, 36)
        let status = try XCTUnwrap(request.json["status"] as? String)
        XCTAssertTrue(status.hasPrefix("Post 1: <b>bold</b> & more\n\nA long sentence about servers."), status)
        XCTAssertTrue(status.contains("…\n\nhttps://a.example.org/posts/post-1/\n\n#Tag1 #Common"), status)
        let counted = status.replacingOccurrences(
            of: "https://a.example.org/posts/post-1/", with: String(repeating: "x", count: 23))
        XCTAssertLessThanOrEqual(counted.count, 200)
        XCTAssertGreaterThan(counted.count, 150, "shortened, not emptied")
    }

    func testTelegramSendsHTML() throws {
        let request = try announce("telegram") { "server = \"\($0.url)\"\ntoken = \"123:ABC\"\nroom = \"@channel\"" }
        XCTAssertEqual(request.path, "/bot123:ABC/sendMessage")
        XCTAssertEqual(request.json["chat_id"] as? String, "@channel")
        XCTAssertEqual(request.json["parse_mode"] as? String, "HTML")
        XCTAssertEqual(
            request.json["text"] as? String,
            "<b>Post 1: &lt;b&gt;bold&lt;/b&gt; &amp; more</b>\n\nThe summary of post 1, with Markdown and a link.\nMore text.\n\nhttps://a.example.org/posts/post-1/"
        )
    }

    func testNtfyPutsTheTitleAndLinkInHeaders() throws {
        let request = try announce("ntfy") { "url = \"\($0.url)/blog-posts\"\ntoken = \"tk_1\"" }
        XCTAssertEqual(request.path, "/blog-posts")
        XCTAssertEqual(request.headers["title"], "Post 1: <b>bold</b> & more")
        XCTAssertEqual(request.headers["click"], "https://a.example.org/posts/post-1/")
        XCTAssertEqual(request.headers["tags"], "tag-1,common")
        XCTAssertEqual(request.headers["authorization"], "Bearer tk_1")
        XCTAssertEqual(request.body, "The summary of post 1, with Markdown and a link.\nMore text.")
    }

    func testSignedWebhookVerifiesAtTheReceiver() throws {
        let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
        let receiver = try Receiver(webhookSecret: secret)
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", "url = \"\(receiver.url)/hook\"\nsecret = \"\(secret)\"\nbackfill = 1")
        XCTAssertEqual(try site.announce().status, 0)
        let request = try XCTUnwrap(receiver.requests.first)
        XCTAssertEqual(request.signature_valid, true)
        XCTAssertTrue(request.headers["webhook-id"]?.hasPrefix("msg_") == true)
        XCTAssertEqual(request.json["type"] as? String, "post.published")
        let data = try XCTUnwrap(request.json["data"] as? [String: Any])
        XCTAssertEqual(data["title"] as? String, "Post 1: <b>bold</b> & more")
        XCTAssertEqual(data["tags"] as? [String], ["tag-1", "common"])
        XCTAssertEqual(data["summary"] as? String, "The summary of post 1, with Markdown and a link.\nMore text.")
    }

    func testACustomTemplate() throws {
        let request = try announce("mattermost") {
            "url = \"\($0.url)/h\"\ntemplate = \"{{site_title}}: {{title}} ({{date}}) {{#tags}}[{{.}}]{{/tags}}\""
        }
        XCTAssertEqual(
            request.json["text"] as? String,
            "Announce & Co: Post 1: <b\\>bold</b\\> & more (2024-01-01) [tag-1][common]")
    }

    func testPlainHTTPIsRefusedUnlessAllowed() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 1)
        site.configure("slack", "url = \"\(receiver.url)/x\"\nbackfill = 1")
        var text = try String(contentsOfFile: site.definition, encoding: .utf8)
        text = text.replacingOccurrences(of: "allow_plain_http = true", with: "")
        try text.write(toFile: site.definition, atomically: true, encoding: .utf8)
        let result = try site.announce()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(receiver.requests.count, 0)
        XCTAssertTrue(result.standardError.contains("only https:// addresses are allowed"), result.standardError)
    }
}
