import Foundation

/// A date as its author wrote it: calendar fields and, when one was written, a UTC offset.
///
/// A value without an offset means "in the site's timezone"; `resolved(in:)` decides the instant.
public struct LocalDateTime: Sendable, Equatable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    public var hour = 0
    public var minute = 0
    public var second = 0
    public var nanosecond = 0
    public var offsetSeconds: Int?

    public init(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
        nanosecond: Int = 0, offsetSeconds: Int? = nil
    ) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
        self.offsetSeconds = offsetSeconds
    }

    public var description: String {
        var text =
            "\(year.padded(4))-\(month.padded(2))-\(day.padded(2))T"
            + "\(hour.padded(2)):\(minute.padded(2)):\(second.padded(2))"
        if let offsetSeconds { text += PostDate.offsetText(offsetSeconds) }
        return text
    }

    /// Whether the fields name a real day and time (no 31 April, no hour 25).
    var isValid: Bool {
        guard (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second)
        else { return false }
        return (1...Self.daysIn(month: month, year: year)).contains(day)
            && (offsetSeconds.map { abs($0) < 24 * 3600 } ?? true)
    }

    /// The instant this names, with the written offset or else `timeZone`'s offset at that time.
    public func resolved(in timeZone: TimeZone) -> PostDate {
        let wallClock =
            Double(
                Self.daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second)
            // Microseconds at most: a Double this far from 2001 cannot hold 0.9999999 s apart
            // from the next second, and a date must never round into the next year.
            + Double(nanosecond / 1000) / 1e6
        if let offsetSeconds {
            return PostDate(
                instant: Date(timeIntervalSince1970: wallClock - Double(offsetSeconds)), offsetSeconds: offsetSeconds)
        }
        // Two steps find the offset in force at the wall-clock time, also across a DST change.
        var offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wallClock))
        offset = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: wallClock - Double(offset)))
        return PostDate(instant: Date(timeIntervalSince1970: wallClock - Double(offset)), offsetSeconds: offset)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days from 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's algorithm).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
