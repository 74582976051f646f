import Foundation

/// Goldmark's typographer (Hugo's `extensions.typographer`), run on the Markdown before cmark-gfm
/// parses it, since cmark-gfm's own rules differ (it curls a quote next to CJK letters, after
/// `(`, or left unpaired, where Goldmark leaves it straight). Quotes, dashes, ellipses and angle
/// quotes become character references, decided as Goldmark decides them: by the character before
/// in the source, the rest of the line, and the quotes still open in the block. Code (fenced,
/// indented, spans), HTML blocks and tags, autolinks, link destinations and escaped characters
/// are left alone, as Goldmark's other parsers take them first.
struct GoldmarkTypographer: Sendable, Hashable {
    enum Mark: Int, CaseIterable, Sendable {
        case leftSingleQuote, rightSingleQuote, leftDoubleQuote, rightDoubleQuote, enDash, emDash, ellipsis
        case leftAngleQuote, rightAngleQuote, apostrophe

        /// Hugo's name for it in `extensions.typographer`.
        var hugoName: String {
            switch self {
            case .leftSingleQuote: "leftSingleQuote"
            case .rightSingleQuote: "rightSingleQuote"
            case .leftDoubleQuote: "leftDoubleQuote"
            case .rightDoubleQuote: "rightDoubleQuote"
            case .enDash: "enDash"
            case .emDash: "emDash"
            case .ellipsis: "ellipsis"
            case .leftAngleQuote: "leftAngleQuote"
            case .rightAngleQuote: "rightAngleQuote"
            case .apostrophe: "apostrophe"
            }
        }
    }

    /// What each mark becomes (HTML); an empty one is not replaced.
    var substitutions: [String] = [
        "&lsquo;", "&rsquo;", "&ldquo;", "&rdquo;", "&ndash;", "&mdash;", "&hellip;", "&laquo;", "&raquo;", "&rsquo;",
    ]

    func substitution(_ mark: Mark) -> String { substitutions[mark.rawValue] }

    /// - Parameter skippingAddresses: leave bare addresses as they are, as Goldmark's linkify
    ///   takes them before its typographer sees them.
    func applied(to markdown: String, skippingAddresses: Bool) -> String {
        guard Self.mayHoldMarks(markdown) else { return markdown }
        var output = ""
        var block: [Substring] = []
        var fence: CodeFence?
        var htmlBlock: HTMLBlock?
        var previousBlank = true
        // The column the content of the list item the line is in starts at: its code is
        // indented 4 past it.
        var itemContent: Int?
        var inIndentedCode = false
        func flush() {
            guard !block.isEmpty else { return }
            let text = block.joined(separator: "\n") + "\n"
            // Most blocks have nothing to replace: looked at as bytes, not as characters.
            output +=
                Self.mayHoldMarks(text)
                ? replacing(in: Array(text.unicodeScalars), skippingAddresses: skippingAddresses) : text
            block = []
        }
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let content = Self.droppingQuoteMarkers(line)
            let indent = content.prefix { $0 == " " || $0 == "\t" }
            let trimmed = content.dropFirst(indent.count)
            // Columns, a tab reaching the next multiple of 4, as CommonMark counts them.
            let width = indent.reduce(0) { $1 == "\t" ? ($0 / 4 + 1) * 4 : $0 + 1 }
            let isBlank = trimmed.allSatisfy(\.isWhitespace)
            if let open = fence {
                output += line + "\n"
                if open.isClosed(by: trimmed) { fence = nil }
                continue
            }
            if let open = htmlBlock {
                output += line + "\n"
                if open.isEnded(by: content) { htmlBlock = nil }
                previousBlank = isBlank
                continue
            }
            let codeIndent = (itemContent ?? 0) + 4
            if width < codeIndent, let open = CodeFence(opening: trimmed) {
                flush()
                fence = open
                output += line + "\n"
                continue
            }
            if isBlank {
                flush()
                output += line + "\n"
                previousBlank = true
                continue
            }
            let isIndentedCode = width >= codeIndent && (previousBlank || inIndentedCode)
            inIndentedCode = isIndentedCode
            if !isIndentedCode {
                if let marker = Self.listMarkerWidth(trimmed) {
                    itemContent = width + marker
                } else if previousBlank, let column = itemContent, width < column {
                    itemContent = nil
                }
            }
            if Self.isLinkDefinition(trimmed) {
                // Its label as the text's labels are made, so that they still match.
                flush()
                let close = trimmed.firstIndex(of: "]")!
                output +=
                    String(line[..<trimmed.startIndex]) + "["
                    + replacing(
                        in: Array(trimmed[trimmed.index(after: trimmed.startIndex)..<close].unicodeScalars),
                        skippingAddresses: false)
                output += trimmed[close...] + "\n"
                previousBlank = false
                continue
            }
            if isIndentedCode {
                flush()
                output += line + "\n"
                previousBlank = false
                continue
            }
            if width < codeIndent, let open = HTMLBlock(opening: trimmed, interruptsParagraph: !previousBlank) {
                flush()
                output += line + "\n"
                if !open.isEnded(by: content) { htmlBlock = open }
                previousBlank = false
                continue
            }
            block.append(line)
            previousBlank = false
        }
        flush()
        output.removeLast()
        return output
    }

    /// A line without its block quote markers (`> `, `>> `).
    private static func droppingQuoteMarkers(_ line: Substring) -> Substring {
        var rest = line
        while true {
            let indent = rest.prefix { $0 == " " }.count
            guard indent < 4, rest.dropFirst(indent).first == ">" else { return rest }
            rest = rest.dropFirst(indent + 1)
            if rest.first == " " { rest = rest.dropFirst() }
        }
    }

    /// How far a list item's marker (`- `, `1. `) puts its content past the marker's column;
    /// nil when the line does not start one.
    private static func listMarkerWidth(_ line: Substring) -> Int? {
        let marker: Int
        if let first = line.first, "-*+".contains(first) {
            marker = 1
        } else {
            let digits = line.prefix { $0.isASCII && $0.isNumber }.count
            guard digits > 0, digits < 10, [".", ")"].contains(line.dropFirst(digits).first) else { return nil }
            marker = digits + 1
        }
        let after = line.dropFirst(marker)
        guard after.isEmpty || after.first == " " || after.first == "\t" else { return nil }
        let spaces = after.prefix { $0 == " " }.count
        // Five spaces or more: the content starts after one, the rest indents code.
        return (1...4).contains(spaces) && spaces < after.count ? marker + spaces : marker + 1
    }

    /// Whether `text` has a quote, `--`, `...`, `<<` or `>>`.
    private static func mayHoldMarks(_ text: String) -> Bool {
        var previous: UInt8 = 0
        var beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""): return true
            case UInt8(ascii: "-"), UInt8(ascii: "<"), UInt8(ascii: ">"): if previous == byte { return true }
            case UInt8(ascii: "."): if previous == byte && beforePrevious == byte { return true }
            default: break
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }

    /// One block's text with its marks replaced; the quotes open are counted within it.
    private func replacing(in text: [Unicode.Scalar], skippingAddresses: Bool) -> String {
        var output = ""
        var single = 0
        var double = 0
        var index = 0
        func rest(_ offset: Int) -> Unicode.Scalar? {
            let position = index + offset
            return position < text.count && text[position] != "\n" ? text[position] : nil
        }
        while index < text.count {
            if index == 0 || text[index - 1] == "\n" {
                // A line's container markers (`> `, `- `, `1. `) and lines that are all markup
                // (a table's delimiter row, a rule, a heading's underline) stay as they are.
                let lineEnd = text[index...].firstIndex(of: "\n") ?? text.count
                let line = text[index..<lineEnd]
                let markers: Int
                if line.allSatisfy({ $0.isOne(of: " \t|:-=*_+") }) {
                    markers = line.count
                } else {
                    markers = Self.markerLength(line)
                }
                output.unicodeScalars.append(contentsOf: line.prefix(markers))
                index += markers
                if index >= text.count { break }
            }
            let character = text[index]
            let before: Unicode.Scalar = index > 0 ? text[index - 1] : "\n"
            if skippingAddresses, character.isOne(of: "hwf"), before.isWhitespace || before.isOne(of: "*_~("),
                let end = Self.bareAddressEnd(in: text, from: index)
            {
                output.unicodeScalars.append(contentsOf: text[index..<end])
                index = end
                continue
            }
            switch character {
            case "\\":
                output.unicodeScalars.append(character)
                if index + 1 < text.count { output.unicodeScalars.append(text[index + 1]) }
                index += 2
                continue
            case "`":
                let run = text[index...].prefix { $0 == "`" }.count
                if let end = Self.closingBackticks(in: text, from: index + run, count: run) {
                    output.unicodeScalars.append(contentsOf: text[index..<end])
                    index = end
                } else {
                    output += String(repeating: "`", count: run)
                    index += run
                }
                continue
            case "<":
                if let end = Self.tagOrAutolinkEnd(in: text, from: index) {
                    output.unicodeScalars.append(contentsOf: text[index..<end])
                    index = end
                    continue
                }
                if rest(1) == "<", !substitution(.leftAngleQuote).isEmpty {
                    output += substitution(.leftAngleQuote)
                    index += 2
                    continue
                }
            case "]":
                if rest(1) == "(", let end = Self.destinationEnd(in: text, from: index + 1) {
                    output.unicodeScalars.append(contentsOf: text[index..<end])
                    index = end
                    continue
                }
            case ">":
                if rest(1) == ">", !substitution(.rightAngleQuote).isEmpty {
                    output += substitution(.rightAngleQuote)
                    index += 2
                    continue
                }
            case "-":
                if rest(1) == "-", rest(2) == "-", !substitution(.emDash).isEmpty {
                    output += substitution(.emDash)
                    index += 3
                    continue
                }
                if rest(1) == "-", !substitution(.enDash).isEmpty {
                    output += substitution(.enDash)
                    index += 2
                    continue
                }
            case ".":
                if rest(1) == ".", rest(2) == ".", !substitution(.ellipsis).isEmpty {
                    output += substitution(.ellipsis)
                    index += 3
                    continue
                }
            case "'", "\"":
                let lineEnd = text[index...].firstIndex(of: "\n").map { $0 + 1 } ?? text.count
                if let mark = quote(
                    character, before: before, line: text[index..<lineEnd], single: &single, double: &double)
                {
                    output += substitution(mark)
                    index += 1
                    continue
                }
            default: break
            }
            output.unicodeScalars.append(character)
            index += 1
        }
        return output
    }

    /// Goldmark's decision for one quote (`typographerParser.Parse`); nil to leave it as it is.
    /// `line` is the rest of the source line from the quote on, its line end included, as
    /// Goldmark peeks it; its lengths and predicates are Goldmark's, one for one.
    private func quote(
        _ character: Unicode.Scalar, before: Unicode.Scalar, line: ArraySlice<Unicode.Scalar>, single: inout Int,
        double: inout Int
    ) -> Mark? {
        let count = line.count
        func at(_ offset: Int) -> Unicode.Scalar { line[line.startIndex + offset] }
        let after: Unicode.Scalar = count > 1 ? at(1) : " "
        let canOpen = Self.isLeftFlanking(before: before, after: after)
        let canClose = Self.isRightFlanking(before: before, after: after)
        guard canOpen || canClose else { return nil }
        let maybeClose =
            canClose && canOpen && count > 1 && Self.isGoPunctuation(at(1))
            && (count == 2 || (count > 2 && Self.isASCIIPunctuation(at(2))) || (count > 2 && Self.isASCIISpace(at(2))))
        if character == "'" {
            if !substitution(.apostrophe).isEmpty {
                // Decades: '90s.
                if canOpen, !canClose, count > 3, at(1).isASCIIDigit, at(2).isASCIIDigit, at(3) == "s" {
                    let next: Unicode.Scalar = count > 4 ? at(4) : " "
                    if next.isWhitespace || Self.isPunctuation(next) { return .apostrophe }
                }
                // 'twas, 'em, 'net, 'll.
                if count > 1, Self.isGoPunctuation(before) || before.isWhitespace, at(1).isOne(of: "tenl") {
                    return .apostrophe
                }
                if count > 1, before.isLetter || before.isNumber, at(1).isLetter { return .apostrophe }
            }
            if !substitution(.leftSingleQuote).isEmpty, canOpen, !canClose {
                var mark = Mark.leftSingleQuote
                // Alice's, I'm, Don't, You'd; I've, I'll, You're.
                if count > 1, at(1).isOne(of: "smtd"),
                    count < 3 || Self.isASCIIPunctuation(at(2)) || Self.isASCIISpace(at(2))
                {
                    mark = .rightSingleQuote
                }
                if count > 2,
                    ([("v", "e"), ("l", "l"), ("r", "e")] as [(Unicode.Scalar, Unicode.Scalar)]).contains(where: {
                        at(1) == $0.0 && at(2) == $0.1
                    }),
                    count < 4 || Self.isASCIIPunctuation(at(3)) || Self.isASCIISpace(at(3))
                {
                    mark = .rightSingleQuote
                }
                if mark == .leftSingleQuote { single += 1 }
                return mark
            }
            if !substitution(.rightSingleQuote).isEmpty {
                // Smiths', doin': Goldmark tests the quote itself, a punctuation mark.
                if count > 2, !at(1).isASCIIDigit { return .rightSingleQuote }
            }
            if !substitution(.rightSingleQuote).isEmpty, single > 0, (canClose && !canOpen) || maybeClose {
                single -= 1
                return .rightSingleQuote
            }
            return nil
        }
        if !substitution(.leftDoubleQuote).isEmpty, canOpen, !canClose {
            double += 1
            return .leftDoubleQuote
        }
        if !substitution(.rightDoubleQuote).isEmpty, double > 0, (canClose && !canOpen) || maybeClose {
            // "Monitor 21"": inches, not a closing quote.
            if count > 1, at(1) == "\"", before.isNumber { return nil }
            double -= 1
            return .rightDoubleQuote
        }
        return nil
    }

    /// Go's `unicode.IsPunct`: punctuation, not symbols.
    private static func isGoPunctuation(_ character: Unicode.Scalar) -> Bool {
        character.properties.generalCategory.isPunctuationCategory
    }

    private static func isASCIISpace(_ character: Unicode.Scalar) -> Bool {
        character == " " || character == "\t" || character == "\n" || character == "\r" || character == "\u{0B}"
            || character == "\u{0C}"
    }

    private static func isPunctuation(_ character: Unicode.Scalar) -> Bool {
        character.properties.generalCategory.isPunctuationCategory || character.properties.generalCategory.isSymbol
    }

    private static func isASCIIPunctuation(_ character: Unicode.Scalar) -> Bool {
        character.isASCII && isPunctuation(character)
    }

    private static func isLeftFlanking(before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
        !after.isWhitespace && (!isPunctuation(after) || before.isWhitespace || isPunctuation(before))
    }

    private static func isRightFlanking(before: Unicode.Scalar, after: Unicode.Scalar) -> Bool {
        !before.isWhitespace && (!isPunctuation(before) || after.isWhitespace || isPunctuation(after))
    }

    private static func closingBackticks(in text: [Unicode.Scalar], from start: Int, count: Int) -> Int? {
        var index = start
        while index < text.count {
            guard text[index] == "`" else {
                index += 1
                continue
            }
            let run = text[index...].prefix { $0 == "`" }.count
            if run == count { return index + run }
            index += run
        }
        return nil
    }

    /// The end of `<…>` when it is an autolink or an HTML tag (its quoted values skipped).
    private static func tagOrAutolinkEnd(in text: [Unicode.Scalar], from start: Int) -> Int? {
        guard start + 1 < text.count else { return nil }
        let next = text[start + 1]
        guard next.isLetter || next == "/" || next == "!" || next == "?" else { return nil }
        var quote: Unicode.Scalar?
        var index = start + 1
        while index < text.count {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return index + 1
            } else if character == "<"
                || (character == " " && text[start + 1..<index].contains(":") && quote == nil
                    && !text[start + 1..<index].contains("="))
            {
                return nil
            }
            index += 1
        }
        return nil
    }

    /// The end of the bare address at `start` (`https://`, `http://`, `ftp://`, `www.`) as
    /// cmark-gfm's autolink extension ends it: at a space or `<`, less trailing punctuation and
    /// an unbalanced `)`.
    private static func bareAddressEnd(in text: [Unicode.Scalar], from start: Int) -> Int? {
        let schemes = ["https://", "http://", "ftp://", "www."].map { Array($0.unicodeScalars) }
        guard
            let scheme = schemes.first(where: {
                start + $0.count < text.count && text[start..<start + $0.count].elementsEqual($0)
            })
        else { return nil }
        var end = start + scheme.count
        while end < text.count, !text[end].isWhitespace, text[end] != "<" { end += 1 }
        while end > start + scheme.count {
            let last = text[end - 1]
            if last.isOne(of: "?!.,:*_~'\"") {
                end -= 1
            } else if last == ")",
                text[start..<end].count(where: { $0 == ")" }) > text[start..<end].count(where: { $0 == "(" })
            {
                end -= 1
            } else {
                break
            }
        }
        return end > start + scheme.count ? end : nil
    }

    /// The end of a link's `(destination "title")`, parentheses balanced.
    private static func destinationEnd(in text: [Unicode.Scalar], from open: Int) -> Int? {
        var depth = 0
        var index = open
        while index < text.count {
            switch text[index] {
            case "\\": index += 1
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return index + 1 }
            case "\n" where index + 1 < text.count && text[index + 1] == "\n": return nil
            default: break
            }
            index += 1
        }
        return nil
    }

    /// How many characters at a line's start are block quote and list item markers.
    private static func markerLength(_ line: ArraySlice<Unicode.Scalar>) -> Int {
        var index = line.startIndex
        while index < line.endIndex {
            let character = line[index]
            if character == " " || character == "\t" || character == ">" {
                index += 1
            } else if character.isOne(of: "-*+"), index + 1 < line.endIndex, line[index + 1] == " " {
                index += 2
            } else if character.isASCIIDigit {
                let digits = line[index...].prefix(while: \.isASCIIDigit).count
                let after = index + digits
                guard after + 1 < line.endIndex, line[after] == "." || line[after] == ")", line[after + 1] == " " else {
                    break
                }
                index = after + 2
            } else {
                break
            }
        }
        return index - line.startIndex
    }

    /// `[label]: destination "title"`.
    private static func isLinkDefinition(_ line: Substring) -> Bool {
        guard line.hasPrefix("["), !line.hasPrefix("[^"), let close = line.firstIndex(of: "]") else { return false }
        return line[line.index(after: close)...].hasPrefix(":")
    }
}

/// What `Character`'s properties say of a character's first code point: the typographer looks
/// at code points, as Goldmark looks at runes, not at grapheme clusters.
extension Unicode.Scalar {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    fileprivate var isLetter: Bool { properties.isAlphabetic }
    fileprivate var isNumber: Bool { properties.numericType != nil }
    fileprivate var isWhitespace: Bool { properties.isWhitespace }

    fileprivate func isOne(of characters: String) -> Bool { characters.unicodeScalars.contains(self) }
}

extension Unicode.GeneralCategory {
    fileprivate var isPunctuationCategory: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
            .finalPunctuation, .otherPunctuation:
            true
        default: false
        }
    }

    fileprivate var isSymbol: Bool {
        switch self {
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol: true
        default: false
        }
    }
}
