/// Definition lists, which Goldmark (Hugo's `extensions.definitionList`) and kramdown both read
/// and cmark-gfm does not, made from the paragraphs cmark-gfm writes for them:
///
///     Term            <p>Term\n: Definition</p>         <dl>\n<dt>Term</dt>\n<dd>Definition</dd>\n</dl>
///     : Definition
///
/// Each line of a paragraph before its first `: ` line is a term; each `: ` line starts a
/// definition, and the lines after it continue it. A paragraph that is only `: ` lines right
/// after a paragraph of terms is a loose definition (`<dd><p>…</p></dd>`), as when a blank line
/// separates them. Lists that follow one another become one.
enum DefinitionLists {
    static func applied(to html: String) -> String {
        guard html.containsUTF8("\n: ") || html.containsUTF8("<p>: ") else { return html }
        var result = ""
        var rest = Substring(html)
        while let open = rest.firstRange(ofUTF8: "<p>") {
            guard let close = rest[open.upperBound...].firstRange(ofUTF8: "</p>") else { break }
            let lines = rest[open.upperBound..<close.lowerBound].split(
                separator: "\n", omittingEmptySubsequences: false)
            guard let first = lines.firstIndex(where: { $0.hasPrefix(": ") }) else {
                result += rest[..<close.upperBound]
                rest = rest[close.upperBound...]
                continue
            }
            var terms = lines[..<first]
            var loose = false
            var before = rest[..<open.lowerBound]
            if terms.isEmpty {
                // A loose definition: its terms are the paragraph just before.
                let preceding = result + before
                guard let previous = Self.paragraphEnding(Substring(preceding)) else {
                    result += rest[..<close.upperBound]
                    rest = rest[close.upperBound...]
                    continue
                }
                terms = previous.text.split(separator: "\n")[...]
                result = String(preceding[..<previous.start])
                before = ""
                loose = true
            }
            result += before
            result += "<dl>\n" + terms.map { "<dt>\($0)</dt>\n" }.joined()
            var definition: [Substring] = []
            func finish() {
                guard !definition.isEmpty else { return }
                let text = definition.joined(separator: "\n")
                result += loose ? "<dd>\n<p>\(text)</p>\n</dd>\n" : "<dd>\(text)</dd>\n"
                definition = []
            }
            for line in lines[first...] {
                if line.hasPrefix(": ") {
                    finish()
                    definition.append(line.dropFirst(2))
                } else {
                    definition.append(line)
                }
            }
            finish()
            result += "</dl>"
            rest = rest[close.upperBound...]
        }
        return (result + rest).replacingUTF8("</dl>\n<dl>\n", with: "")
    }

    /// The paragraph `html` ends with (but for a line end), and where it starts.
    private static func paragraphEnding(_ html: Substring) -> (text: Substring, start: Substring.Index)? {
        var trimmed = html
        if trimmed.last == "\n" { trimmed = trimmed.dropLast() }
        guard trimmed.hasSuffix("</p>"), let open = trimmed.range(of: "<p>", options: .backwards) else { return nil }
        let text = trimmed[open.upperBound..<trimmed.index(trimmed.endIndex, offsetBy: -4)]
        guard !text.containsUTF8("<p>"), !text.isEmpty else { return nil }
        return (text, open.lowerBound)
    }
}
