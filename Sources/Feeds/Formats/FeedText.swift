/// Text on its way into a feed, in any format.
enum FeedText {
    /// Removes the characters XML 1.0 forbids (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE; U+FFFF): libxml2 writes them unchanged and reports success,
    /// leaving a document that no reader will parse. JSON could carry them escaped, but every
    /// format shows the same text, so JSON Feed drops them too.
    static func sanitized(_ text: String) -> String {
        var text = text
        guard text.withUTF8(hasForbidden) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isForbidden($0) }))
    }

    /// The check on UTF-8, as every entry's content passes through it: a control byte, or the
    /// encoding of U+FFFE or U+FFFF (EF BF BE, EF BF BF).
    private static func hasForbidden(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D { return true }
            if byte == 0xEF, index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] >= 0xBE { return true }
            index += 1
        }
        return false
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
