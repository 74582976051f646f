/// kramdown's typography: one pass of its span parsers `smart_quotes`, `html_entity`,
/// `typographic_syms` and `span_html`, in that order, at each place one of them may start —
/// over HTML (Jekyll's `smartify`), or over the text of a post's Markdown, where what comes
/// before and after a piece of text decides its quotes as kramdown's source around it would.
struct KramdownTypography {
    /// `text`: the piece worked on, with what kramdown sees before it (one character, where
    /// that is text of the same span) and after it.
    private let text: [Unicode.Scalar]
    /// Where in `text` the piece is: only that is written out.
    private let piece: Range<Int>
    /// HTML in, HTML out (entities and tags kept, a stray `<`, `>` or `&` escaped); otherwise
    /// text in, text out.
    private let isHTML: Bool
    private var position = 0
    private var output = String.UnicodeScalarView()

    private init(_ piece: String, before: Unicode.Scalar?, after: String, isHTML: Bool) {
        let leading = before.map { [$0] } ?? []
        text = leading + Array(piece.unicodeScalars) + Array(after.unicodeScalars)
        self.piece = leading.count..<(text.count - after.unicodeScalars.count)
        self.isHTML = isHTML
    }

    /// HTML with its text's quotes, dashes, ellipses and guillemets as kramdown's SmartyPants
    /// parser makes them.
    static func html(_ html: String) -> String {
        var scanner = KramdownTypography(html, before: nil, after: "", isHTML: true)
        return scanner.run()
    }

    /// A piece of a paragraph's text as kramdown makes it.
    /// - Parameters:
    ///   - before: the character before it in the source, when kramdown reads it with the piece
    ///     (plain text, not the end of other markup).
    ///   - after: the source after it, as far as kramdown's rules look (a few characters).
    static func text(_ piece: String, before: Unicode.Scalar?, after: String) -> String {
        var scanner = KramdownTypography(piece, before: before, after: after, isHTML: false)
        return scanner.run()
    }

    private func at(_ index: Int) -> Unicode.Scalar? { index < text.count ? text[index] : nil }

    private static func isQuote(_ scalar: Unicode.Scalar?) -> Bool { scalar == "'" || scalar == "\"" }

    private static func isSpace(_ scalar: Unicode.Scalar?) -> Bool {
        scalar.map { Character($0).isRubyWhitespace } ?? false
    }

    /// Ruby's `\w`: ASCII letters, digits and `_`.
    private static func isWord(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar, scalar.isASCII else { return false }
        return scalar.properties.isAlphabetic || isDigit(scalar) || scalar == "_"
    }

    private static func isDigit(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { ("0"..."9").contains($0) } ?? false }

    /// kramdown's `SQ_PUNCT`: ASCII punctuation.
    private static func isPunctuation(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return "!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
    }

    /// kramdown's `SQ_CLOSE`: what a closing quote may follow.
    private static func mayPrecedeClosingQuote(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar else { return false }
        return !" \\\t\r\n[{(-".unicodeScalars.contains(scalar)
    }

    private static let typographicSymbols: [(String, String)] = [
        ("---", "\u{2014}"), ("--", "\u{2013}"), ("...", "\u{2026}"), ("\\<<", "<<"), ("\\>>", ">>"),
        ("<< ", "\u{AB}\u{A0}"), (" >>", "\u{A0}\u{BB}"), ("<<", "\u{AB}"), (">>", "\u{BB}"),
    ]

    private func starts(with prefix: String, at index: Int) -> Bool {
        var offset = index
        for scalar in prefix.unicodeScalars {
            guard at(offset) == scalar else { return false }
            offset += 1
        }
        return true
    }

    /// Where a smart quote (`[^\\]?["']`) may start at `index`.
    private func quoteStarts(at index: Int) -> Bool {
        Self.isQuote(at(index)) || (mayPrecedeQuote(at(index)) && Self.isQuote(at(index + 1)))
    }

    /// Whether a quote's rule may read `scalar` before it: not a backslash, and in Markdown's
    /// text not what starts other markup, which kramdown has read by then (an emphasis mark
    /// that emphasises nothing, a backtick, a bracket, `<`, `&`).
    private func mayPrecedeQuote(_ scalar: Unicode.Scalar?) -> Bool {
        guard let scalar, scalar != "\\" else { return false }
        return isHTML || !"*_`[<&".unicodeScalars.contains(scalar)
    }

    /// Where any of the parsers may start, from `index` on (their `span_start` patterns:
    /// `[^\\]?["']`, `&`, `<`, `--`, `...`, `<<` or `>>` after an optional `\\` or space).
    private func nextStart(from index: Int) -> Int? {
        var place = index
        while place < text.count {
            let scalar = text[place]
            let next = at(place + 1)
            switch scalar {
            case "'", "\"", "&", "<": return place
            case "-" where next == "-", "." where next == "." && at(place + 2) == ".", ">" where next == ">":
                return place
            case " " where (next == "<" || next == ">") && at(place + 2) == next: return place
            case "\\" where (next == "<" || next == ">") && at(place + 2) == next: return place
            default:
                if mayPrecedeQuote(scalar) && Self.isQuote(next) && place + 1 < piece.upperBound { return place }
            }
            place += 1
        }
        return nil
    }

    private mutating func run() -> String {
        // The character before the piece starts a quote only with the quote that follows it.
        position = piece.lowerBound > 0 && Self.isQuote(at(piece.lowerBound)) ? piece.lowerBound - 1 : piece.lowerBound
        while let start = nextStart(from: position), start < piece.upperBound {
            appendText(text[position..<start])
            position = start
            if quoteStarts(at: position) {
                smartQuote()
            } else if isHTML, let length = entityLength(at: position) {
                output.append(contentsOf: text[position..<position + length])
                position += length
            } else if let (symbol, replacement) = Self.typographicSymbols.first(where: {
                starts(with: $0.0, at: position) && position + $0.0.unicodeScalars.count <= piece.upperBound
            }) {
                output.append(contentsOf: replacement.unicodeScalars)
                position += symbol.unicodeScalars.count
            } else if isHTML, let length = tagLength(at: position) {
                output.append(contentsOf: text[position..<position + length])
                position += length
            } else {
                appendText(text[position...position])
                position += 1
            }
        }
        appendText(text[position..<max(position, piece.upperBound)])
        return String(output)
    }

    /// Text of the piece (what is outside it is not written).
    private mutating func appendText(_ scalars: ArraySlice<Unicode.Scalar>) {
        for (index, scalar) in zip(scalars.indices, scalars) where piece.contains(index) {
            switch scalar {
            case "<" where isHTML: output.append(contentsOf: "&lt;".unicodeScalars)
            case ">" where isHTML: output.append(contentsOf: "&gt;".unicodeScalars)
            case "&" where isHTML: output.append(contentsOf: "&amp;".unicodeScalars)
            default: output.append(scalar)
            }
        }
    }

    private mutating func emit(opening quote: Unicode.Scalar) { output.append(quote == "\"" ? "\u{201C}" : "\u{2018}") }
    private mutating func emit(closing quote: Unicode.Scalar) { output.append(quote == "\"" ? "\u{201D}" : "\u{2019}") }

    /// kramdown's `SQ_RULES`, the first that matches at the position.
    private mutating func smartQuote() {
        let here = at(position)
        let next = at(position + 1)
        // Before emphasis: `"*word*"`.
        if let here, Self.isQuote(here), next == "_" || next == "*", let after = at(position + 2), !Self.isSpace(after)
        {
            emit(opening: here)
            position += 1
            return
        }
        // Before punctuation that is not an ellipsis and not followed by a word boundary.
        if let here, Self.isQuote(here), Self.isPunctuation(next),
            !(at(position + 2) == "." && at(position + 3) == "."),
            Self.isWord(next) == Self.isWord(at(position + 2))
        {
            emit(closing: here)
            position += 1
            return
        }
        // `"'Quoted'` and `'"Quoted"` open two quotes; `'80s` is an apostrophe.
        let space = Self.isSpace(here) ? 1 : 0
        for (first, second) in [("\"", "'"), ("'", "\"")] as [(Unicode.Scalar, Unicode.Scalar)]
        where at(position + space) == first && at(position + space + 1) == second
            && Self.isWord(at(position + space + 2)) && position + space + 1 < piece.upperBound
        {
            if space == 1 { appendText(text[position...position]) }
            emit(opening: first)
            emit(opening: second)
            position += space + 2
            return
        }
        if at(position + space) == "'", Self.isDigit(at(position + space + 1)), Self.isDigit(at(position + space + 2)),
            at(position + space + 3) == "s"
        {
            if space == 1 { appendText(text[position...position]) }
            emit(closing: "'")
            position += space + 1
            return
        }
        // An opening quote after white space, before a word.
        if let here, let next, Self.isSpace(here), Self.isQuote(next), Self.isWord(at(position + 2)) {
            appendText(text[position...position])
            emit(opening: next)
            position += 2
            return
        }
        // A closing quote after anything but white space and opening brackets.
        if let here, let next, Self.mayPrecedeClosingQuote(here), Self.isQuote(next) {
            appendText(text[position...position])
            emit(closing: next)
            position += 2
            return
        }
        // A closing quote before white space, an `s` ending a word, or the end.
        if let here, Self.isQuote(here),
            next == nil || Self.isSpace(next) || (next == "s" && !Self.isWord(at(position + 2)))
        {
            emit(closing: here)
            position += 1
            return
        }
        // Any other quote opens: `(.?)'`, then `(.?)"`.
        for quote in ["'", "\""] as [Unicode.Scalar] {
            if here != nil, next == quote {
                appendText(text[position...position])
                emit(opening: quote)
                position += 2
                return
            }
            if here == quote {
                emit(opening: quote)
                position += 1
                return
            }
        }
    }

    /// `&name;`, `&#123;` or `&#x1F;`, which kramdown reads as one entity.
    private func entityLength(at index: Int) -> Int? {
        guard at(index) == "&" else { return nil }
        var end = index + 1
        let isNumeric = at(end) == "#"
        let isHex = isNumeric && (at(end + 1) == "x")
        end += isHex ? 2 : isNumeric ? 1 : 0
        let digitsStart = end
        while let scalar = at(end),
            isHex ? scalar.properties.isASCIIHexDigit : isNumeric ? Self.isDigit(scalar) : Self.isWord(scalar)
        {
            end += 1
        }
        return end > digitsStart && at(end) == ";" ? end + 1 - index : nil
    }

    /// An HTML tag or comment, up to its end, which kramdown's `span_html` keeps as it is.
    private func tagLength(at index: Int) -> Int? {
        guard at(index) == "<", let next = at(index + 1),
            next.properties.isAlphabetic || next == "/" || next == "?" || next == "!"
        else { return nil }
        let terminator = starts(with: "<!--", at: index) ? "-->" : ">"
        guard let end = (index..<text.count).first(where: { starts(with: terminator, at: $0) }) else { return nil }
        return end + terminator.unicodeScalars.count - index
    }
}
