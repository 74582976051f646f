import CCmark

extension MarkdownParser {
    /// kramdown's typography on a parsed document's text, as its span parsers apply it to the
    /// source: each piece of text with the line break before it where there is one, and the
    /// markup after it as written (`"*word*`: a quote before emphasis opens). A quote written
    /// as an escape (`\"`) or an entity (`&quot;`) stays straight; code, raw HTML and images'
    /// text are left as they are.
    /// - Parameter source: the Markdown parsed, by line, to tell written quotes from typed ones.
    static func typesetAsKramdown(_ document: OpaquePointer, source: [Substring.UTF8View]) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var texts: [OpaquePointer] = []
        // The raw HTML elements open in the block, whose text kramdown leaves as written.
        var rawElements: [String] = []
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_TEXT, rawElements.isEmpty, !isInImage(node) {
                    texts.append(node)
                } else if type == CMARK_NODE_HTML_INLINE {
                    track(literal(of: node), in: &rawElements)
                } else if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK) {
                    rawElements = []
                }
            }
            event = cmark_iter_next(iterator)
        }
        // Every piece's neighbours are read as written, before any is changed.
        let typeset = texts.map { node -> String? in
            let literal = self.literal(of: node)
            guard literal.utf8.contains(where: { Self.typographic.contains($0) }) else { return nil }
            var result = ""
            var before: Unicode.Scalar? =
                cmark_node_previous(node).map(cmark_node_get_type) == CMARK_NODE_SOFTBREAK ? "\n" : nil
            let pieces = self.pieces(of: literal, written: writtenCharacters(of: node, literal: literal, in: source))
            for (index, piece) in pieces.enumerated() {
                guard !piece.isWritten else {
                    result += piece.text
                    before = nil
                    continue
                }
                // An escape or an entity starts with `\` or `&`; neither is a quote, a space or a word.
                let after =
                    index + 1 < pieces.count
                    ? "&" : String(String.UnicodeScalarView(following(node, in: source).unicodeScalars.prefix(4)))
                result += KramdownTypography.text(piece.text, before: before, after: after)
            }
            return result == literal ? nil : result
        }
        for (node, text) in zip(texts, typeset) {
            if let text { cmark_node_set_literal(node, text) }
        }
    }

    /// An inline tag opening or closing one of the elements whose content kramdown keeps as
    /// written (`<code>`, `<kbd>`, `<strike>`, `<u>`…: all but those its HTML parser reads as
    /// spans).
    private static func track(_ tag: String, in open: inout [String]) {
        let isClosing = tag.hasPrefix("</")
        let name = tag.dropFirst(isClosing ? 2 : 1).prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }.lowercased()
        guard !name.isEmpty, !spanContent.contains(name), !tag.hasSuffix("/>"),
            !KramdownBlocks.elementsWithoutBody.contains(name)
        else {
            return
        }
        if !isClosing {
            open.append(name)
        } else if let last = open.lastIndex(of: name) {
            open.removeSubrange(last...)
        }
    }

    /// kramdown's `HTML_CONTENT_MODEL_SPAN`: elements whose text it reads as Markdown's.
    private static let spanContent: Set<String> = [
        "a", "abbr", "acronym", "b", "bdo", "big", "button", "cite", "caption", "del", "dfn", "dt", "em", "h1", "h2",
        "h3", "h4", "h5", "h6", "i", "ins", "label", "legend", "optgroup", "p", "q", "rb", "rbc", "rp", "rt", "rtc",
        "ruby", "select", "small", "span", "strong", "sub", "sup", "th", "tt",
    ]

    /// The characters kramdown's typography changes or starts at.
    private static let typographic: Set<UInt8> = Set("'\"-.<>".utf8)

    private static func literal(of node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The literal in runs typed as they are, and each character written as an escape or an
    /// entity on its own.
    private static func pieces(of literal: String, written: Set<Int>) -> [(text: String, isWritten: Bool)] {
        guard !written.isEmpty else { return [(literal, false)] }
        var pieces: [(text: String, isWritten: Bool)] = []
        var offset = 0
        for scalar in literal.unicodeScalars {
            let isWritten = written.contains(offset)
            if isWritten || pieces.last?.isWritten != false { pieces.append(("", isWritten)) }
            pieces[pieces.count - 1].text.unicodeScalars.append(scalar)
            offset += String(scalar).utf8.count
        }
        return pieces
    }

    /// The offsets in `literal` of the bytes the source wrote as an escape or an entity, found by
    /// reading the node's source alongside it; none where the two cannot be lined up.
    private static func writtenCharacters(of node: OpaquePointer, literal: String, in source: [Substring.UTF8View])
        -> Set<Int>
    {
        let line = Int(cmark_node_get_start_line(node)) - 1
        let start = Int(cmark_node_get_start_column(node)) - 1
        let end = Int(cmark_node_get_end_column(node))
        guard line >= 0, line < source.count, cmark_node_get_end_line(node) == cmark_node_get_start_line(node),
            start >= 0, end <= source[line].count, start < end
        else { return [] }
        let written = Array(source[line].dropFirst(start).prefix(end - start))
        guard written.contains(UInt8(ascii: "\\")) || written.contains(UInt8(ascii: "&")) else { return [] }
        let typed = Array(literal.utf8)
        var marks: Set<Int> = []
        var i = 0
        var j = 0
        while i < written.count, j < typed.count {
            if written[i] == UInt8(ascii: "\\"), i + 1 < written.count, written[i + 1] == typed[j],
                Self.escapable.contains(written[i + 1])
            {
                marks.insert(j)
                i += 2
                j += 1
            } else if written[i] == UInt8(ascii: "&"), let semicolon = written[i...].prefix(40).firstIndex(of: 59) {
                let entity = String(decoding: written[i...semicolon], as: UTF8.self)
                let decoded = Array(HTMLText.decodingEntities(entity).utf8)
                if decoded != Array(entity.utf8), typed[j...].starts(with: decoded) {
                    marks.formUnion(j..<(j + decoded.count))
                    i = semicolon + 1
                    j += decoded.count
                } else if written[i] == typed[j] {
                    i += 1
                    j += 1
                } else {
                    return []
                }
            } else if written[i] == typed[j] {
                i += 1
                j += 1
            } else {
                return []
            }
        }
        return j == typed.count ? marks : []
    }

    /// ASCII punctuation, which a backslash escapes.
    private static let escapable: Set<UInt8> = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".utf8)

    private static func isInImage(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let container = parent {
            if cmark_node_get_type(container) == CMARK_NODE_IMAGE { return true }
            parent = cmark_node_parent(container)
        }
        return false
    }

    /// The source after `node` as written, as far as the next text reaches.
    private static func following(_ node: OpaquePointer, in source: [Substring.UTF8View]) -> String {
        if let next = cmark_node_next(node) { return opening(of: next, in: source) }
        guard let parent = cmark_node_parent(node) else { return "" }
        switch cmark_node_get_type(parent) {
        case CMARK_NODE_EMPH: return emphasis(parent, in: source, count: 1) + following(parent, in: source)
        case CMARK_NODE_STRONG: return emphasis(parent, in: source, count: 2) + following(parent, in: source)
        case CMARK_NODE_LINK: return "]("
        default:
            let name = cmark_node_get_type_string(parent).map { String(cString: $0) }
            return name == "strikethrough" ? "~~" + following(parent, in: source) : ""
        }
    }

    /// How `node` starts in the source.
    private static func opening(of node: OpaquePointer, in source: [Substring.UTF8View]) -> String {
        let first = cmark_node_first_child(node).map { opening(of: $0, in: source) } ?? ""
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT, CMARK_NODE_HTML_INLINE: return literal(of: node)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: return "\n"
        case CMARK_NODE_CODE: return "`"
        case CMARK_NODE_EMPH: return emphasis(node, in: source, count: 1) + first
        case CMARK_NODE_STRONG: return emphasis(node, in: source, count: 2) + first
        case CMARK_NODE_LINK: return "[" + first
        case CMARK_NODE_IMAGE: return "!["
        default:
            let name = cmark_node_get_type_string(node).map { String(cString: $0) }
            return name == "strikethrough" ? "~~" + first : ""
        }
    }

    /// An emphasis's marks as written, `_` or `*` (`_` is a word character to kramdown's rules,
    /// `*` is not).
    private static func emphasis(_ node: OpaquePointer, in source: [Substring.UTF8View], count: Int) -> String {
        let line = Int(cmark_node_get_start_line(node)) - 1
        let column = Int(cmark_node_get_start_column(node)) - 1
        let isUnderscore =
            source.indices.contains(line) && column >= 0 && column < source[line].count
            && source[line][source[line].index(source[line].startIndex, offsetBy: column)] == UInt8(ascii: "_")
        return String(repeating: isUnderscore ? "_" : "*", count: count)
    }
}
