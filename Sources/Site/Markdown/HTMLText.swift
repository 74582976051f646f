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

    private static func decode(_ name: Substring) -> String? {
        if let named = entities[String(name)] { return named }
        guard name.first == "#" else { return nil }
        let number = name.dropFirst()
        let code = number.first == "x" || number.first == "X" ? UInt32(number.dropFirst(), radix: 16) : UInt32(number)
        return code.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
    }
}
