/// Splits a post's Markdown into text and shortcode tags in one pass, as Hugo's page lexer
/// does: every `{{<` or `{{%` opens a tag, and a tag that is malformed or never closed is an
/// error for the whole post (Hugo refuses to build such a file), never a search to the end of
/// the text for each tag.
struct ShortcodeLexer {
    enum Segment {
        /// Text as written, `range` in the Markdown's bytes.
        case text(Range<Int>)
        /// A tag, the line it starts on, and its bytes from `{{` to `}}`.
        case tag(Shortcode, line: Int, range: Range<Int>)
        /// `{{</* name */>}}`, Hugo's way to show a tag as it is written: `{{< name >}}`.
        case literal(String)
    }

    /// Why a tag could not be read, and the line it starts on.
    struct Failure: Error {
        let line: Int
        let reason: String
    }

    private let bytes: [UInt8]
    private var position = 0
    private var line: Int

    /// - Parameter firstLine: the file's line number of the Markdown's first line.
    static func segments(of bytes: [UInt8], firstLine: Int) throws(Failure) -> [Segment] {
        var lexer = ShortcodeLexer(bytes: bytes, line: firstLine)
        return try lexer.segments()
    }

    private init(bytes: [UInt8], line: Int) {
        self.bytes = bytes
        self.line = line
    }

    private func byte(at offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    private func starts(with text: [UInt8], at offset: Int = 0) -> Bool {
        position + offset + text.count <= bytes.count
            && bytes[(position + offset)..<(position + offset + text.count)].elementsEqual(text)
    }

    private mutating func advance(_ count: Int = 1) {
        for byte in bytes[position..<position + count] where byte == 0x0A { line += 1 }
        position += count
    }

    private mutating func segments() throws(Failure) -> [Segment] {
        var segments: [Segment] = []
        var textStart = 0
        while position + 2 < bytes.count {
            guard bytes[position] == UInt8(ascii: "{"), bytes[position + 1] == UInt8(ascii: "{"),
                bytes[position + 2] == UInt8(ascii: "<") || bytes[position + 2] == UInt8(ascii: "%")
            else {
                if bytes[position] == 0x0A { line += 1 }
                position += 1
                continue
            }
            if textStart < position { segments.append(.text(textStart..<position)) }
            segments.append(try tag())
            textStart = position
        }
        if textStart < bytes.count { segments.append(.text(textStart..<bytes.count)) }
        return segments
    }

    /// The tag that starts here: `{{< name args >}}`, `{{% … %}}`, or the literal `{{</* … */>}}`.
    private mutating func tag() throws(Failure) -> Segment {
        let start = position
        let startLine = line
        let isAngle = bytes[position + 2] == UInt8(ascii: "<")
        let opener = isAngle ? "{{<" : "{{%"
        let closer: [UInt8] = Array((isAngle ? ">}}" : "%}}").utf8)
        advance(3)
        if starts(with: Array("/*".utf8)) {
            let end = Array("*/".utf8) + closer
            advance(2)
            let innerStart = position
            while position < bytes.count, !starts(with: end) { advance() }
            guard position < bytes.count else {
                throw Failure(
                    line: startLine,
                    reason: "the shortcode comment \(opener)/* is never closed; end it with */\(text(closer))")
            }
            let inner = String(decoding: bytes[innerStart..<position], as: UTF8.self)
            advance(end.count)
            return .literal(opener + inner + text(closer))
        }
        var words: [String] = []
        var named: [String: String] = [:]
        var pendingKey: String?
        var isClosing = false
        var isSelfClosing = false
        while true {
            skipSpace()
            guard let byte = byte(at: 0) else {
                throw Failure(
                    line: startLine,
                    reason:
                        "the shortcode \(words.first.map { "'\($0)' " } ?? "")is never closed; end it with \(text(closer))"
                )
            }
            if starts(with: closer) {
                advance(closer.count)
                break
            }
            switch byte {
            case UInt8(ascii: "/") where words.isEmpty && !isClosing && pendingKey == nil:
                isClosing = true
                advance()
            case UInt8(ascii: "/") where afterSpace(startsWith: closer, from: 1):
                isSelfClosing = true
                advance()
            case UInt8(ascii: "="):
                guard let last = words.popLast(), pendingKey == nil else {
                    throw unrecognized(byte, line: startLine, name: words.first)
                }
                pendingKey = last
                advance()
            case UInt8(ascii: "\""), UInt8(ascii: "`"):
                let value = try quoted(byte, line: startLine)
                record(value, key: &pendingKey, words: &words, named: &named)
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "<"), UInt8(ascii: ">"):
                throw unrecognized(byte, line: startLine, name: words.first)
            default:
                let wordStart = position
                while let next = self.byte(at: 0), !Self.endsWord(next), !starts(with: closer) { advance() }
                record(
                    String(decoding: bytes[wordStart..<position], as: UTF8.self), key: &pendingKey, words: &words,
                    named: &named)
            }
        }
        if let pendingKey {
            throw Failure(line: startLine, reason: "the shortcode argument \(pendingKey)= has no value")
        }
        let shortcode = Shortcode(
            name: words.first ?? "", positional: Array(words.dropFirst()), named: named, isClosing: isClosing,
            isSelfClosing: isSelfClosing, isMarkdown: !isAngle)
        return .tag(shortcode, line: startLine, range: start..<position)
    }

    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    private func afterSpace(startsWith text: [UInt8], from offset: Int) -> Bool {
        var offset = offset
        while let byte = byte(at: offset), Self.isSpace(byte) { offset += 1 }
        return starts(with: text, at: offset)
    }

    private mutating func record(
        _ value: String, key: inout String?, words: inout [String], named: inout [String: String]
    ) {
        if let pending = key {
            named[pending] = value
            key = nil
        } else {
            words.append(value)
        }
    }

    /// `"text"` (with `\"` inside) or a backquoted raw string, which may span lines.
    private mutating func quoted(_ quote: UInt8, line startLine: Int) throws(Failure) -> String {
        advance()
        var value: [UInt8] = []
        while let byte = byte(at: 0), byte != quote {
            if quote == UInt8(ascii: "\""), byte == UInt8(ascii: "\\"), self.byte(at: 1) == quote {
                advance()
            }
            value.append(bytes[position])
            advance()
        }
        guard byte(at: 0) == quote else {
            throw Failure(
                line: startLine,
                reason: "a shortcode argument's quote \(Character(Unicode.Scalar(quote))) is never closed")
        }
        advance()
        return String(decoding: value, as: UTF8.self)
    }

    private func unrecognized(_ byte: UInt8, line: Int, name: String?) -> Failure {
        Failure(
            line: line,
            reason:
                "unexpected '\(Character(Unicode.Scalar(byte)))' in the shortcode \(name.map { "'\($0)' " } ?? "")"
                + "(Hugo refuses this file too); quote arguments that are not plain words, and check the tag ends with >}} or %}}"
        )
    }

    private mutating func skipSpace() {
        while let byte = byte(at: 0), Self.isSpace(byte) { advance() }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func endsWord(_ byte: UInt8) -> Bool {
        isSpace(byte) || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "`")
            || byte == UInt8(ascii: "{") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">")
    }
}
