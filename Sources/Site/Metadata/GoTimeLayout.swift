import Foundation

/// Dates written as Go's layouts (`Jan 2, 2006`, by the reference time) write them: in
/// permalink patterns (`:2006`), with Go's `.Format`, and as Hugo's `time.Format` and
/// `dateFormat` write them, with the language's month and day names put in for the English
/// ones as Hugo's `htime.TimeFormatter` does, and Hugo's own localized layouts (`:date_long`),
/// which CLDR (Foundation's ICU) gives as Hugo's `locales` do.
enum GoTimeLayout {
    /// A permalink pattern's word formatted with `date`, or nil when it is no date layout
    /// (Hugo's test: a time whose every field differs from Go's reference time, formatted
    /// with it, gives the word back).
    static func permalinkPart(_ layout: String, date: PostDate) -> String? {
        goFormat(unlikeReference, layout: layout) == layout ? nil : goFormat(date, layout: layout)
    }

    private static let unlikeReference = LocalDateTime(parsing: "2019-11-09T23:01:42Z")!.resolved(in: .gmt)

    /// - Parameter locale: whose names to write; nil for Go's own `Time.Format` (`.Date.Format`),
    ///   which writes English names and knows no `:date_long`.
    static func format(_ date: PostDate, layout: String, locale: Locale?) -> String {
        guard let locale else { return goFormat(date, layout: layout) }
        guard !layout.isEmpty else { return "" }
        if layout.hasPrefix(":"), let styles = styles[layout.dropFirst().lowercased()] {
            let formatter = DateFormatter()
            formatter.locale = locale
            formatter.timeZone = TimeZone(secondsFromGMT: date.offsetSeconds) ?? .gmt
            (formatter.dateStyle, formatter.timeStyle) = styles
            return formatter.string(from: date.instant)
        }
        var text = goFormat(date, layout: layout)
        let fields = date.fields
        let symbols = DateFormatter()
        symbols.locale = locale
        // The English name the layout asked for, long or short, as Hugo's `htime` replaces it.
        var replacements: [(String, String)] = []
        let month = CalendarNames.months[fields.month - 1]
        if layout.contains("January") {
            replacements.append((month, symbols.monthSymbols[fields.month - 1]))
        } else if layout.contains("Jan") {
            replacements.append((String(month.prefix(3)), symbols.shortMonthSymbols[fields.month - 1]))
        }
        let day = CalendarNames.weekdays[fields.weekday]
        if layout.contains("Monday") {
            replacements.append((day, symbols.weekdaySymbols[fields.weekday]))
        } else if layout.contains("Mon") {
            replacements.append((String(day.prefix(3)), symbols.shortWeekdaySymbols[fields.weekday]))
        }
        for (english, local) in replacements where english != local {
            text = text.replacingOccurrences(of: english, with: local)
        }
        return text
    }

    /// How Go prints a `time.Time` (`{{ .Date }}`): `2024-07-02 00:00:00 +0000 UTC`.
    static func goString(_ date: PostDate) -> String {
        goFormat(date, layout: "2006-01-02 15:04:05.999999999 -0700 MST")
    }

    /// Go's zero time, which a page without that date has: `0001-01-01 00:00:00 +0000 UTC`.
    static let zero = PostDate(
        instant: Date(timeIntervalSince1970: Double(LocalDateTime.daysSinceEpoch(year: 1, month: 1, day: 1)) * 86_400),
        offsetSeconds: 0)

    private static let styles: [String: (DateFormatter.Style, DateFormatter.Style)] = [
        "date_full": (.full, .none), "date_long": (.long, .none), "date_medium": (.medium, .none),
        "date_short": (.short, .none), "time_full": (.none, .full), "time_long": (.none, .long),
        "time_medium": (.none, .medium), "time_short": (.none, .short),
    ]

    /// Go's `Time.Format`: each element of the reference time `Mon Jan 2 15:04:05 MST 2006`
    /// found in the layout (as Go's `nextStdChunk` finds them, left to right) is replaced by
    /// the date's, in its own offset; the rest is copied.
    private static func goFormat(_ date: PostDate, layout: String) -> String {
        let fields = date.fields
        let local = date.instant.timeIntervalSince1970 + Double(date.offsetSeconds)
        let secondOfDay = Int(local - (local / 86_400).rounded(.down) * 86_400)
        let (hour, minute, second) = (secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
        let nanoseconds = Int(((local - local.rounded(.down)) * 1e9).rounded())
        let layout = Array(layout.unicodeScalars)
        var output = ""
        var index = 0
        func has(_ word: String) -> Bool {
            let scalars = Array(word.unicodeScalars)
            return index + scalars.count <= layout.count && Array(layout[index..<index + scalars.count]) == scalars
        }
        func emit(_ text: String, consuming count: Int) {
            output += text
            index += count
        }
        while index < layout.count {
            let month = CalendarNames.months[fields.month - 1]
            let day = CalendarNames.weekdays[fields.weekday]
            let hour12 = hour % 12 == 0 ? 12 : hour % 12
            if has("January") {
                emit(month, consuming: 7)
            } else if has("Jan") {
                emit(String(month.prefix(3)), consuming: 3)
            } else if has("Monday") {
                emit(day, consuming: 6)
            } else if has("Mon") {
                emit(String(day.prefix(3)), consuming: 3)
            } else if has("MST") {
                emit(zoneName(date.offsetSeconds), consuming: 3)
            } else if has("2006") {
                emit(fields.year.padded(4), consuming: 4)
            } else if has("002") {
                emit(fields.dayOfYear.padded(3), consuming: 3)
            } else if has("01") {
                emit(fields.month.padded(2), consuming: 2)
            } else if has("02") {
                emit(fields.day.padded(2), consuming: 2)
            } else if has("03") {
                emit(hour12.padded(2), consuming: 2)
            } else if has("04") {
                emit(minute.padded(2), consuming: 2)
            } else if has("05") {
                emit(second.padded(2), consuming: 2)
            } else if has("06") {
                emit((fields.year % 100).padded(2), consuming: 2)
            } else if has("15") {
                emit(hour.padded(2), consuming: 2)
            } else if has("1") {
                emit(String(fields.month), consuming: 1)
            } else if has("__2") {
                emit(
                    String(repeating: " ", count: 3 - String(fields.dayOfYear).count) + String(fields.dayOfYear),
                    consuming: 3)
            } else if has("_2"), !has("_2006") {
                emit((fields.day < 10 ? " " : "") + String(fields.day), consuming: 2)
            } else if has("2") {
                emit(String(fields.day), consuming: 1)
            } else if has("3") {
                emit(String(hour12), consuming: 1)
            } else if has("4") {
                emit(String(minute), consuming: 1)
            } else if has("5") {
                emit(String(second), consuming: 1)
            } else if has("PM") {
                emit(hour >= 12 ? "PM" : "AM", consuming: 2)
            } else if has("pm") {
                emit(hour >= 12 ? "pm" : "am", consuming: 2)
            } else if let (text, count) = zone(in: layout, at: index, offset: date.offsetSeconds) {
                emit(text, consuming: count)
            } else if let (text, count) = fraction(in: layout, at: index, nanoseconds: nanoseconds) {
                emit(text, consuming: count)
            } else {
                output.unicodeScalars.append(layout[index])
                index += 1
            }
        }
        return output
    }

    /// Go's name of a zone it knows only by its offset: `UTC`, else the offset (`-0700`).
    private static func zoneName(_ offset: Int) -> String {
        offset == 0 ? "UTC" : offsetText(offset, separator: "", seconds: false)
    }

    /// `-0700`, `-07:00`, `-07`, `-070000`, `-07:00:00`, and their `Z` forms (`Z` for UTC).
    private static func zone(in layout: [Unicode.Scalar], at index: Int, offset: Int) -> (String, Int)? {
        let forms: [(String, String, Bool, Bool)] = [
            ("-07:00:00", ":", true, false), ("-070000", "", true, false), ("-07:00", ":", false, false),
            ("-0700", "", false, false), ("-07", "", false, true),
        ]
        for (form, separator, seconds, hoursOnly) in forms {
            for sign in ["-", "Z"] {
                let word = Array((sign + form.dropFirst()).unicodeScalars)
                guard index + word.count <= layout.count, Array(layout[index..<index + word.count]) == word else {
                    continue
                }
                if sign == "Z", offset == 0 { return ("Z", word.count) }
                let text = offsetText(offset, separator: separator, seconds: seconds)
                return (hoursOnly ? String(text.prefix(3)) : text, word.count)
            }
        }
        return nil
    }

    private static func offsetText(_ offset: Int, separator: String, seconds: Bool) -> String {
        let magnitude = abs(offset)
        var text =
            (offset < 0 ? "-" : "+") + (magnitude / 3600).padded(2) + separator + (magnitude / 60 % 60).padded(2)
        if seconds { text += separator + (magnitude % 60).padded(2) }
        return text
    }

    /// `.000` (always that many digits) or `.999` (trailing zeros dropped, and the point with
    /// them), after `.` or `,`, when no digit follows.
    private static func fraction(in layout: [Unicode.Scalar], at index: Int, nanoseconds: Int) -> (String, Int)? {
        guard layout[index] == "." || layout[index] == ",", index + 1 < layout.count,
            layout[index + 1] == "0" || layout[index + 1] == "9"
        else { return nil }
        let digit = layout[index + 1]
        var end = index + 1
        while end < layout.count, layout[end] == digit { end += 1 }
        guard end == layout.count || !("0"..."9").contains(layout[end]) else { return nil }
        let count = end - index - 1
        var digits = String(nanoseconds.padded(9).prefix(count))
        if digit == "9" {
            while digits.last == "0" { digits.removeLast() }
            if digits.isEmpty { return ("", count + 1) }
        }
        return (String(layout[index]) + digits, count + 1)
    }
}
