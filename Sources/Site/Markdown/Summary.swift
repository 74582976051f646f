/// A post's summary, chosen and cut by Hugo's rules.
struct Summary {
    /// Hugo's manual summary divider, spelt exactly so.
    static let divider = "<!--more-->"

    let html: String
    let isTruncated: Bool

    /// A single paragraph's `<p>` wrapper removed, as Hugo does for a front matter summary.
    static func unwrappingParagraph(_ html: String) -> String {
        let trimmed = html.trimmingNewlines
        guard trimmed.hasPrefix("<p>"), trimmed.hasSuffix("</p>"),
            trimmed.dropFirst(3).range(of: "<p>") == nil
        else { return trimmed }
        return String(trimmed.dropFirst(3).dropLast(4))
    }

    /// Hugo's automatic summary: the content as plain text, cut after `words` words at the next
    /// sentence or paragraph end; the whole text when there is no such end. Counted in Unicode
    /// scalars, as Hugo counts runes.
    static func automatic(fromHTML html: String, words: Int) -> Summary {
        // The plain text is made only as far as the summary goes, and a little past it.
        var text = PlainText(html)
        var summary = String.UnicodeScalarView()
        var wordCount = 0
        var previousWasSpace = false
        while let scalar = text.next() {
            summary.append(scalar)
            if Self.isWhitespace(scalar) {
                if !previousWasSpace { wordCount += 1 }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
            // Counted first, as Hugo does: the white space that ends the last word may end the summary.
            if wordCount >= words, ".?!\"\n".unicodeScalars.contains(scalar) {
                var isTruncated = false
                while !isTruncated, let next = text.next() { isTruncated = !Self.isWhitespace(next) }
                return Summary(html: String(summary).trimmingSpaces, isTruncated: isTruncated)
            }
        }
        return Summary(html: String(summary).trimmingSpaces, isTruncated: false)
    }

    /// Unicode's white space, with the ASCII answers first: asking for a scalar's properties
    /// costs a table lookup, and nearly every scalar of a post is ASCII.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// Markup that ends a line of plain text.
    private static let lineBreaks = ["</p>", "<br>", "<br />"].map { Array($0.utf8) }

    /// Hugo's `StripHTML`, one scalar at a time: line breaks become spaces, paragraph ends and
    /// `<br>` become line breaks, tags go, and each run of white space keeps only its first
    /// character. Entities stay escaped, so the result is still safe to use as HTML.
    struct PlainText: IteratorProtocol {
        private let html: String
        private var index: String.Index
        private var inTag = false
        private var previousWasSpace = false

        init(_ html: String) {
            self.html = html
            index = html.startIndex
        }

        mutating func next() -> Unicode.Scalar? {
            let scalars = html.unicodeScalars
            while index < scalars.endIndex {
                let scalar = scalars[index]
                if scalar == "<", let marker = lineBreaks.first(where: { html.utf8[index...].starts(with: $0) }) {
                    index = html.utf8.index(index, offsetBy: marker.count)
                    // Inside a tag the line break is dropped with the tag; the marker's `>` closes nothing.
                    if inTag || previousWasSpace {
                        if !inTag { previousWasSpace = true }
                        continue
                    }
                    previousWasSpace = true
                    return "\n"
                }
                index = scalars.index(after: index)
                if inTag {
                    if scalar == ">" { inTag = false }
                    continue
                }
                if scalar == "<" {
                    inTag = true
                    continue
                }
                if Summary.isWhitespace(scalar) {
                    if previousWasSpace { continue }
                    previousWasSpace = true
                } else {
                    previousWasSpace = false
                }
                return scalar == "\n" ? " " : scalar
            }
            return nil
        }
    }
}
