/// Replaces Hugo's built-in shortcodes with plain HTML that reads well in any feed reader and in
/// email (no scripts, no iframes), runs the site's own where Herald can (`SiteShortcodes`), and
/// removes the others with a warning, keeping what they enclose.
///
/// Each shortcode's HTML is set aside (`MarkdownExpansion`) while the Markdown is rendered.
struct ShortcodeExpander {
    let path: String
    /// The file's line number of the Markdown's first line.
    var firstLine: Int
    /// The site's own shortcodes.
    var siteShortcodes = SiteShortcodes.none
    /// The site's line numbers for `highlight`.
    var lineNumbers = CodeLineNumbers()
    /// The call a site's shortcode runs with, given the tag and what the pair encloses.
    var makeCall: ((Shortcode, String?) -> ShortcodeCall)?
    /// The permalink of the post a `ref` or `relref` names, if there is one.
    let resolveReference: (String) -> String?

    /// The Markdown with each shortcode replaced; a tag that is malformed or never closed makes
    /// the post unusable, as it makes Hugo refuse the file.
    func expand(_ markdown: String) throws(Problem) -> MarkdownExpansion {
        var expansion = MarkdownExpansion(unexpanded: markdown)
        guard markdown.containsUTF8("{{") else { return expansion }
        let bytes = Array(markdown.utf8)
        let segments: [ShortcodeLexer.Segment]
        do throws(ShortcodeLexer.Failure) {
            segments = try ShortcodeLexer.segments(of: bytes, firstLine: firstLine)
        } catch {
            throw Problem(path: path, line: error.line, reason: error.reason)
        }
        var closings = ClosingTags(segments)
        var unknown: [String: (line: Int, count: Int, reason: String?)] = [:]
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < segments.count {
            switch segments[index] {
            case .text(let range): output.append(contentsOf: bytes[range])
            case .literal(let text): output.append(contentsOf: text.utf8)
            // A closing tag whose opening was unknown, or is missing, leaves nothing behind but
            // a placeholder, as Hugo's output would stand there: the blocks around stay as they are.
            case .tag(let shortcode, _, _) where shortcode.isClosing:
                let closing =
                    shortcode.name == "details"
                    ? "\n\n" + expansion.setAside("</details>", isBlock: true) : expansion.setAside("", isBlock: true)
                output.append(contentsOf: closing.utf8)
            // Inline shortcodes (`{{< name.inline >}}…`) are dropped with what they enclose, as
            // Hugo drops them unless `enableInlineShortcodes` is set.
            case .tag(let shortcode, _, _) where shortcode.name.hasSuffix(".inline"):
                if !shortcode.isSelfClosing, let end = closings.next(shortcode.name, after: index) { index = end }
            case .tag(let shortcode, let line, let range):
                if case .success(let template)? = siteShortcodes.templates[shortcode.name], let makeCall {
                    var inner: String?
                    var end = index
                    if template.usesInner, !shortcode.isSelfClosing,
                        let closing = closings.next(shortcode.name, after: index),
                        case .tag(_, _, let closingRange) = segments[closing]
                    {
                        inner = try expandingNested(
                            in: String(decoding: bytes[range.upperBound..<closingRange.lowerBound], as: UTF8.self),
                            line: line, warnings: &expansion.warnings)
                        end = closing
                    }
                    do throws(GoTemplate.Failure) {
                        let html = try template.run(makeCall(shortcode, inner))
                        if shortcode.isMarkdown {
                            output.append(contentsOf: html.utf8)
                        } else {
                            output.append(contentsOf: expansion.setAside(html, isBlock: Self.startsBlock(html)).utf8)
                        }
                        index = end + 1
                        continue
                    } catch {
                        // Where the site's own version of a built-in one fails, Herald's is used.
                        if !Self.builtInNames.contains(shortcode.name) {
                            let seen = unknown[shortcode.name]
                            unknown[shortcode.name] = (seen?.line ?? line, (seen?.count ?? 0) + 1, error.reason)
                            index += 1
                            continue
                        }
                    }
                }
                var body: String?
                // Only paired shortcodes Herald knows take their body here; an unknown pair's
                // tags are dropped one by one, so what they enclose is still expanded and kept.
                if Self.pairedNames.contains(shortcode.name), !shortcode.isSelfClosing {
                    guard let end = closings.next(shortcode.name, after: index),
                        case .tag(_, _, let closing) = segments[end]
                    else {
                        throw Problem(
                            path: path, line: line,
                            reason:
                                "the shortcode '\(shortcode.name)' is never closed; end it with {{< /\(shortcode.name) >}}, or close it in its tag with />}}"
                        )
                    }
                    body = String(decoding: bytes[range.upperBound..<closing.lowerBound], as: UTF8.self)
                    index = end
                }
                if shortcode.name == "details" {
                    output.append(contentsOf: details(shortcode, expansion: &expansion).utf8)
                } else if let html = html(for: shortcode, body: body, line: line, warnings: &expansion.warnings) {
                    output.append(
                        contentsOf: expansion.setAside(html, isBlock: Self.blockNames.contains(shortcode.name)).utf8)
                } else {
                    let seen = unknown[shortcode.name]
                    let reason: String? =
                        if case .failure(let failure)? = siteShortcodes.templates[shortcode.name] {
                            failure.reason
                        } else {
                            nil
                        }
                    unknown[shortcode.name] = (seen?.line ?? line, (seen?.count ?? 0) + 1, reason)
                    output.append(contentsOf: expansion.setAside("", isBlock: true).utf8)
                }
            }
            index += 1
        }
        expansion.markdown = String(decoding: output, as: UTF8.self)
        for (name, (line, count, failure)) in unknown.sorted(by: { $0.value.line < $1.value.line }) {
            let more = count > 1 ? " (\(count) times in this post)" : ""
            let which =
                siteShortcodes.shownPath(of: name).map { "shortcode '\(name)' (\($0)) cannot be run by Herald" }
                ?? "shortcode '\(name)' is the site's or its theme's, which Herald cannot run"
            var warning = Problem(
                path: path, line: line,
                reason:
                    "\(which)\(failure.map { " (\($0))" } ?? "")\(more): its tags were removed and what they enclose kept; for the site's own rendering, run herald init --rendering generator",
                severity: .warning)
            warning.kind = "shortcode " + name
            expansion.warnings.append(warning)
        }
        return expansion
    }

    /// What a pair encloses, with the shortcodes in it run first, as Hugo runs them before the
    /// one around them and hands it their output in `.Inner`.
    private func expandingNested(in inner: String, line: Int, warnings: inout [Problem]) throws(Problem) -> String {
        guard inner.containsUTF8("{{") else { return inner }
        var nested = self
        nested.firstLine = line
        let expansion = try nested.expand(inner)
        warnings += expansion.warnings
        return expansion.apply(to: expansion.markdown)
    }

    private static let pairedNames: Set<String> = ["highlight"]
    /// The shortcodes Herald writes itself.
    private static let builtInNames: Set<String> = [
        "figure", "youtube", "vimeo", "gist", "highlight", "ref", "relref", "details",
    ]

    /// Hugo's `details` (0.140): its opening, the Markdown it encloses rendered as the post's,
    /// then its closing (the closing tag's placeholder).
    private func details(_ shortcode: Shortcode, expansion: inout MarkdownExpansion) -> String {
        var attributes = ""
        for key in ["class", "name", "title"] {
            if let value = shortcode.argument(key) { attributes += " \(key)=\"\(value.htmlEscaped)\"" }
        }
        if let open = shortcode.argument("open"), open == "true" { attributes += " open" }
        let summary = shortcode.argument("summary") ?? "Details"
        let html = "<details\(attributes)>\n  <summary>\(summary.htmlEscaped)</summary>\n"
        guard !shortcode.isSelfClosing else { return expansion.setAside(html + "</details>", isBlock: true) }
        return expansion.setAside(html, isBlock: true) + "\n\n"
    }

    /// Whether a shortcode's HTML starts with a block element, so it replaces a paragraph it
    /// stands alone in.
    private static func startsBlock(_ html: String) -> Bool {
        let start = html.drop { $0.isWhitespace }
        guard start.hasPrefix("<") else { return false }
        let name = start.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
        return blockElements.contains(name)
    }

    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "dialog", "div", "dl", "fieldset", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "iframe", "nav", "ol", "p", "pre", "section",
        "table", "ul", "video", "audio", "picture",
    ]

    /// Shortcodes whose HTML is a block of its own, so it replaces a paragraph it stands alone in.
    private static let blockNames: Set<String> = ["figure", "youtube", "vimeo", "gist", "highlight"]

    /// The closing tags of a post by name, found in order: each paired shortcode's end is the
    /// first closing tag after it, and the cursors only move forward.
    private struct ClosingTags {
        private var positions: [String: [Int]] = [:]
        private var cursors: [String: Int] = [:]

        init(_ segments: [ShortcodeLexer.Segment]) {
            for (index, segment) in segments.enumerated() {
                if case .tag(let shortcode, _, _) = segment, shortcode.isClosing {
                    positions[shortcode.name, default: []].append(index)
                }
            }
        }

        mutating func next(_ name: String, after index: Int) -> Int? {
            guard let list = positions[name] else { return nil }
            var cursor = cursors[name, default: 0]
            while cursor < list.count, list[cursor] <= index { cursor += 1 }
            cursors[name] = cursor
            return cursor < list.count ? list[cursor] : nil
        }
    }

    private func html(for shortcode: Shortcode, body: String?, line: Int, warnings: inout [Problem]) -> String? {
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
            let code = (body ?? "").trimmingNewlines
            let numbers = lineNumbers.overridden(by: Substring(shortcode.argument("options", position: 1) ?? ""))
            if numbers.isOn, !language.isEmpty {
                return numbers.numbered(Substring(code.htmlEscaped + "\n"), language: Substring(language.htmlEscaped))
            }
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
