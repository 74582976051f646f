import Foundation

/// Sends one announcement with retries: timeouts, lost connections, 5xx and 429 are tried again
/// with backoff (honouring the platform's requested wait); other 4xx are not; 404 and 410 mark
/// the target broken. Every try carries the same idempotency key. What a failure says passes
/// through the redactor: a server may echo the request, secrets and all.
struct Deliverer {
    let client: any HTTPSending
    let policy: RetryPolicy
    let redactor: SecretRedactor
    let pause: (Double) -> Void

    /// - Parameter request: builds the request for a try at the given moment (signatures are
    ///   timestamped per try).
    func deliver(_ request: (Date) throws -> HTTPRequest) -> (outcome: DeliveryOutcome, attempts: Int) {
        var reason = ""
        var waited = 0.0
        for attempt in 1...policy.attempts {
            let wait: Double
            do {
                let response = try client.send(try request(Date()))
                switch response.status {
                case 200..<300:
                    return (.delivered, attempt)
                case 404, 410:
                    return (
                        .broken(
                            "HTTP \(response.status): the address no longer exists; fix the target and run `herald announce --retry-broken`"
                        ), attempt
                    )
                case 429, 500..<600:
                    reason = "HTTP \(response.status)" + detail(response)
                    wait = RetryPolicy.requestedWait(response, now: Date()) ?? policy.backoff(afterAttempt: attempt)
                default:
                    return (.failed("HTTP \(response.status)" + detail(response) + "; not retried"), attempt)
                }
            } catch let error as HTTPError {
                reason = redactor.redact(error.detail)
                guard error.kind != .tls && error.kind != .refusedAddress else { return (.failed(reason), attempt) }
                wait = policy.backoff(afterAttempt: attempt)
            } catch {
                return (.failed(redactor.redact("\(error)")), attempt)
            }
            if attempt == policy.attempts { break }
            // However many tries are left and whatever the platform asks, one announcement waits
            // no longer than this in all: a run always ends, and its lock is let go.
            guard wait.isFinite, waited + wait <= RetryPolicy.longestWait else {
                return (
                    .rateLimited(
                        reason
                            + "; waiting again would take longer than \(Int(RetryPolicy.longestWait)) s in all, left for the next run"
                    ),
                    attempt
                )
            }
            pause(wait)
            waited += wait
        }
        let final = reason + " after \(policy.attempts) tries"
        return (reason.hasPrefix("HTTP 429") ? .rateLimited(final) : .failed(final), policy.attempts)
    }

    /// The start of an error body, which usually says what was wrong; redacted whole before it
    /// is cut, so no part of a secret is left at the cut.
    private func detail(_ response: HTTPResponse) -> String {
        let redacted = Array(redactor.redact(String(decoding: response.body, as: UTF8.self)).utf8)
        let text = String(decoding: redacted.prefix(200), as: UTF8.self)
            .replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? "" : " (\(text))"
    }
}
