import Foundation

/// The text a reader sees of some HTML, to compare Herald's rendering with a generator's.
enum VisibleText {
    /// Tags gone (inline ones without leaving a space, as Rouge's and Chroma's spans split no
    /// word), character references decoded, white space (no-break spaces too) collapsed.
    static func of(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<!--.*?-->", with: "", options: .regularExpression)
        text = text.replacingOccurrences(
            of: "</?(span|a|em|strong|code|b|i|sup|sub|abbr|kbd|mark|small|del|ins)\\b[^>]*>", with: "",
            options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
        return decoded(text).split(whereSeparator: { $0.isWhitespace || $0 == "\u{A0}" }).joined(separator: " ")
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ldquo": "“", "rdquo": "”",
        "lsquo": "‘", "rsquo": "’", "mdash": "—", "ndash": "–", "hellip": "…", "laquo": "«", "raquo": "»",
        "copy": "©",
    ]

    /// HTML's character references decoded, as a feed reader shows an `html` title or summary.
    static func decoded(_ html: String) -> String {
        var result = ""
        var rest = Substring(html)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            rest = rest[ampersand...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: ampersand)..<semicolon]
            var number: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                number = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                number = UInt32(name.dropFirst())
            }
            guard let text = named[String(name)] ?? number.flatMap(Unicode.Scalar.init).map({ String(Character($0)) })
            else {
                result += "&"
                rest = rest.dropFirst()
                continue
            }
            result += text
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }
}
