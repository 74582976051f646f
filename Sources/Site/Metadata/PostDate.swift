import Foundation

/// An instant together with the UTC offset it is shown in: the author's own offset when one was
/// written, otherwise the site timezone's. Feeds print dates the way the author meant them.
public struct PostDate: Sendable, Hashable, Comparable {
    public let instant: Date
    public let offsetSeconds: Int

    public init(instant: Date, offsetSeconds: Int) {
        self.instant = instant
        self.offsetSeconds = offsetSeconds
    }

    public static func < (lhs: PostDate, rhs: PostDate) -> Bool { lhs.instant < rhs.instant }

    /// Calendar fields in this date's own offset, as permalink patterns use them.
    public var fields: (year: Int, month: Int, day: Int, weekday: Int, dayOfYear: Int) {
        let local = Int((instant.timeIntervalSince1970 + Double(offsetSeconds)).rounded(.down))
        let days = Int((Double(local) / 86_400).rounded(.down))
        let (year, month, day) = Self.civil(fromDays: days)
        let weekday = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday; 0 is Sunday.
        let dayOfYear = days - LocalDateTime.daysSinceEpoch(year: year, month: 1, day: 1) + 1
        return (year, month, day, weekday, dayOfYear)
    }

    /// RFC 3339 with the date's own offset, `Z` for UTC: `2023-12-12T16:14:55+04:00`.
    public var rfc3339: String {
        let local = Int((instant.timeIntervalSince1970 + Double(offsetSeconds)).rounded(.down))
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        let text =
            "\(year.padded(4))-\(month.padded(2))-\(day.padded(2))T"
            + "\((seconds / 3600).padded(2)):\((seconds / 60 % 60).padded(2)):\((seconds % 60).padded(2))"
        return text + Self.offsetText(offsetSeconds)
    }

    static func offsetText(_ offsetSeconds: Int) -> String {
        if offsetSeconds == 0 { return "Z" }
        let magnitude = abs(offsetSeconds) / 60
        return (offsetSeconds < 0 ? "-" : "+") + (magnitude / 60).padded(2) + ":" + (magnitude % 60).padded(2)
    }

    /// The inverse of `LocalDateTime.daysSinceEpoch`.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
