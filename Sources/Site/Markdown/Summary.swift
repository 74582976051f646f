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
    /// sentence or paragraph end; the whole text when there is no such end.
    static func automatic(fromHTML html: String, words: Int) -> Summary {
        let text = plainText(html)
        var wordCount = 0
        var previousWasSpace = false
        var cut: String.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if character.isWhitespace {
                if !previousWasSpace { wordCount += 1 }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
            // Counted first, as Hugo does: the white space that ends the last word may end the summary.
            if wordCount >= words, ".?!\"\n".contains(character) {
                cut = text.index(after: index)
                break
            }
            index = text.index(after: index)
        }
        guard let cut else { return Summary(html: text.trimmingSpaces, isTruncated: false) }
        let summary = String(text[..<cut]).trimmingSpaces
        return Summary(html: summary, isTruncated: cut < text.endIndex && !text[cut...].allSatisfy(\.isWhitespace))
    }

    /// Hugo's `StripHTML`: line breaks become spaces, paragraph ends and `<br>` become line
    /// breaks, tags go, and each run of white space keeps only its first character. Entities
    /// stay escaped, so the result is still safe to use as HTML.
    static func plainText(_ html: String) -> String {
        let marked = html.replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "</p>", with: "\n").replacingOccurrences(of: "<br>", with: "\n")
            .replacingOccurrences(of: "<br />", with: "\n")
        var result = ""
        var inTag = false
        var previousWasSpace = false
        for character in marked {
            if inTag {
                if character == ">" { inTag = false }
                continue
            }
            if character == "<" {
                inTag = true
                continue
            }
            if character.isWhitespace {
                if previousWasSpace { continue }
                previousWasSpace = true
            } else {
                previousWasSpace = false
            }
            result.append(character)
        }
        return result
    }
}
