import Foundation
import XCTest

@testable import Announcer

final class RetryPolicyTests: XCTestCase {
    private func response(_ headers: [(String, String)] = [], body: String = "") -> HTTPResponse {
        HTTPResponse(status: 429, headers: headers.map { (name: $0.0, value: $0.1) }, body: Array(body.utf8))
    }

    func testRetryAfterInSeconds() {
        XCTAssertEqual(RetryPolicy.requestedWait(response([("retry-after", "7")]), now: Date()), 7)
    }

    func testRetryAfterAsAnHTTPDate() throws {
        let now = try XCTUnwrap(ISO8601DateFormatter().date(from: "2015-10-21T07:28:00Z"))
        XCTAssertEqual(
            RetryPolicy.requestedWait(response([("retry-after", "Wed, 21 Oct 2015 07:28:30 GMT")]), now: now), 30)
    }

    func testDiscordTelegramAndMatrixBodies() {
        XCTAssertEqual(
            RetryPolicy.requestedWait(response(body: #"{"retry_after": 0.5, "global": false}"#), now: Date()), 0.5)
        XCTAssertEqual(
            RetryPolicy.requestedWait(response(body: #"{"ok":false,"parameters":{"retry_after":3}}"#), now: Date()), 3)
        XCTAssertEqual(RetryPolicy.requestedWait(response(body: #"{"retry_after_ms": 1500}"#), now: Date()), 1.5)
        XCTAssertNil(RetryPolicy.requestedWait(response(body: "busy"), now: Date()))
    }

    func testBackoffDoublesWithJitterAndACap() {
        let policy = RetryPolicy(attempts: 10, baseDelay: 1)
        for attempt in 1...4 {
            let delay = policy.backoff(afterAttempt: attempt)
            let expected = pow(2, Double(attempt - 1))
            XCTAssertTrue((expected * 0.8...expected * 1.2).contains(delay), "\(attempt): \(delay)")
        }
        XCTAssertLessThanOrEqual(policy.backoff(afterAttempt: 20), 72)
    }
}
