import Foundation

/// A CommonMark HTML block, known by its first line, and the line that ends it: for kinds 1–5
/// (`<script>`, `<!-- -->`, `<? ?>`, `<!DOCTYPE>`, `<![CDATA[ ]]>`) the line holding its end
/// text, blank lines included; for kinds 6 and 7 (block tags, a whole tag alone on its line) the
/// next blank line.
enum HTMLBlock {
    case untilText([String])
    case untilBlankLine

    /// The block `line` (its indentation and container markers removed) opens, if it opens one.
    /// - Parameter interruptsParagraph: the line follows a paragraph's line, which kind 7 cannot
    ///   interrupt.
    init?(opening line: Substring, interruptsParagraph: Bool) {
        guard line.hasPrefix("<") else { return nil }
        let lowered = line.lowercased()
        if lowered.hasPrefix("<!--") {
            self = .untilText(["-->"])
        } else if lowered.hasPrefix("<![cdata[") {
            self = .untilText(["]]>"])
        } else if lowered.hasPrefix("<?") {
            self = .untilText(["?>"])
        } else if lowered.hasPrefix("<!"), lowered.dropFirst(2).first?.isLetter == true {
            self = .untilText([">"])
        } else {
            let name = lowered.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }
            let afterName = lowered.dropFirst().drop { $0 == "/" }.dropFirst(name.count).first
            if !lowered.hasPrefix("</"), Self.rawTextTags.contains(String(name)),
                afterName.map({ $0 == ">" || $0.isWhitespace }) ?? true
            {
                self = .untilText(Self.rawTextTags.map { "</\($0)>" })
            } else if Self.blockTags.contains(String(name)) {
                self = .untilBlankLine
            } else {
                // Kind 7: a whole open or closing tag, its name ended by a space, `/` or `>`.
                let whole = line.trimmingCharacters(in: .whitespaces)
                guard !interruptsParagraph, !name.isEmpty, [" ", "\t", "/", ">"].contains(afterName),
                    whole.hasSuffix(">"), !whole.dropFirst().contains("<")
                else { return nil }
                self = .untilBlankLine
            }
        }
    }

    /// Whether the block ends with `line`, which is part of it (the first line too).
    func isEnded(by line: Substring) -> Bool {
        switch self {
        case .untilText(let ends):
            let lowered = line.lowercased()
            return ends.contains { lowered.contains($0) }
        case .untilBlankLine: return line.allSatisfy(\.isWhitespace)
        }
    }

    private static let rawTextTags = ["script", "pre", "style", "textarea"]

    private static let blockTags: Set<String> = [
        "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
        "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
        "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html",
        "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol", "optgroup", "option",
        "p", "param", "search", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr",
        "track", "ul",
    ]
}
