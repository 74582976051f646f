import Foundation

/// Splits a Jekyll post's text into Liquid's pieces, as Liquid's tokenizer does: text, tags
/// (`{% name markup %}`) and outputs (`{{ expression }}`), with `-` trimming the white space
/// beside a tag (`{%-`, `-%}`), and the body of `{% raw %}` kept as text.
enum LiquidLexer {
    enum Token: Equatable {
        case text(Range<Int>)
        case tag(name: String, markup: String, line: Int)
        case output(markup: String, line: Int)
    }

    /// What stops Jekyll's build: a tag or output that is never closed.
    struct Failure: Error {
        let line: Int
        let reason: String
    }

    /// - Parameter firstLine: the file's line of the text's first byte.
    static func tokens(of bytes: [UInt8], firstLine: Int) throws(Failure) -> [Token] {
        var tokens: [Token] = []
        var position = 0
        var currentLine = firstLine
        var lineCounted = 0
        func line(at offset: Int) -> Int {
            for index in lineCounted..<max(offset, lineCounted) where bytes[index] == 0x0A { currentLine += 1 }
            lineCounted = max(lineCounted, offset)
            return currentLine
        }
        var textStart = 0
        var trimsNext = false
        func addText(upTo end: Int, trimmingEnd: Bool) {
            var start = textStart
            var end = end
            if trimsNext { while start < end, isSpace(bytes[start]) { start += 1 } }
            if trimmingEnd { while end > start, isSpace(bytes[end - 1]) { end -= 1 } }
            if start < end { tokens.append(.text(start..<end)) }
        }
        while let open = nextOpening(in: bytes, from: position) {
            let isTag = bytes[open + 1] == UInt8(ascii: "%")
            let tokenLine = line(at: open)
            let closing: [UInt8] = isTag ? Array("%}".utf8) : Array("}}".utf8)
            guard let close = find(closing, in: bytes, from: open + 2) else {
                throw Failure(
                    line: tokenLine,
                    reason: isTag
                        ? "Liquid: a tag '{%' is never closed with '%}'; Jekyll stops the build on it"
                        : "Liquid: an output '{{' is never closed with '}}'; Jekyll stops the build on it")
            }
            var inner = (open + 2)..<close
            let trimsBefore = inner.first.map { bytes[$0] == UInt8(ascii: "-") } ?? false
            if trimsBefore { inner = inner.dropFirst() }
            let trimsAfter = inner.last.map { bytes[$0] == UInt8(ascii: "-") } ?? false
            if trimsAfter { inner = inner.dropLast() }
            addText(upTo: open, trimmingEnd: trimsBefore)
            position = close + 2
            trimsNext = trimsAfter
            let markup = String(decoding: bytes[inner], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            guard isTag else {
                tokens.append(.output(markup: markup, line: tokenLine))
                textStart = position
                continue
            }
            let name = String(markup.prefix { !$0.isWhitespace })
            let rest = markup.dropFirst(name.count).trimmingCharacters(in: .whitespacesAndNewlines)
            tokens.append(.tag(name: name, markup: rest, line: tokenLine))
            textStart = position
            if name == "raw" {
                // Everything up to `{% endraw %}` is text, Liquid or not.
                guard let end = endRaw(in: bytes, from: position) else {
                    throw Failure(line: tokenLine, reason: "Liquid: {% raw %} is never closed with {% endraw %}")
                }
                addText(upTo: end.start, trimmingEnd: end.trimsBefore)
                tokens.append(.tag(name: "endraw", markup: "", line: line(at: end.start)))
                position = end.end
                textStart = position
                trimsNext = end.trimsAfter
            }
        }
        addText(upTo: bytes.count, trimmingEnd: false)
        return tokens
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

    /// The next `{%` or `{{`.
    private static func nextOpening(in bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index + 1 < bytes.count {
            if bytes[index] == UInt8(ascii: "{"),
                bytes[index + 1] == UInt8(ascii: "%") || bytes[index + 1] == UInt8(ascii: "{")
            {
                return index
            }
            index += 1
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The `{% endraw %}` (or `{%- endraw -%}`) after `start`.
    private static func endRaw(in bytes: [UInt8], from start: Int) -> (
        start: Int, end: Int, trimsBefore: Bool, trimsAfter: Bool
    )? {
        var from = start
        while let open = find(Array("{%".utf8), in: bytes, from: from) {
            guard let close = find(Array("%}".utf8), in: bytes, from: open + 2) else { return nil }
            var inner = (open + 2)..<close
            let trimsBefore = inner.first.map { bytes[$0] == UInt8(ascii: "-") } ?? false
            if trimsBefore { inner = inner.dropFirst() }
            let trimsAfter = inner.last.map { bytes[$0] == UInt8(ascii: "-") } ?? false
            if trimsAfter { inner = inner.dropLast() }
            if String(decoding: bytes[inner], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "endraw"
            {
                return (open, close + 2, trimsBefore, trimsAfter)
            }
            from = open + 2
        }
        return nil
    }
}
