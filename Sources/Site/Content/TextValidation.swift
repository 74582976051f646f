/// Checks that bytes are text a feed can carry: valid UTF-8 without NUL bytes.
enum TextValidation {
    /// The 1-based line and a reason for the first byte that is not text, or nil when all is well.
    static func firstProblem(in bytes: UnsafeRawBufferPointer, range: Range<Int>, firstLine: Int) -> (
        line: Int, reason: String
    )? {
        guard let (index, reason) = firstInvalidByte(in: bytes, range: range) else { return nil }
        // Lines are counted only for the message: all is well nearly always.
        let line = firstLine + bytes[range.lowerBound..<index].count { $0 == 0x0A }
        return (line, reason)
    }

    private static func firstInvalidByte(in bytes: UnsafeRawBufferPointer, range: Range<Int>) -> (Int, String)? {
        var index = range.lowerBound
        while index < range.upperBound {
            // Eight bytes at a time while they are ASCII without NUL: nearly all of a post.
            if index + 8 <= range.upperBound {
                let word = bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let highBits: UInt64 = 0x8080_8080_8080_8080
                let hasZeroByte = (word &- 0x0101_0101_0101_0101) & ~word & highBits != 0
                if word & highBits == 0 && !hasZeroByte {
                    index += 8
                    continue
                }
            }
            let byte = bytes[index]
            if byte == 0 {
                return (index, "NUL byte: the file is not text (is it binary, or saved in UTF-16?)")
            }
            if byte < 0x80 {
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index, end: range.upperBound)
            guard length > 0 else {
                return (index, String(format: "invalid UTF-8 (byte 0x%02X); save the file as UTF-8", byte))
            }
            index += length
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence at `index` (RFC 3629), or 0.
    private static func sequenceLength(_ bytes: UnsafeRawBufferPointer, at index: Int, end: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: (length, low) = (3, 0xA0)
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: (length, high) = (3, 0x9F)
        case 0xF0: (length, low) = (4, 0x90)
        case 0xF1...0xF3: length = 4
        case 0xF4: (length, high) = (4, 0x8F)
        default: return 0
        }
        guard index + length <= end else { return 0 }
        guard (low...high).contains(bytes[index + 1]) else { return 0 }
        for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) { return 0 }
        return length
    }
}
