import Foundation

/// HTML turned into plain text, for JSON Feed's summary and for chat messages.
public enum HTMLText {
    private static let entities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    public static func plain(_ html: String) -> String {
        var text = ""
        var rest = Substring(html)
        while let index = rest.firstIndex(where: { $0 == "<" || $0 == "&" }) {
            text += rest[..<index]
            rest = rest[index...]
            if rest.first == "<" {
                rest = rest.drop { $0 != ">" }.dropFirst()
                continue
            }
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                text += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            text += decode(name) ?? String(rest[...semicolon])
            rest = rest[rest.index(after: semicolon)...]
        }
        return (text + rest).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The text with its character references (`&amp;`, `&#8217;`) decoded; tags stay.
    static func decodingEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            if let semicolon = rest.prefix(12).firstIndex(of: ";"),
                let decoded = decode(rest[rest.index(after: rest.startIndex)..<semicolon])
            {
                result += decoded
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest.dropFirst()
            }
        }
        return result + rest
    }

    private static func decode(_ name: Substring) -> String? {
        if let named = entities[String(name)] { return named }
        guard name.first == "#" else { return nil }
        let number = name.dropFirst()
        let code = number.first == "x" || number.first == "X" ? UInt32(number.dropFirst(), radix: 16) : UInt32(number)
        return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
