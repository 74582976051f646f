/// Replaces Hugo's built-in shortcodes with plain HTML that reads well in any feed reader and in
/// email (no scripts, no iframes), and removes unknown ones with a warning.
///
/// Each shortcode becomes a placeholder word before Markdown rendering and its HTML is put back
/// afterwards, as Hugo does, so shortcode output is kept even where raw HTML is not.
struct ShortcodeExpander {
    struct Expansion {
        var markdown: String
        var replacements: [(placeholder: String, html: String, isBlock: Bool)]
        var warnings: [Problem]

        /// Puts each shortcode's HTML in place of its placeholder; a placeholder alone in a
        /// paragraph replaces the paragraph, since figures and code blocks are blocks themselves.
        func apply(to html: String) -> String {
            var result = html
            for (placeholder, replacement, isBlock) in replacements {
                let paragraph = "<p>" + placeholder + "</p>"
                if isBlock, result.contains(paragraph) {
                    result = result.replacingOccurrences(of: paragraph, with: replacement)
                }
                result = result.replacingOccurrences(of: placeholder, with: replacement)
            }
            return result
        }
    }

    let path: String
    /// The file's line number of the Markdown's first line.
    let firstLine: Int
    /// The permalink of the post a `ref` or `relref` names, if there is one.
    let resolveReference: (String) -> String?

    func expand(_ markdown: String) -> Expansion {
        var expansion = Expansion(markdown: "", replacements: [], warnings: [])
        guard markdown.containsUTF8("{{") else {
            expansion.markdown = markdown
            return expansion
        }
        var output = ""
        var rest = Substring(markdown)
        var line = firstLine
        while let open = Self.nextOpening(in: rest) {
            let before = rest[..<open.range.lowerBound]
            output += before
            line += before.utf8.count(of: 0x0A)
            guard let close = rest[open.range.upperBound...].range(of: open.closing) else {
                rest = rest[open.range.lowerBound...]  // an unclosed `{{<` is left as text, as Hugo renders it
                break
            }
            let inner = rest[open.range.upperBound..<close.lowerBound]
            var after = rest[close.upperBound...]
            let tagLine = line
            line += rest[open.range.lowerBound..<close.upperBound].utf8.count(of: 0x0A)
            if inner.hasPrefix("/*") && inner.hasSuffix("*/") {
                // `{{</* name */>}}` is how Hugo authors show a shortcode literally.
                output += open.opening + inner.dropFirst(2).dropLast(2) + open.closing
            } else {
                let shortcode = Shortcode(parsing: inner.hasSuffix("/") ? inner.dropLast() : inner)
                var body: Substring?
                // Only paired shortcodes Herald knows take their body here; an unknown pair's tags
                // are dropped one by one, so what they enclose is still expanded and kept.
                if Self.pairedNames.contains(shortcode.name), let end = Self.closingTag(for: shortcode.name, in: after)
                {
                    body = after[..<end.lowerBound]
                    line += after[..<end.upperBound].utf8.count(of: 0x0A)
                    after = after[end.upperBound...]
                }
                output += replacement(for: shortcode, body: body, line: tagLine, into: &expansion)
            }
            rest = after
        }
        expansion.markdown = output + rest
        return expansion
    }

    private static let pairedNames: Set<String> = ["highlight"]

    /// Shortcodes whose HTML is a block of its own, so it replaces a paragraph it stands alone in.
    private static let blockNames: Set<String> = ["figure", "youtube", "vimeo", "gist", "highlight"]

    private static func nextOpening(in text: Substring) -> (
        range: Range<Substring.Index>, opening: String, closing: String
    )? {
        let angle = text.firstRange(ofUTF8: "{{<")
        let percent = text.firstRange(ofUTF8: "{{%")
        switch (angle, percent) {
        case (let a?, let p?): return a.lowerBound < p.lowerBound ? (a, "{{<", ">}}") : (p, "{{%", "%}}")
        case (let a?, nil): return (a, "{{<", ">}}")
        case (nil, let p?): return (p, "{{%", "%}}")
        case (nil, nil): return nil
        }
    }

    /// The `{{< /name >}}` that closes a paired shortcode, if the text has one.
    private static func closingTag(for name: String, in text: Substring) -> Range<Substring.Index>? {
        var rest = text
        while let open = nextOpening(in: rest) {
            guard let close = rest[open.range.upperBound...].range(of: open.closing) else { return nil }
            let tag = Shortcode(parsing: rest[open.range.upperBound..<close.lowerBound])
            if tag.isClosing && tag.name == name { return open.range.lowerBound..<close.upperBound }
            rest = rest[close.upperBound...]
        }
        return nil
    }

    private func replacement(for shortcode: Shortcode, body: Substring?, line: Int, into expansion: inout Expansion)
        -> String
    {
        // A closing tag whose opening was unknown, or is missing, leaves nothing behind.
        if shortcode.isClosing { return "" }
        guard let html = html(for: shortcode, body: body, line: line, warnings: &expansion.warnings) else {
            expansion.warnings.append(
                Problem(
                    path: path, line: line,
                    reason:
                        "unknown shortcode '\(shortcode.name)' removed (Herald renders figure, youtube, vimeo, gist, highlight, ref and relref)",
                    severity: .warning))
            return ""
        }
        let placeholder = "HERALDSHORTCODE\(expansion.replacements.count)X"
        expansion.replacements.append((placeholder, html, Self.blockNames.contains(shortcode.name)))
        return placeholder
    }

    private func html(for shortcode: Shortcode, body: Substring?, line: Int, warnings: inout [Problem]) -> String? {
        switch shortcode.name {
        case "figure":
            guard shortcode.argument("src") != nil else { return missing("src", of: shortcode, line: line, &warnings) }
            return figure(shortcode)
        case "youtube":
            guard let id = shortcode.argument("id", position: 0) else {
                return missing("an id", of: shortcode, line: line, &warnings)
            }
            let title = shortcode.argument("title") ?? "Watch the video on YouTube"
            return "<p><a href=\"https://www.youtube.com/watch?v=\(id.htmlEscaped)\">"
                + "<img src=\"https://i.ytimg.com/vi/\(id.htmlEscaped)/hqdefault.jpg\" alt=\"\(title.htmlEscaped)\"></a></p>"
        case "vimeo":
            guard let id = shortcode.argument("id", position: 0) else {
                return missing("an id", of: shortcode, line: line, &warnings)
            }
            let title = shortcode.argument("title") ?? "Watch the video on Vimeo"
            return "<p><a href=\"https://vimeo.com/\(id.htmlEscaped)\">\(title.htmlEscaped)</a></p>"
        case "gist":
            guard let user = shortcode.argument("user", position: 0), let id = shortcode.argument("id", position: 1)
            else {
                return missing("a user and an id", of: shortcode, line: line, &warnings)
            }
            let file = shortcode.argument("file", position: 2)
            let address =
                "https://gist.github.com/\(user)/\(id)"
                + (file.map { "#file-" + $0.replacingOccurrences(of: ".", with: "-") } ?? "")
            return
                "<p><a href=\"\(address.htmlEscaped)\">View the gist \(user.htmlEscaped)/\(id.htmlEscaped)\(file.map { " (\($0.htmlEscaped))" } ?? "") on GitHub</a></p>"
        case "highlight":
            let language = shortcode.argument("lang", position: 0) ?? ""
            let code = (body.map(String.init) ?? "").trimmingNewlines
            let attribute = language.isEmpty ? "" : " class=\"language-\(language.htmlEscaped)\""
            return "<pre><code\(attribute)>\(code.htmlEscaped)\n</code></pre>"
        case "ref", "relref":
            guard let target = shortcode.argument("path", position: 0) else {
                return missing("the post it names", of: shortcode, line: line, &warnings)
            }
            if let permalink = resolveReference(target) { return permalink }
            warnings.append(
                Problem(
                    path: path, line: line, reason: "\(shortcode.name) \"\(target)\": no post by that name",
                    severity: .warning))
            return "#"
        default:
            return nil
        }
    }

    /// A known shortcode without what it needs is dropped, with a warning saying what is missing.
    private func missing(_ what: String, of shortcode: Shortcode, line: Int, _ warnings: inout [Problem]) -> String {
        warnings.append(
            Problem(
                path: path, line: line, reason: "\(shortcode.name) shortcode without \(what); removed",
                severity: .warning))
        return ""
    }

    private func figure(_ shortcode: Shortcode) -> String {
        let source = shortcode.argument("src") ?? ""
        let alt = shortcode.argument("alt") ?? shortcode.argument("caption") ?? ""
        var image = "<img src=\"\(source.htmlEscaped)\" alt=\"\(alt.htmlEscaped)\""
        for key in ["width", "height"] {
            if let value = shortcode.argument(key) { image += " \(key)=\"\(value.htmlEscaped)\"" }
        }
        image += ">"
        if let link = shortcode.argument("link") { image = "<a href=\"\(link.htmlEscaped)\">\(image)</a>" }
        var caption: [String] = []
        if let title = shortcode.argument("title") { caption.append("<strong>\(title.htmlEscaped)</strong>") }
        if let text = shortcode.argument("caption") { caption.append(text.htmlEscaped) }
        if let attribution = shortcode.argument("attr") {
            let link = shortcode.argument("attrlink")
            caption.append(
                link.map { "<a href=\"\($0.htmlEscaped)\">\(attribution.htmlEscaped)</a>" } ?? attribution.htmlEscaped)
        }
        let figcaption = caption.isEmpty ? "" : "<figcaption>\(caption.joined(separator: " "))</figcaption>"
        return "<figure>\(image)\(figcaption)</figure>"
    }
}

extension String {
    /// Escapes text for HTML content and double-quoted attribute values.
    var htmlEscaped: String {
        guard contains(where: { $0 == "&" || $0 == "<" || $0 == ">" || $0 == "\"" || $0 == "'" }) else { return self }
        var result = ""
        for character in self {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Without leading line breaks, nor trailing line breaks and spaces.
    var trimmingNewlines: String {
        var text = Substring(self)
        while text.first?.isNewline == true { text = text.dropFirst() }
        while text.last?.isNewline == true || text.last == " " { text = text.dropLast() }
        return String(text)
    }
}

extension String.UTF8View.SubSequence {
    func count(of byte: UInt8) -> Int {
        reduce(0) { $1 == byte ? $0 + 1 : $0 }
    }
}
