import Foundation

/// When to try a delivery again, and after how long.
struct RetryPolicy {
    let attempts: Int
    let baseDelay: Double
    /// The longest one announcement waits between its tries, in all: what would take longer is
    /// left for the next run.
    static let longestWait = 300.0

    /// Exponential backoff with ±20 % jitter, so many runs never retry in lockstep.
    func backoff(afterAttempt attempt: Int) -> Double {
        let delay = min(60, baseDelay * pow(2, Double(attempt - 1)))
        return delay * Double.random(in: 0.8...1.2)
    }

    /// How long the platform asked to wait: `Retry-After` (seconds or an HTTP date), or the
    /// body's `retry_after` (Discord, seconds), `parameters.retry_after` (Telegram) or
    /// `retry_after_ms` (Matrix).
    static func requestedWait(_ response: HTTPResponse, now: Date) -> Double? {
        if let header = response.header("retry-after") {
            // A wait that is no finite number (`inf`, `1e999`) is as good as "not now".
            if let seconds = Double(header.trimmingCharacters(in: .whitespaces)) {
                return seconds.isFinite ? max(0, seconds) : .infinity
            }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
            if let date = formatter.date(from: header) { return max(0, date.timeIntervalSince(now)) }
        }
        guard let object = try? JSONSerialization.jsonObject(with: Data(response.body)) as? [String: Any] else {
            return nil
        }
        if let seconds = (object["retry_after"] as? NSNumber)?.doubleValue { return max(0, seconds) }
        if let parameters = object["parameters"] as? [String: Any],
            let seconds = (parameters["retry_after"] as? NSNumber)?.doubleValue
        {
            return max(0, seconds)
        }
        if let milliseconds = (object["retry_after_ms"] as? NSNumber)?.doubleValue {
            return max(0, milliseconds / 1000)
        }
        return nil
    }
}
