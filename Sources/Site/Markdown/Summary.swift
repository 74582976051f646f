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
        let text = plainText(html)
        let scalars = text.unicodeScalars
        var wordCount = 0
        var previousWasSpace = false
        var cut: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if Self.isWhitespace(scalar) {
                if !previousWasSpace { wordCount += 1 }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
            // Counted first, as Hugo does: the white space that ends the last word may end the summary.
            if wordCount >= words, ".?!\"\n".unicodeScalars.contains(scalar) {
                cut = scalars.index(after: index)
                break
            }
            index = scalars.index(after: index)
        }
        guard let cut else { return Summary(html: text.trimmingSpaces, isTruncated: false) }
        let summary = String(text[..<cut]).trimmingSpaces
        let isTruncated = !scalars[cut...].allSatisfy(Self.isWhitespace)
        return Summary(html: summary, isTruncated: isTruncated)
    }

    /// Unicode's white space, with the ASCII answers first: asking for a scalar's properties
    /// costs a table lookup, and nearly every scalar of a post is ASCII.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }

    /// Markup that ends a line of plain text.
    private static let lineBreaks = ["</p>", "<br>", "<br />"].map { Array($0.utf8) }

    /// Hugo's `StripHTML`: line breaks become spaces, paragraph ends and `<br>` become line
    /// breaks, tags go, and each run of white space keeps only its first character. Entities
    /// stay escaped, so the result is still safe to use as HTML. One pass over the scalars:
    /// every post in a feed goes through it.
    static func plainText(_ html: String) -> String {
        var result = String.UnicodeScalarView()
        var inTag = false
        var previousWasSpace = false
        let scalars = html.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "<", let marker = lineBreaks.first(where: { html.utf8[index...].starts(with: $0) }) {
                // Inside a tag the line break is dropped with the tag; the marker's `>` closes nothing.
                if !inTag && !previousWasSpace { result.append("\n") }
                if !inTag { previousWasSpace = true }
                index = html.utf8.index(index, offsetBy: marker.count)
                continue
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
            if Self.isWhitespace(scalar) {
                if previousWasSpace { continue }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
            result.append(scalar == "\n" ? " " : scalar)
        }
        return String(result)
    }
}
