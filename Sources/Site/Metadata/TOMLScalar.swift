/// The unquoted values of TOML: booleans, integers, floats, dates and times, read from the
/// run of bytes that holds one.
enum TOMLScalar {
    static func parse(_ token: UnsafeBufferPointer<UInt8>) -> MetadataValue? {
        switch String(decoding: token.prefix(6), as: UTF8.self) {
        case "true" where token.count == 4: return .bool(true)
        case "false" where token.count == 5: return .bool(false)
        default: break
        }
        if token.count >= 8, token[4] == UInt8(ascii: "-") {
            return date(token)
        }
        if token.count >= 8, token[2] == UInt8(ascii: ":") {
            guard let time = time(token[...]), time.length == token.count else { return nil }
            return .string("\(time.hour.padded(2)):\(time.minute.padded(2)):\(time.second.padded(2))")
        }
        return number(token)
    }

    // MARK: Numbers

    private static func number(_ token: UnsafeBufferPointer<UInt8>) -> MetadataValue? {
        var body = token[...]
        let sign = body.first
        if sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { body = body.dropFirst() }
        let isNegative = sign == UInt8(ascii: "-")
        switch String(decoding: body, as: UTF8.self) {
        case "inf": return .float(isNegative ? -.infinity : .infinity)
        case "nan": return .float(.nan)
        default: break
        }
        if body.count > 2, body.first == UInt8(ascii: "0"), let radix = radix(of: body[body.startIndex + 1]) {
            // A sign is not allowed before a hexadecimal, octal or binary number.
            guard body.count == token.count, let digits = digits(body.dropFirst(2), radix: radix) else { return nil }
            return Int(digits, radix: radix).map { .integer($0) }
        }
        guard let first = body.first, TOMLReader.isDigit(first) else { return nil }
        guard let end = body.firstIndex(where: { $0 == UInt8(ascii: ".") || $0 | 0x20 == UInt8(ascii: "e") }) else {
            guard let digits = digits(body, radix: 10), !hasLeadingZero(digits) else { return nil }
            return Int(isNegative ? "-" + digits : digits).map { .integer($0) }
        }
        guard let whole = digits(body[..<end], radix: 10), !hasLeadingZero(whole) else { return nil }
        var text = (isNegative ? "-" : "") + whole
        var rest = body[end...]
        if rest.first == UInt8(ascii: ".") {
            rest = rest.dropFirst()
            let fractionEnd = rest.firstIndex { $0 | 0x20 == UInt8(ascii: "e") } ?? rest.endIndex
            guard let fraction = digits(rest[..<fractionEnd], radix: 10) else { return nil }
            text += "." + fraction
            rest = rest[fractionEnd...]
        }
        if let marker = rest.first {
            guard marker | 0x20 == UInt8(ascii: "e") else { return nil }
            rest = rest.dropFirst()
            var exponentSign = ""
            if let sign = rest.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                exponentSign = String(Character(Unicode.Scalar(sign)))
                rest = rest.dropFirst()
            }
            guard let exponent = digits(rest, radix: 10) else { return nil }
            text += "e" + exponentSign + exponent
        }
        return Double(text).map { .float($0) }
    }

    private static func radix(of marker: UInt8) -> Int? {
        switch marker {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    /// The digits without their underscores, each of which must stand between two digits.
    private static func digits(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, radix: Int) -> String? {
        var result = ""
        var previousWasDigit = false
        for byte in bytes {
            if byte == UInt8(ascii: "_") {
                guard previousWasDigit else { return nil }
                previousWasDigit = false
                continue
            }
            guard let value = TOMLReader.hexValue(byte), Int(value) < radix else { return nil }
            result.unicodeScalars.append(Unicode.Scalar(byte))
            previousWasDigit = true
        }
        return previousWasDigit ? result : nil
    }

    private static func hasLeadingZero(_ digits: String) -> Bool {
        digits.utf8.count > 1 && digits.utf8.first == UInt8(ascii: "0")
    }

    // MARK: Dates and times

    /// `1979-05-27`, or with a time: `1979-05-27T07:32:00.999999-07:00` (`T`, `t` or a space).
    private static func date(_ token: UnsafeBufferPointer<UInt8>) -> MetadataValue? {
        guard token.count >= 10, let year = fixed(token[0..<4]), token[4] == UInt8(ascii: "-"),
            let month = fixed(token[5..<7]), token[7] == UInt8(ascii: "-"), let day = fixed(token[8..<10])
        else { return nil }
        var value = LocalDateTime(year: year, month: month, day: day)
        if token.count > 10 {
            guard [UInt8(ascii: "T"), UInt8(ascii: "t"), 0x20].contains(token[10]),
                let time = time(token[11...]), let zone = zone(token[(11 + time.length)...])
            else { return nil }
            value.hour = time.hour
            value.minute = time.minute
            value.second = time.second
            value.nanosecond = time.nanosecond
            if case .offset(let seconds) = zone { value.offsetSeconds = seconds }
        }
        return value.isValid ? .datetime(value) : nil
    }

    private struct Time {
        var hour: Int
        var minute: Int
        var second: Int
        var nanosecond: Int
        /// How many bytes the time took.
        var length: Int
    }

    /// `07:32:00` with an optional fraction of a second; what follows is left to the caller.
    private static func time(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Time? {
        let start = bytes.startIndex
        guard bytes.count >= 8, let hour = fixed(bytes[start..<start + 2]), bytes[start + 2] == UInt8(ascii: ":"),
            let minute = fixed(bytes[start + 3..<start + 5]), bytes[start + 5] == UInt8(ascii: ":"),
            let second = fixed(bytes[start + 6..<start + 8]), hour < 24, minute < 60, second < 60
        else { return nil }
        var time = Time(hour: hour, minute: minute, second: second, nanosecond: 0, length: 8)
        guard bytes.count > 8, bytes[start + 8] == UInt8(ascii: ".") else { return time }
        var index = start + 9
        var scale = 100_000_000
        while index < bytes.endIndex, TOMLReader.isDigit(bytes[index]) {
            // Digits past nanoseconds are cut, as Go's parser does, never rounded into the next second.
            time.nanosecond += Int(bytes[index] - 0x30) * scale
            scale /= 10
            index += 1
        }
        guard index > start + 9 else { return nil }
        time.length = index - start
        return time
    }

    private enum Zone {
        /// No offset written: the site's timezone decides.
        case local
        case offset(seconds: Int)
    }

    /// What may follow a date-time: nothing, `Z`, or `+07:00`.
    private static func zone(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Zone? {
        guard let sign = bytes.first else { return .local }
        if sign | 0x20 == UInt8(ascii: "z") { return bytes.count == 1 ? .offset(seconds: 0) : nil }
        let start = bytes.startIndex
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), bytes.count == 6,
            let hours = fixed(bytes[start + 1..<start + 3]), bytes[start + 3] == UInt8(ascii: ":"),
            let minutes = fixed(bytes[start + 4..<start + 6]), hours < 24, minutes < 60
        else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return .offset(seconds: sign == UInt8(ascii: "-") ? -seconds : seconds)
    }

    /// A fixed number of decimal digits.
    private static func fixed(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var value = 0
        for byte in bytes {
            guard TOMLReader.isDigit(byte) else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }
}
