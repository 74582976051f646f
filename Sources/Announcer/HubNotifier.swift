import Foundation
import Site

/// Tells WebSub hubs that feeds changed (`hub.mode=publish`), so subscribers fetch them now
/// rather than at their next poll.
public struct HubNotifier: Sendable {
    public let client: HTTPClient
    /// Plain `http://` hubs are refused unless this is set (tests on loopback need it).
    public let allowsPlainHTTP: Bool
    /// Tries per ping; a hub that fails with a 5xx or no answer gets another go.
    public let attempts: Int

    public init(client: HTTPClient, allowsPlainHTTP: Bool = false, attempts: Int = 3) {
        self.client = client
        self.allowsPlainHTTP = allowsPlainHTTP
        self.attempts = attempts
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let hubHost: String
        public let feedURL: String
        public let reason: String

        public var description: String { "hub \(hubHost): publish ping for \(feedURL) failed: \(reason)" }
    }

    /// Pings `hub` once per feed. A hub still failing after every try is not asked about the
    /// remaining feeds: one failure, naming how many feeds it was not told of, is returned.
    public func notify(hub: String, feedURLs: [String]) -> Failure? {
        for (index, feedURL) in feedURLs.enumerated() {
            guard let reason = ping(hub: hub, feedURL: feedURL) else { continue }
            let untold = feedURLs.count - index - 1
            return Failure(
                hubHost: CurlEasy.host(of: hub), feedURL: feedURL,
                reason: reason + (untold > 0 ? "; \(untold) more changed feeds were not announced to it" : ""))
        }
        return nil
    }

    /// One ping with retries; the reason it failed, or nil.
    private func ping(hub: String, feedURL: String) -> String? {
        var request = HTTPRequest(url: hub)
        request.headers = [("Content-Type", "application/x-www-form-urlencoded")]
        request.body = Array("hub.mode=publish&hub.url=\(Self.formEncoded(feedURL))".utf8)
        request.allowsPlainHTTP = allowsPlainHTTP
        var reason = ""
        for attempt in 1...attempts {
            do throws(HTTPError) {
                let response = try client.send(request)
                if (200..<300).contains(response.status) { return nil }
                reason = "HTTP \(response.status)"
                // A 4xx will not change by asking again.
                if response.status < 500 && response.status != 429 { return reason }
                if let wait = RetryPolicy.requestedWait(response, now: Date()), wait <= RetryPolicy.longestWait {
                    if attempt < attempts { Self.pause(seconds: Int(wait.rounded(.up))) }
                    continue
                }
            } catch {
                reason = error.detail
            }
            if attempt < attempts { Self.pause(seconds: attempt) }
        }
        return reason
    }

    private static func pause(seconds: Int) {
        var duration = timespec(tv_sec: seconds, tv_nsec: 0)
        nanosleep(&duration, nil)
    }

    /// `application/x-www-form-urlencoded`: everything but unreserved characters escaped.
    static func formEncoded(_ text: String) -> String {
        PercentEncoding.encode(text, keeping: PercentEncoding.isUnreserved)
    }
}
