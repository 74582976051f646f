import Foundation

/// Where kramdown's blocks begin and end otherwise than CommonMark's, made so for cmark-gfm:
/// - Block HTML: an element whose start tag begins a line (any but a span element such as
///   `<span>` or `<img>`) runs to its matching end tag, blank lines and all, and its content is
///   kept as written (Jekyll leaves kramdown's `parse_block_html` off); CommonMark ends it at its
///   first blank line and reads the rest as Markdown, indented lines as code (an
///   `{% include %}`'s figure, say). Each such element is set aside while cmark-gfm renders the
///   rest, and put back as a block of its own.
/// - A span element's tag alone on a line starts a paragraph, not an HTML block: the tag is set
///   aside, so that cmark-gfm reads the Markdown after it.
/// - A numbered list (`1980. And yet`) ends a paragraph whatever its number; in CommonMark only
///   a list starting at 1 does.
/// - A link definition's destination may have spaces (`[1]: some words`): it is given
///   CommonMark's `<…>` form.
enum KramdownBlocks {
    static func settingAside(in markdown: String, into expansion: inout MarkdownExpansion) -> String {
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var output: [Substring] = []
        var fence: CodeFence?
        var previousBlank = true
        // The block the line is in is a list item, a block quote or code, which this leaves alone.
        var inContainer = false
        var index = 0
        while index < lines.count {
            let line = lines[index]
            index += 1
            let indent = line.prefix { $0 == " " }.count
            let trimmed = line.dropFirst(indent)
            let isBlank = trimmed.allSatisfy(\.isWhitespace)
            let wasBlank = previousBlank
            previousBlank = isBlank
            if let open = fence {
                if open.isClosed(by: trimmed) { fence = nil }
                output.append(line)
                continue
            }
            if isBlank {
                output.append(line)
                continue
            }
            if wasBlank {
                inContainer = indent >= 4 || line.first == "\t" || trimmed.first == ">" || Self.startsList(trimmed)
            }
            if indent < 4, let open = CodeFence(opening: trimmed) {
                fence = open
                output.append(line)
                continue
            }
            guard !inContainer, indent < 4 else {
                output.append(line)
                continue
            }
            if wasBlank, let definition = Self.spacedLinkDefinition(trimmed) {
                output.append(Substring(definition))
                continue
            }
            if let name = blockElementName(trimmed), let end = endLine(of: name, in: lines, from: index - 1) {
                let html = Self.escapingStrayEndTags(lines[(index - 1)...end].joined(separator: "\n") + "\n")
                if !wasBlank { output.append("") }
                output.append(Substring(expansion.setAside(html, isBlock: true)))
                output.append("")
                index = end + 1
                previousBlank = true
                continue
            }
            if wasBlank, let tagEnd = spanTagLineEnd(trimmed) {
                output.append(
                    Substring(expansion.setAside(String(trimmed[...tagEnd]), isBlock: false))
                        + trimmed[trimmed.index(after: tagEnd)...])
                continue
            }
            if !wasBlank, Self.startsList(trimmed), trimmed.first?.isNumber == true {
                output.append("")
                inContainer = true
            }
            output.append(line)
        }
        return output.joined(separator: "\n")
    }

    /// `- `, `* `, `+ ` or `12. ` with text after it.
    private static func startsList(_ line: Substring) -> Bool {
        let marker: Int
        if let first = line.first, "-*+".contains(first) {
            marker = 1
        } else {
            let digits = line.prefix { $0.isASCII && $0.isNumber }.count
            guard digits > 0, digits < 10, line.dropFirst(digits).first == "." else { return false }
            marker = digits + 1
        }
        let after = line.dropFirst(marker)
        return (after.first == " " || after.first == "\t") && !after.allSatisfy(\.isWhitespace)
    }

    /// Where a span element's start tag that is all the line holds (CommonMark's HTML block of
    /// kind 7) ends.
    private static func spanTagLineEnd(_ line: Substring) -> Substring.Index? {
        guard line.first == "<", case .untilBlankLine = HTMLBlock(opening: line, interruptsParagraph: false) else {
            return nil
        }
        let name = line.dropFirst().prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }.lowercased()
        guard spanElements.contains(name), let end = line.firstIndex(of: ">") else { return nil }
        return end
    }

    /// A link definition whose destination has spaces (`[1]: This detail`), which kramdown
    /// takes as written and CommonMark as text, in CommonMark's `<…>` form; nil for any other
    /// line. A title after it (`"t"`) stays one.
    private static func spacedLinkDefinition(_ line: Substring) -> String? {
        guard line.first == "[", line.dropFirst().first != "^", let close = line.firstIndex(of: "]"),
            close > line.index(after: line.startIndex), line[line.index(after: close)...].hasPrefix(":")
        else { return nil }
        let label = line[...close]
        var destination = line[line.index(close, offsetBy: 2)...].drop { $0 == " " || $0 == "\t" }
        while destination.last == " " || destination.last == "\t" { destination.removeLast() }
        var title: Substring = ""
        if let quote = destination.last, quote == "\"" || quote == "'",
            let open = destination.dropLast().lastIndex(of: quote), open > destination.startIndex,
            destination[destination.index(before: open)] == " "
        {
            title = destination[open...]
            destination = destination[..<destination.index(before: open)]
            while destination.last == " " { destination.removeLast() }
        }
        guard destination.contains(" "), !destination.hasPrefix("<"),
            !destination.contains(where: { $0 == "<" || $0 == ">" })
        else { return nil }
        return label + ": <" + destination + ">" + (title.isEmpty ? "" : " " + title)
    }

    /// The last line of the block HTML element that starts `lines[start]`, or nil when that
    /// line starts none: what kramdown keeps as written.
    static func blockHTMLEnd(in lines: [Substring], at start: Int) -> Int? {
        let line = lines[start]
        let indent = line.prefix { $0 == " " }.count
        guard indent < 4, let name = blockElementName(line.dropFirst(indent)) else { return nil }
        return endLine(of: name, in: lines, from: start)
    }

    /// The element a line starts with, when kramdown reads it as block HTML.
    private static func blockElementName(_ line: Substring) -> String? {
        guard line.first == "<" else { return nil }
        let name = line.dropFirst().prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }.lowercased()
        guard let first = name.first, first.isLetter, !spanElements.contains(name),
            !elementsWithoutBody.contains(name)
        else { return nil }
        return name
    }

    /// Block HTML as kramdown's raw HTML parser writes it: an end tag that does not close the
    /// innermost open element (`</a>` where no `<a>` is open) is text, shown as written.
    private static func escapingStrayEndTags(_ html: String) -> String {
        guard html.containsUTF8("</") else { return html }
        var output = ""
        var open: [String] = []
        var rest = html[...]
        while let start = rest.firstIndex(of: "<") {
            output += rest[..<start]
            rest = rest[start...]
            if rest.hasPrefix("<!--") {
                let end = rest.range(of: "-->")?.upperBound ?? rest.endIndex
                output += rest[..<end]
                rest = rest[end...]
                continue
            }
            let isEnd = rest.dropFirst().first == "/"
            let name = rest.dropFirst(isEnd ? 2 : 1).prefix {
                $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-")
            }.lowercased()
            guard name.first?.isLetter == true, let close = rest.firstIndex(of: ">") else {
                output += "<"
                rest = rest.dropFirst()
                continue
            }
            let tag = rest[...close]
            rest = rest[rest.index(after: close)...]
            if isEnd {
                if open.last == name {
                    open.removeLast()
                    output += tag
                } else {
                    output += tag.replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(
                        of: ">", with: "&gt;")
                }
                continue
            }
            output += tag
            guard !tag.hasSuffix("/>"), !elementsWithoutBody.contains(name) else { continue }
            if name == "script" || name == "style" {
                // Their text is not HTML: copied as it is, up to their end tag.
                let end = rest.range(of: "</" + name, options: .caseInsensitive)?.lowerBound ?? rest.endIndex
                output += rest[..<end]
                rest = rest[end...]
            }
            open.append(name)
        }
        return output + rest
    }

    /// The line the element opened at `start` is closed on, its own nested elements of that
    /// name counted; the last line when it is never closed, as kramdown then takes the rest.
    private static func endLine(of name: String, in lines: [Substring], from start: Int) -> Int? {
        var depth = 0
        for number in start..<lines.count {
            var rest = lines[number].lowercased()[...]
            while let open = rest.firstIndex(of: "<") {
                rest = rest[rest.index(after: open)...]
                if rest.hasPrefix("!--") {
                    guard let close = rest.firstRange(ofUTF8: "-->") else { break }
                    rest = rest[close.upperBound...]
                    continue
                }
                let closing = rest.first == "/"
                let tag = rest.dropFirst(closing ? 1 : 0)
                guard tag.hasPrefix(name), let after = tag.dropFirst(name.count).first,
                    after == ">" || after == "/" || after.isWhitespace
                else { continue }
                let tagEnd = tag.firstIndex(of: ">")
                if closing {
                    depth -= 1
                    if depth == 0 { return number }
                } else if let tagEnd, tag[..<tagEnd].hasSuffix("/") {
                    if depth == 0 { return number }
                } else {
                    depth += 1
                }
            }
        }
        return depth > 0 ? lines.count - 1 : nil
    }

    private static let spanElements: Set<String> = [
        "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img",
        "input", "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp",
        "select", "small", "span", "strong", "sub", "sup", "tt", "u", "var",
    ]

    /// kramdown's `HTML_ELEMENTS_WITHOUT_BODY`.
    static let elementsWithoutBody: Set<String> = [
        "area", "base", "br", "col", "command", "embed", "hr", "img", "input", "keygen", "link", "meta", "param",
        "source", "track", "wbr",
    ]
}
