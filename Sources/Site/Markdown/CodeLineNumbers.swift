/// Hugo's line numbers on highlighted code (`markup.highlight.lineNos`, a fence's
/// `{linenos=true|false|table|inline, linenostart=N}`, the `highlight` shortcode's options), as
/// Chroma writes them with classes: a table whose first column holds the numbers
/// (`lineNumbersInTable`, the default), or a number before each line. Only fenced code with a
/// language is highlighted in Hugo, so only that gets numbers.
struct CodeLineNumbers: Sendable, Hashable {
    /// A site's code block render hook: its HTML for a fence's language, its options (`{…}`,
    /// escaped) and its escaped code; nil where it cannot be run.
    typealias CodeBlockHook = (_ language: String, _ options: String?, _ code: Substring) -> String?

    /// `markup.highlight.lineNos`.
    var isOn = false
    /// `markup.highlight.lineNumbersInTable`.
    var inTable = true
    /// `markup.highlight.lineNoStart`.
    var start = 1
    /// The languages the site renders with a code block render hook of its own
    /// (`render-codeblock-mermaid.html`; `""` for `render-codeblock.html`, every language),
    /// which Chroma does not number.
    var hookedLanguages: Set<String> = []

    /// These settings as a fence's or shortcode's options change them (`linenos=table`).
    func overridden(by options: Substring) -> CodeLineNumbers {
        var result = self
        for option in options.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "{" || $0 == "}" }) {
            let parts = option.split(separator: "=", maxSplits: 1).map { $0.trimmingQuotes }
            guard parts.count == 2 else { continue }
            switch parts[0].lowercased() {
            case "linenos":
                switch parts[1].lowercased() {
                case "false": result.isOn = false
                case "true": result.isOn = true
                case "table":
                    result.isOn = true
                    result.inTable = true
                case "inline":
                    result.isOn = true
                    result.inTable = false
                default: break
                }
            case "linenostart": result.start = Int(parts[1]) ?? result.start
            default: break
            }
        }
        return result
    }

    /// cmark-gfm's fenced code (`<pre><code class="language-x" data-meta="{…}">`) numbered where
    /// these settings or the fence's options say, or as the site's code block hook writes it;
    /// the options' attribute is dropped either way.
    func applied(to html: String, hook: CodeBlockHook? = nil) -> String {
        let opening = "<pre><code class=\"language-"
        guard html.containsUTF8(opening) else { return html }
        var result = ""
        var rest = Substring(html)
        while let open = rest.firstRange(ofUTF8: opening) {
            result += rest[..<open.lowerBound]
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">"),
                let close = rest[tagEnd...].firstRange(ofUTF8: "</code></pre>")
            else { break }
            let attributes = rest[open.upperBound..<tagEnd]
            let language = attributes.prefix { $0 != "\"" }
            let options = attributes.firstRange(ofUTF8: "data-meta=\"").map { meta in
                attributes[meta.upperBound...].prefix { $0 != "\"" }
            }
            let settings = options.map(overridden) ?? self
            let code = rest[rest.index(after: tagEnd)..<close.lowerBound]
            let isHooked = hookedLanguages.contains(language.lowercased()) || hookedLanguages.contains("")
            if isHooked, let hook, let html = hook(String(language), options.map(String.init), code) {
                // Goldmark ends a hook's block with nothing of its own.
                result += html
                rest = rest[close.upperBound...]
                if rest.first == "\n" { rest = rest.dropFirst() }
                continue
            }
            result +=
                settings.isOn && !isHooked
                ? settings.numbered(code, language: language)
                : "<pre><code class=\"language-\(language)\">\(code)</code></pre>"
            rest = rest[close.upperBound...]
        }
        return result + rest
    }

    /// Escaped code with its lines numbered.
    func numbered(_ code: Substring, language: Substring) -> String {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        let numbers = lines.indices.map { start + $0 }
        let codeOpening = "<code class=\"language-\(language)\" data-lang=\"\(language)\">"
        if inTable {
            let column = numbers.map { "<span class=\"lnt\">\($0)\n</span>" }.joined()
            let body = lines.map { "<span class=\"line\"><span class=\"cl\">\($0)\n</span></span>" }.joined()
            return "<div class=\"highlight\"><div class=\"chroma\">\n<table class=\"lntable\"><tr><td class=\"lntd\">\n"
                + "<pre tabindex=\"0\" class=\"chroma\"><code>\(column)</code></pre></td>\n<td class=\"lntd\">\n"
                + "<pre tabindex=\"0\" class=\"chroma\">\(codeOpening)\(body)</code></pre></td></tr></table>\n</div>\n</div>"
        }
        let body = zip(numbers, lines).map { number, line in
            "<span class=\"line\"><span class=\"ln\">\(number)</span><span class=\"cl\">\(line)\n</span></span>"
        }.joined()
        return "<div class=\"highlight\"><pre tabindex=\"0\" class=\"chroma\">\(codeOpening)\(body)</code></pre></div>"
    }
}

extension Substring {
    fileprivate var trimmingQuotes: Substring {
        var text = self
        while text.first == "\"" || text.first == "'" { text = text.dropFirst() }
        while text.last == "\"" || text.last == "'" { text = text.dropLast() }
        return text
    }
}
