import Foundation

/// kramdown's span syntax that cmark-gfm reads otherwise, in paragraphs, outside code and
/// block HTML:
/// - math (its default engine, MathJax): `$$…$$` in a line becomes `\(…\)`, and a paragraph
///   that is all `$$…$$` becomes `\[…\]` on its own, the formula's text escaped and otherwise
///   untouched, so Markdown does not read its `_` and `*` as emphasis; each formula's HTML is
///   set aside while the Markdown is rendered;
/// - a link's destination with spaces in it (`[x](a b)`), which kramdown links as written: it
///   is given cmark-gfm's `<…>` form.
enum KramdownSpans {
    static func settingAside(in expansion: inout MarkdownExpansion) {
        guard expansion.markdown.containsUTF8("$$") || expansion.markdown.containsUTF8("](") else { return }
        var output = ""
        var paragraph: [Substring] = []
        var fence: CodeFence?
        func flush() {
            guard !paragraph.isEmpty else { return }
            let text = paragraph.joined(separator: "\n")
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("$$"), trimmed.hasSuffix("$$"), trimmed.count > 4,
                !trimmed.dropFirst(2).dropLast(2).containsUTF8("$$")
            {
                let formula = trimmed.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespacesAndNewlines)
                output += expansion.setAside("\\[" + formula.htmlEscaped + "\\]", isBlock: true) + "\n"
            } else {
                output += inline(text, expansion: &expansion) + "\n"
            }
            paragraph = []
        }
        var previousBlank = true
        let lines = expansion.markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            let indent = line.prefix { $0 == " " || $0 == "\t" }
            let trimmed = line.dropFirst(indent.count)
            if let open = fence {
                output += line + "\n"
                if open.isClosed(by: trimmed) { fence = nil }
                continue
            }
            // Block HTML is kept as written, its `$$` too.
            if let end = KramdownBlocks.blockHTMLEnd(in: lines, at: index - 1) {
                flush()
                output += lines[(index - 1)...end].joined(separator: "\n") + "\n"
                index = end + 1
                previousBlank = false
                continue
            }
            if let open = CodeFence(opening: trimmed), indent.count < 4 {
                flush()
                fence = open
                output += line + "\n"
                continue
            }
            let isBlank = trimmed.allSatisfy(\.isWhitespace)
            if isBlank || (previousBlank && paragraph.isEmpty && indent.count >= 4) {
                flush()
                output += line + "\n"
                previousBlank = isBlank
                continue
            }
            paragraph.append(line)
            previousBlank = false
        }
        flush()
        output.removeLast()
        expansion.markdown = output
    }

    /// `$$…$$` and link destinations within text, outside code spans.
    private static func inline(_ text: String, expansion: inout MarkdownExpansion) -> String {
        guard text.containsUTF8("$$") || text.containsUTF8("](") else { return text }
        var output = ""
        var rest = Substring(text)
        while let next = rest.firstIndex(where: { $0 == "`" || $0 == "$" || $0 == "]" }) {
            output += rest[..<next]
            rest = rest[next...]
            if rest.first == "`" {
                let run = rest.prefix { $0 == "`" }
                let after = rest.dropFirst(run.count)
                let end = after.firstRange(ofUTF8: String(run)).map(\.upperBound) ?? after.startIndex
                output += rest[..<end]
                rest = rest[end...]
            } else if rest.hasPrefix("$$"), let close = rest.dropFirst(2).firstRange(ofUTF8: "$$"),
                close.lowerBound > rest.index(rest.startIndex, offsetBy: 2)
            {
                let formula = rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
                output += expansion.setAside("\\(" + String(formula).htmlEscaped + "\\)", isBlock: false)
                rest = rest[close.upperBound...]
            } else if rest.hasPrefix("]("), let destination = spacedDestination(after: rest.dropFirst(2)) {
                output += "](<" + destination + ">)"
                rest = rest[destination.endIndex...].dropFirst()
            } else {
                output += rest.prefix(1)
                rest = rest.dropFirst()
            }
        }
        return output + rest
    }

    /// A destination up to its `)` that has spaces in it and is nothing else: no title, no
    /// `<…>`, on one line.
    private static func spacedDestination(after text: Substring) -> Substring? {
        guard let close = text.firstIndex(of: ")") else { return nil }
        let destination = text[..<close]
        guard destination.contains(" "), !destination.hasPrefix("<"), !destination.hasPrefix(" "),
            !destination.contains(where: { $0 == "\"" || $0 == "'" || $0 == "\n" || $0 == "(" || $0 == "<" })
        else { return nil }
        return destination
    }
}
