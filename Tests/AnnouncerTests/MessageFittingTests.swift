import XCTest

@testable import Announcer

final class MessageFittingTests: XCTestCase {
    private let link = "https://example.org/a/very/long/path/that/goes/on"

    func testMastodonCountsThePostsLinkAs23() {
        XCTAssertEqual(MastodonMessage.length("Read \(link)", link: link), 5 + 23)
        XCTAssertEqual(MastodonMessage.length("a\n\(link)\nb", link: link), 1 + 1 + 23 + 1 + 1)
        XCTAssertEqual(MastodonMessage.length("héllo 👋", link: link), 7)
    }

    func testMastodonCountsOtherAddressesAtWorst() {
        XCTAssertEqual(MastodonMessage.length("see http://x.y", link: link), 4 + 10 + 15, "a short URL counts 23")
        XCTAssertEqual(MastodonMessage.length("x\(link)", link: link), 1 + link.count + 15, "glued to a word")
        XCTAssertEqual(MastodonMessage.length("httpd", link: link), 5)
    }

    private let announcement = Announcement(
        postID: "p", title: "Title", url: "https://e.org/p/",
        summary: "one two three four five six seven eight nine ten",
        siteTitle: "Site")

    func testTheSummaryIsCutAtAWordWithAnEllipsis() throws {
        let fitted = try MessageFitting.fit(announcement, limit: TextLimit(maximum: 30, unit: .codePoints)) {
            "Title: \($0.summary)".count
        }
        XCTAssertEqual(fitted.summary, "one two three four…")
        XCTAssertEqual(fitted.title, "Title")
    }

    func testAMessageThatFitsIsUntouched() throws {
        let fitted = try MessageFitting.fit(announcement, limit: TextLimit(maximum: 100, unit: .codePoints)) {
            $0.summary.count
        }
        XCTAssertEqual(fitted.summary, announcement.summary)
    }

    func testTheTitleIsCutOnlyOnceTheSummaryIsGone() throws {
        let fitted = try MessageFitting.fit(announcement, limit: TextLimit(maximum: 3, unit: .codePoints)) {
            ($0.title + $0.summary).count
        }
        XCTAssertEqual(fitted.summary, "")
        XCTAssertEqual(fitted.title, "Ti…")
    }

    func testWhatCannotFitSaysSo() {
        XCTAssertThrowsError(
            try MessageFitting.fit(announcement, limit: TextLimit(maximum: 3, unit: .bytes)) { _ in 4 }
        ) { error in
            XCTAssertTrue("\(error)".hasPrefix("the message does not fit 3 bytes even with"), "\(error)")
        }
    }
}
