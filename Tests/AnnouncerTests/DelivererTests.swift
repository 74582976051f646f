import Foundation
import XCTest

@testable import Announcer

final class DelivererTests: XCTestCase {
    /// A platform that answers every try with the same response.
    private final class Platform: HTTPSending, @unchecked Sendable {
        let response: HTTPResponse
        private let lock = NSLock()
        private var tries = 0

        init(_ response: HTTPResponse) { self.response = response }

        var triesSoFar: Int { lock.withLock { tries } }

        func send(_ request: HTTPRequest) throws(HTTPError) -> HTTPResponse {
            lock.withLock { tries += 1 }
            return response
        }
    }

    /// Ten tries that each ask for 200 s would wait half an hour, holding the lock: the waits
    /// of one announcement add up to 300 s at most.
    func testWaitsAddUpToFiveMinutesAtMost() {
        let platform = Platform(HTTPResponse(status: 429, headers: [("retry-after", "200")], body: []))
        nonisolated(unsafe) var pauses: [Double] = []
        let deliverer = Deliverer(
            client: platform, policy: RetryPolicy(attempts: 10, baseDelay: 1),
            redactor: SecretRedactor(target: TargetSettings(name: "t", platform: .webhook)) { _, _ in nil },
            pause: { pauses.append($0) })
        let (outcome, attempts) = deliverer.deliver { _ in HTTPRequest(url: "https://example.invalid/") }
        XCTAssertEqual(pauses, [200])
        XCTAssertEqual(attempts, 2)
        XCTAssertEqual(platform.triesSoFar, 2)
        XCTAssertEqual(
            outcome, .rateLimited("HTTP 429; waiting again would take longer than 300 s in all, left for the next run"))
    }
}
