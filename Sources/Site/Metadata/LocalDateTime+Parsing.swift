import Foundation

extension LocalDateTime {
    /// Reads the date forms Hugo's `cast.ToTime` accepts in front matter: `2006-01-02`,
    /// `2006-01-02T15:04:05`, with `T` or a space, optional fractional seconds, and an optional
    /// `Z`, `-07:00`, `-0700` or ` -0700` offset (a zone name after it, as Jekyll writes, is
    /// ignored); `02 Jan 2006`; RFC 1123 (`Mon, 02 Jan 2006 15:04:05 -0700`), RFC 822
    /// (`02 Jan 06 15:04 MST`), RFC 850 (`Monday, 02-Jan-06 15:04:05 MST`), and Go's ANSIC,
    /// Unix and Ruby forms (`Mon Jan _2 15:04:05 MST 2006`). A zone name in these is read as
    /// `cast` reads it: the clock is the site's. Returns nil for anything else (Hugo silently
    /// drops most such dates), and for impossible fields such as a 13th month.
    public init?(parsing text: String) {
        var trimmed = Self.trimmingSpaces(text)
        guard let value = trimmed.withUTF8(Self.parse) else { return nil }
        self = value
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> LocalDateTime? {
        var isoScanner = DateScanner(bytes)
        var namedScanner = DateScanner(bytes)
        var weekdayScanner = DateScanner(bytes)
        guard let value = isoScanner.readISO() ?? namedScanner.readNamedMonth() ?? weekdayScanner.readWeekdayFirst(),
            value.isValid
        else { return nil }
        return value
    }

    /// Spaces and tabs around the date are ignored (Unicode's, too). Every post has dates, and
    /// one that starts and ends with neither is returned as it is, its scalars never looked at.
    private static func trimmingSpaces(_ text: String) -> String {
        let mayBeSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte >= 0x80 }
        guard let first = text.utf8.first, let last = text.utf8.last, mayBeSpace(first) || mayBeSpace(last) else {
            return text
        }
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, Self.isSpace(scalars[start]) { start = scalars.index(after: start) }
        while start < end, Self.isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    /// What `CharacterSet.whitespaces` holds: the tab and Unicode's space separators.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (!scalar.isASCII && scalar.properties.generalCategory == .spaceSeparator)
    }
}

/// A cursor over the bytes of a date string.
private struct DateScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private var atEnd: Bool { position == bytes.count }
    private var peek: UInt8? { atEnd ? nil : bytes[position] }

    private mutating func consume(_ character: Unicode.Scalar) -> Bool {
        guard peek == UInt8(ascii: character) else { return false }
        position += 1
        return true
    }

    private mutating func digits(_ count: Int) -> Int? {
        guard position + count <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[position..<position + count] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        position += count
        return value
    }

    private mutating func skipSpaces() {
        while peek == 0x20 { position += 1 }
    }

    mutating func readISO() -> LocalDateTime? {
        guard let year = digits(4), consume("-"), let month = digits(2), consume("-"), let day = digits(2) else {
            return nil
        }
        var value = LocalDateTime(year: year, month: month, day: day)
        if atEnd { return value }
        guard consume("T") || consume("t") || consume(" ") else { return nil }
        guard readClock(into: &value) else { return nil }
        return readOffset(into: &value) ? value : nil
    }

    /// `15:04:05`, the hour in one digit or two as Go's layouts read it (`8:09:26` is 08:09:26):
    /// Hugo accepts no clock without seconds but in RFC 822 (`secondsOptional`).
    private mutating func readClock(into value: inout LocalDateTime, secondsOptional: Bool = false) -> Bool {
        let hour: Int?
        if let next = bytes.dropFirst(position + 1).first, next == UInt8(ascii: ":") {
            hour = digits(1)
        } else {
            hour = digits(2)
        }
        guard let hour, consume(":"), let minute = digits(2) else { return false }
        value.hour = hour
        value.minute = minute
        if secondsOptional && peek != UInt8(ascii: ":") { return true }
        guard consume(":"), let second = digits(2) else { return false }
        value.second = second
        if consume(".") || consume(",") {
            var fraction = 0
            var scale = 1_000_000_000
            while let byte = peek, byte >= 0x30, byte <= 0x39 {
                scale /= 10
                fraction += Int(byte - 0x30) * scale
                position += 1
            }
            value.nanosecond = fraction
        }
        return true
    }

    /// Reads what may follow the clock; true when nothing unreadable is left. With
    /// `namesAreLocal`, a zone name (`MST`, `GMT`) leaves the clock the site's, as `cast` has it.
    private mutating func readOffset(into value: inout LocalDateTime, namesAreLocal: Bool = false) -> Bool {
        skipSpaces()
        if atEnd { return true }
        if namesAreLocal {
            if readZoneAbbreviation() { return atEnd }
        }
        if consume("Z") || consume("z") {
            value.offsetSeconds = 0
        } else if let sign = peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            position += 1
            guard let hours = digits(2) else { return false }
            _ = consume(":")
            guard let minutes = digits(2) else { return false }
            value.offsetSeconds = (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        } else if let zone = readZoneName() {
            value.offsetSeconds = zone
        } else {
            return false
        }
        skipSpaces()
        // Jekyll and Go print a zone abbreviation after a numeric offset: `+0400 +04`, `-0700 MST`.
        while let byte = peek, byte != 0x20 { position += 1 }
        return atEnd
    }

    /// A zone abbreviation as Go reads one (`MST`, `CEST`, `ChST`): three to five letters.
    private mutating func readZoneAbbreviation() -> Bool {
        let start = position
        guard (3...5).contains(word().count) else {
            position = start
            return false
        }
        return true
    }

    /// Go's two-digit year: 69 to 99 are the 1900s, the rest the 2000s.
    private mutating func year() -> Int? {
        if let year = digits(4) { return year }
        return digits(2).map { $0 >= 69 ? 1900 + $0 : 2000 + $0 }
    }

    /// `UTC`, `GMT` and `UT` are the zone names whose meaning never changes.
    private mutating func readZoneName() -> Int? {
        for name in ["UTC", "GMT", "UT"] where bytes[position...].starts(with: name.utf8) {
            position += name.utf8.count
            return 0
        }
        return nil
    }

    private static let monthNames = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    private static let weekdayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

    /// The run of ASCII letters here, lowercased.
    private mutating func word() -> String {
        let start = position
        while let byte = peek, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self).lowercased()
    }

    private mutating func monthName() -> Int? {
        let word = word()
        guard word.count >= 3, let index = Self.monthNames.firstIndex(of: String(word.prefix(3))) else { return nil }
        return index + 1
    }

    /// A weekday's three-letter name (`Mon`), which Go checks but does not hold against the date.
    private mutating func weekdayName() -> Bool {
        let word = word()
        return word.count == 3 && Self.weekdayNames.contains(word)
    }

    /// `Mon, 02 Jan 2006 15:04:05 -0700` (RFC 1123), `02 Jan 06 15:04 MST` (RFC 822),
    /// `Monday, 02-Jan-06 15:04:05 MST` (RFC 850) and `02 Jan 2006`.
    mutating func readNamedMonth() -> LocalDateTime? {
        if let comma = bytes.firstIndex(of: UInt8(ascii: ",")), comma <= 9, !bytes[..<comma].contains(0x20) {
            position = comma + 1  // a weekday name
            skipSpaces()
        }
        guard let day = digits(2) else { return nil }
        let separator: Unicode.Scalar = consume("-") ? "-" : " "
        guard separator == "-" || consume(" "), let month = monthName(), consume(separator) else { return nil }
        let yearStart = position
        guard let year = year() else { return nil }
        let shortYear = position - yearStart == 2
        var value = LocalDateTime(year: year, month: month, day: day)
        if atEnd { return shortYear ? nil : value }
        guard consume(" "), readClock(into: &value, secondsOptional: shortYear) else { return nil }
        return readOffset(into: &value, namesAreLocal: true) ? value : nil
    }

    /// Go's ANSIC, Unix and Ruby forms: `Mon Jan _2 15:04:05 2006`, `Mon Jan _2 15:04:05 MST
    /// 2006`, `Mon Jan 02 15:04:05 -0700 2006`.
    mutating func readWeekdayFirst() -> LocalDateTime? {
        guard weekdayName(), consume(" "), let month = monthName(), consume(" ") else { return nil }
        _ = consume(" ")  // `_2`: a day of one digit is padded with a space
        let day = digits(2) ?? digits(1)
        guard let day, consume(" ") else { return nil }
        var value = LocalDateTime(year: 1, month: month, day: day)
        guard readClock(into: &value), consume(" ") else { return nil }
        if let sign = peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            position += 1
            guard let hours = digits(2), let minutes = digits(2), consume(" ") else { return nil }
            value.offsetSeconds = (sign == UInt8(ascii: "-") ? -1 : 1) * (hours * 3600 + minutes * 60)
        } else if readZoneAbbreviation() {
            guard consume(" ") else { return nil }
        }
        guard let year = digits(4), atEnd else { return nil }
        value.year = year
        return value
    }
}
