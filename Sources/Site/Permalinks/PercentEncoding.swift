/// Percent-encoding with uppercase hex, as Go and the WHATWG URL standard write it.
public enum PercentEncoding {
    /// Every UTF-8 byte of `text` that `keeps` rejects becomes `%XX`.
    public static func encode(_ text: String, keeping keeps: (UInt8) -> Bool) -> String {
        var result = ""
        for byte in text.utf8 {
            if keeps(byte) {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }

    /// Letters, digits and `-._~`, which no URL syntax gives a meaning.
    public static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"),
            UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }
}
