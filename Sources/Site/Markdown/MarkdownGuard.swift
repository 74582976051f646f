/// Defuses the inputs on which Debian's cmark-gfm (0.29.0.gfm.6) takes time growing with the
/// square of their size, or writes far more than it read; later releases fixed them, and this
/// one cannot be upgraded here. One pass over the Markdown, before the parser sees it:
///
/// - a table whose delimiter row has more than `maximumColumns` cells, or whose rows would be
///   padded to more than `maximumCells` cells, loses its delimiter row and stays text;
/// - in a paragraph with more than `maximumOpenings` `![`, the `!` are escaped (links stay links);
/// - in a paragraph with more than `maximumOpenings` inline `<![CDATA[` or `<?`, those not closed
///   on their own line are escaped, which renders them as cmark-gfm renders them anyway;
/// - in one word with more than `maximumAutolinks` `www.` or `x@y`, their `.` or `@` become
///   character references, so the text reads the same and is not linked.
///
/// Fenced code is left alone: the parser reads it in one pass.
struct MarkdownGuard {
    static let maximumColumns = 128
    static let maximumCells = 100_000
    static let maximumOpenings = 64
    static let maximumAutolinks = 16

    /// What was changed, on which line of the Markdown (1-based).
    struct Change: Equatable {
        let line: Int
        let reason: String
    }

    private let bytes: UnsafeBufferPointer<UInt8>
    /// Offsets at which to insert text, in order.
    private var insertions: [(offset: Int, text: String, removing: Int)] = []
    private(set) var changes: [Change] = []

    /// The Markdown to give the parser, and what was changed in it.
    static func guarded(_ markdown: String) -> (markdown: String, changes: [Change]) {
        var text = markdown
        let result = text.withUTF8 { bytes -> (String, [Change])? in
            var guardPass = MarkdownGuard(bytes: bytes)
            guardPass.scan()
            return guardPass.insertions.isEmpty ? nil : (guardPass.applied(), guardPass.changes)
        }
        return result ?? (markdown, [])
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Each line's start and end (without its line feed).
    private struct Line {
        let start: Int
        let end: Int
        let number: Int
    }

    private mutating func scan() {
        var paragraph: [Line] = []
        var fence: (byte: UInt8, length: Int)?
        var number = 0
        var start = 0
        while start < bytes.count {
            number += 1
            var end = start
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            let line = Line(start: start, end: end, number: number)
            start = end + 1
            if let open = fence {
                if let marker = fenceMarker(line), marker.byte == open.byte, marker.length >= open.length {
                    fence = nil
                }
                continue
            }
            if let marker = fenceMarker(line) {
                checkParagraph(paragraph)
                paragraph = []
                fence = marker
            } else if isBlank(line) {
                checkParagraph(paragraph)
                paragraph = []
            } else {
                paragraph.append(line)
            }
        }
        checkParagraph(paragraph)
    }

    /// A fence of three or more backquotes or tildes, indented at most three spaces.
    private func fenceMarker(_ line: Line) -> (byte: UInt8, length: Int)? {
        var index = line.start
        while index < line.end, index - line.start < 3, bytes[index] == 0x20 { index += 1 }
        guard index < line.end, bytes[index] == UInt8(ascii: "`") || bytes[index] == UInt8(ascii: "~") else {
            return nil
        }
        let marker = bytes[index]
        var length = 0
        while index < line.end, bytes[index] == marker {
            length += 1
            index += 1
        }
        return length >= 3 ? (marker, length) : nil
    }

    private func isBlank(_ line: Line) -> Bool {
        (line.start..<line.end).allSatisfy { bytes[$0] == 0x20 || bytes[$0] == 0x09 || bytes[$0] == 0x0D }
    }

    /// A run of lines with no blank line between them: a paragraph, or more than one.
    private mutating func checkParagraph(_ lines: [Line]) {
        guard let first = lines.first, let last = lines.last else { return }
        checkTables(lines)
        let range = first.start..<last.end
        let images = occurrences(of: "![", in: range).filter { $0 == 0 || bytes[$0 - 1] != UInt8(ascii: "<") }
        if images.count > Self.maximumOpenings {
            for offset in images { insertions.append((offset, "\\", 0)) }
            changes.append(
                Change(line: first.number, reason: "\(images.count) images in one paragraph; shown as links"))
        }
        checkOpenings(lines, range: range)
        for line in lines { checkWords(line) }
    }

    private mutating func checkOpenings(_ lines: [Line], range: Range<Int>) {
        let openings = occurrences(of: "<![CDATA[", in: range) + occurrences(of: "<?", in: range)
        guard openings.count > Self.maximumOpenings else { return }
        var escaped = 0
        var lineIndex = 0
        for offset in openings.sorted() {
            while lines[lineIndex].end < offset { lineIndex += 1 }
            let line = lines[lineIndex]
            let closer = bytes[offset + 1] == UInt8(ascii: "?") ? "?>" : "]]>"
            if occurrences(of: closer, in: offset..<line.end).isEmpty {
                insertions.append((offset, "\\", 0))
                escaped += 1
            }
        }
        if escaped > 0 {
            changes.append(
                Change(
                    line: lines[0].number, reason: "\(escaped) unclosed <![CDATA[ or <? in one paragraph; shown as text"
                ))
        }
    }

    /// A delimiter row (`|---|:--:|`) after a header row with a `|`: the start of a table.
    private mutating func checkTables(_ lines: [Line]) {
        for (index, line) in lines.enumerated().dropFirst() {
            guard let columns = delimiterColumns(line), contains(UInt8(ascii: "|"), lines[index - 1]) else { continue }
            let rows = lines.count - index - 1
            guard columns > Self.maximumColumns || columns * rows > Self.maximumCells else { continue }
            insertions.append((line.start, "\\", 0))
            changes.append(
                Change(line: line.number, reason: "a table of \(columns) columns and \(rows) rows; shown as text"))
        }
    }

    /// The number of cells of a delimiter row, or nil when the line is not one.
    private func delimiterColumns(_ line: Line) -> Int? {
        var columns = 0
        var sawBar = false
        var inDashes = false
        for index in line.start..<line.end {
            switch bytes[index] {
            case UInt8(ascii: "-"):
                if !inDashes { columns += 1 }
                inDashes = true
            case UInt8(ascii: "|"):
                sawBar = true
                inDashes = false
            case UInt8(ascii: ":"), 0x20, 0x09, 0x0D: continue
            default: return nil
            }
        }
        return sawBar && columns > 0 ? columns : nil
    }

    private func contains(_ byte: UInt8, _ line: Line) -> Bool {
        (line.start..<line.end).contains { bytes[$0] == byte }
    }

    /// Words in which the autolink extension would look for a link at many places.
    private mutating func checkWords(_ line: Line) {
        var start = line.start
        while start < line.end {
            while start < line.end, Self.isSpace(bytes[start]) { start += 1 }
            var end = start
            while end < line.end, !Self.isSpace(bytes[end]) { end += 1 }
            if end - start > Self.maximumAutolinks * 2 {
                var links: [(offset: Int, text: String)] = []
                for offset in occurrences(of: "www.", in: start..<end)
                where offset + 4 < end && Self.isAlphanumeric(bytes[offset + 4]) {
                    links.append((offset + 3, "&#46;"))
                }
                for offset in start + 1..<max(start + 1, end - 1)
                where bytes[offset] == UInt8(ascii: "@") && Self.isAlphanumeric(bytes[offset - 1])
                    && Self.isAlphanumeric(bytes[offset + 1])
                {
                    links.append((offset, "&#64;"))
                }
                if links.count > Self.maximumAutolinks {
                    for link in links.sorted(by: { $0.offset < $1.offset }) {
                        insertions.append((link.offset, link.text, 1))
                    }
                    changes.append(
                        Change(
                            line: line.number, reason: "\(links.count) web or mail addresses in one word; not linked"))
                }
            }
            start = end
        }
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
    }

    /// Where `needle` occurs in `range`, without overlaps.
    private func occurrences(of needle: String, in range: Range<Int>) -> [Int] {
        var needle = needle
        return needle.withUTF8 { pattern in
            let slice = UnsafeBufferPointer(rebasing: bytes[range])
            var found: [Int] = []
            var from = 0
            while let offset = slice.firstOffset(of: pattern, from: from) {
                found.append(range.lowerBound + offset)
                from = offset + pattern.count
            }
            return found
        }
    }

    private func applied() -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + insertions.count * 5)
        var copied = 0
        for insertion in insertions.sorted(by: { $0.offset < $1.offset }) where insertion.offset >= copied {
            output.append(contentsOf: bytes[copied..<insertion.offset])
            output.append(contentsOf: insertion.text.utf8)
            copied = insertion.offset + insertion.removing
        }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }
}
