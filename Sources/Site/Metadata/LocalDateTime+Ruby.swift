extension LocalDateTime {
    /// Reads a date the way Jekyll does, through Ruby's `Time.parse`, in the forms Jekyll sites
    /// write: `2010-01-10`, `2023-1-9`, then a clock (`13:07`, `8:30:09.5`) after `T` or spaces,
    /// then a zone right after it (`Z`, `UTC`, `+00:00`, `-0800`, `+05`, `PST`). Ruby ignores
    /// what it cannot place, so text after that is ignored too: `2023-01-29 18:30:22 2023 -0800`
    /// is 18:30:22 in the site's timezone, as Jekyll reads it. Other text gets Hugo's forms (RFC
    /// 1123, `02 Jan 2006`); nil when neither reads it or the fields name no real moment.
    public init?(rubyParsing text: String) {
        var scanner = RubyDateScanner(Array(text.utf8))
        guard let value = scanner.read() ?? LocalDateTime(parsing: text), value.isValid else { return nil }
        self = value
    }
}

/// A cursor over the bytes of a date as Ruby's `Date._parse` reads its ISO 8601 shapes.
private struct RubyDateScanner {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipSpaces() {
        while let byte = peek, byte == 0x20 || byte == 0x09 { position += 1 }
    }

    /// From one to `most` digits.
    private mutating func number(most: Int) -> (value: Int, count: Int)? {
        var value = 0
        var count = 0
        while count < most, let byte = peek, byte >= 0x30, byte <= 0x39 {
            value = value * 10 + Int(byte - 0x30)
            count += 1
            position += 1
        }
        return count == 0 ? nil : (value, count)
    }

    private mutating func consume(_ byte: Unicode.Scalar) -> Bool {
        guard peek == UInt8(ascii: byte) else { return false }
        position += 1
        return true
    }

    mutating func read() -> LocalDateTime? {
        skipSpaces()
        guard let year = number(most: 4), year.count >= 2, consume("-"), let month = number(most: 2), consume("-"),
            let day = number(most: 2), peek.map({ $0 < 0x30 || $0 > 0x39 }) ?? true
        else { return nil }
        // `Time.parse` puts a two-digit year between 1969 and 2068.
        let fullYear = year.count == 2 ? year.value + (year.value >= 69 ? 1900 : 2000) : year.value
        var value = LocalDateTime(year: fullYear, month: month.value, day: day.value)
        let dateEnd = position
        if !consume("T"), !consume("t") { skipSpaces() }
        guard readClock(into: &value) else {
            position = dateEnd
            return value
        }
        skipSpaces()
        if let offset = readZone() { value.offsetSeconds = offset }
        return value
    }

    /// `H:MM`, `HH:MM:SS`, with a fraction of a second after `.` or `,`.
    private mutating func readClock(into value: inout LocalDateTime) -> Bool {
        guard let hour = number(most: 2), consume(":"), let minute = number(most: 2), minute.count == 2 else {
            return false
        }
        value.hour = hour.value
        value.minute = minute.value
        if consume(":") {
            guard let second = number(most: 2), second.count == 2 else { return false }
            value.second = second.value
            if consume(".") || consume(",") {
                var scale = 1_000_000_000
                while let byte = peek, byte >= 0x30, byte <= 0x39 {
                    scale /= 10
                    value.nanosecond += Int(byte - 0x30) * scale
                    position += 1
                }
            }
        }
        return true
    }

    /// North American zone names, which Ruby's zone table knows with fixed offsets.
    private static let zoneNames: [String: Int] = [
        "utc": 0, "gmt": 0, "ut": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
        "pst": -8, "pdt": -7,
    ]

    /// A numeric offset (`+05`, `-0800`, `+05:30`) or a zone name; nil, and nothing consumed,
    /// for anything else.
    private mutating func readZone() -> Int? {
        let start = position
        if let sign = peek, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            position += 1
            guard let hours = number(most: 2), hours.count == 2 else {
                position = start
                return nil
            }
            var minutes = 0
            let afterHours = position
            _ = consume(":")
            if let digits = number(most: 2), digits.count == 2 {
                minutes = digits.value
            } else {
                position = afterHours
            }
            return (sign == UInt8(ascii: "-") ? -1 : 1) * (hours.value * 3600 + minutes * 60)
        }
        while let byte = peek, (byte | 0x20) >= 0x61, (byte | 0x20) <= 0x7A { position += 1 }
        let word = String(decoding: bytes[start..<position], as: UTF8.self).lowercased()
        guard let hours = Self.zoneNames[word] else {
            position = start
            return nil
        }
        return hours * 3600
    }
}
