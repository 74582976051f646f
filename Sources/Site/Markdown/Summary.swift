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
            !trimmed.dropFirst(3).containsUTF8("<p>")
        else { return trimmed }
        return String(trimmed.dropFirst(3).dropLast(4))
    }

    /// Current Hugo's automatic summary (`ExtractSummaryFromHTML`): the content's whole
    /// paragraphs, markup kept, up to the `</p>` of the paragraph in which the count of words
    /// reaches `words`; the whole content when none does. Words are counted as Hugo counts
    /// them: runs of text between white space, less what looks like a tag or an attribute,
    /// from the end of one `</p>` to the next.
    static func automatic(fromHTML html: String, words: Int) -> Summary {
        let content = html.trimmingWhitespace
        guard words > 0 else { return Summary(html: "", isTruncated: !content.isEmpty) }
        var count = 0
        var start = html.utf8.startIndex
        let closing = "</p>"
        while let close = html[start...].firstRange(ofUTF8: closing) {
            count += countedWords(in: html[start..<close.lowerBound])
            if count >= words {
                let summary = html[..<close.upperBound].trimmingWhitespace
                return Summary(html: summary, isTruncated: summary != content)
            }
            // Hugo moves on to the `>` of the closing tag, which it then counts as no word.
            start = html.utf8.index(close.lowerBound, offsetBy: closing.utf8.count - 1)
        }
        return Summary(html: content, isTruncated: false)
    }

    /// The words of one stretch of HTML as Hugo's loop finds them: each run that ends at white
    /// space, and the last one less its final character (Hugo's loop stops on it).
    private static func countedWords(in text: Substring) -> Int {
        var count = 0
        let scalars = text.unicodeScalars
        var wordStart: Substring.UnicodeScalarView.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if isWhitespace(scalar) || next == scalars.endIndex {
                if let start = wordStart {
                    // Only a word that starts with `<` or `>`, or holds `=`, may be markup.
                    let word = scalars[start..<index]
                    let first = word.first
                    if first != "<" && first != ">" && !word.contains("=") || !isProbablyMarkup(String(word)) {
                        count += 1
                    }
                }
                wordStart = nil
            } else if wordStart == nil {
                wordStart = index
            }
            index = next
        }
        return count
    }

    /// Hugo's `isProbablyHTMLToken`: `>`, a tag such as `<p>` or `</em`, or an attribute such
    /// as `href="…`.
    private static func isProbablyMarkup(_ word: String) -> Bool {
        if word == ">" { return true }
        var rest = Substring(word)
        if rest.hasPrefix("<") {
            rest = rest.dropFirst()
            if rest.hasPrefix("/") { rest = rest.dropFirst() }
            if rest.hasSuffix(">") { rest = rest.dropLast() }
            return !rest.isEmpty && rest.allSatisfy { $0.isASCII && $0.isLetter }
        }
        let name = rest.prefix { $0.isASCII && $0.isLetter }
        guard !name.isEmpty, rest.dropFirst(name.count).hasPrefix("=") else { return false }
        let value = rest.dropFirst(name.count + 1)
        return value.hasPrefix("\"") || value.hasPrefix("'")
    }

    /// Unicode's white space, with the ASCII answers first: asking for a scalar's properties
    /// costs a table lookup, and nearly every scalar of a post is ASCII.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        return scalar.properties.isWhitespace
    }
}
