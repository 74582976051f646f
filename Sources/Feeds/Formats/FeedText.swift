/// Text on its way into a feed, in any format.
enum FeedText {
    /// Removes the characters XML 1.0 forbids (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE; U+FFFF): libxml2 writes them unchanged and reports success,
    /// leaving a document that no reader will parse. JSON could carry them escaped, but every
    /// format shows the same text, so JSON Feed drops them too.
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isForbidden) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !isForbidden($0) }))
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00..<0x20, 0xFFFE, 0xFFFF: true
        default: false
        }
    }
}
