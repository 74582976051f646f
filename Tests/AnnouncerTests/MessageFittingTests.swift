import XCTest

@testable import Announcer

final class MessageFittingTests: XCTestCase {
    func testMastodonCountsEveryLinkAs23() {
        XCTAssertEqual(MessageFitting.mastodonLength("Read https://example.org/a/very/long/path/that/goes/on"), 5 + 23)
        XCTAssertEqual(MessageFitting.mastodonLength("a\nhttp://x.y\nb"), 1 + 1 + 23 + 1 + 1)
        XCTAssertEqual(MessageFitting.mastodonLength("héllo 👋"), 7)
    }

    func testTheSummaryIsCutAtAWordWithAnEllipsis() {
        let summary = "one two three four five six seven eight nine ten"
        let message = MessageFitting.fit(limit: 30, summary: summary, length: \.count) { "Title: \($0)" }
        XCTAssertEqual(message, "Title: one two three four…")
        XCTAssertLessThanOrEqual(message.count, 30)
    }

    func testAMessageThatFitsIsUntouched() {
        XCTAssertEqual(MessageFitting.fit(limit: 100, summary: "short", length: \.count) { "T: \($0)" }, "T: short")
    }

    func testATitleLongerThanTheLimitIsCutToo() {
        let message = MessageFitting.fit(limit: 10, summary: "", length: \.count) { _ in "A title far too long to fit" }
        XCTAssertEqual(message, "A title f…")
    }
}
