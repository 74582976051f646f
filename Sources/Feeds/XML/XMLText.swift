import CLibXML2

/// Text on its way into an XML document.
public enum XMLText {
    /// libxml2's version, for `herald --version`.
    public static var libraryVersion: String { String(cString: herald_xml_version()) }

    /// Removes the characters XML 1.0 forbids (C0 controls other than tab, line feed and
    /// carriage return; U+FFFE; U+FFFF): libxml2 writes them unchanged and reports success,
    /// leaving a document that no reader will parse.
    public static func sanitized(_ text: String) -> String {
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
