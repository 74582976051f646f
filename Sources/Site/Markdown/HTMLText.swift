import Foundation

/// HTML turned into plain text, for JSON Feed's summary and for chat messages.
public enum HTMLText {
    private static let entities = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}"]

    /// Tags dropped, and with them comments and what `<script>`, `<style>` and `<template>`
    /// hold, which no reader sees; character references decoded.
    public static func plain(_ html: String) -> String {
        var text = ""
        var rest = Substring(html)
        // Looked for as bytes: `<` and `&` are never part of another character.
        while let index = rest.utf8.firstIndex(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            text += rest[..<index]
            rest = rest[index...]
            if rest.first == "<" {
                if let end = endOfUnseen(rest) {
                    rest = rest[end...]
                    continue
                }
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
        return collapsed(text + rest)
    }

    /// White space between blocks one line end, and within them one space, as a reader sees
    /// the text of a few paragraphs.
    /// Code points rather than characters: the same white space, without grapheme breaking.
    private static func collapsed(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pending: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                // `Character.isNewline`'s code points.
                let isNewline = (0x0A...0x0D).contains(scalar.value) || [0x85, 0x2028, 0x2029].contains(scalar.value)
                if isNewline || pending == nil { pending = isNewline ? "\n" : " " }
                continue
            }
            if let space = pending, !result.isEmpty { result.append(space) }
            pending = nil
            result.append(scalar)
        }
        return String(result)
    }

    /// Where a comment, or a `<script>`, `<style>` or `<template>` element, that `html` starts
    /// with ends (the end of the text when it is never closed); nil for any other tag.
    private static func endOfUnseen(_ html: Substring) -> Substring.Index? {
        if html.hasPrefix("<!--") { return html.range(of: "-->")?.upperBound ?? html.endIndex }
        let lowered = html.prefix(10).lowercased()
        for name in ["script", "style", "template"] where lowered.hasPrefix("<" + name) {
            let after = lowered.dropFirst(name.count + 1).first
            guard after == nil || after == ">" || after == "/" || after!.isWhitespace else { continue }
            return html.range(of: "</" + name, options: .caseInsensitive).map { closing in
                html[closing.upperBound...].firstIndex(of: ">").map(html.index(after:)) ?? html.endIndex
            } ?? html.endIndex
        }
        return nil
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
