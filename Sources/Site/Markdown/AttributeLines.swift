import Foundation

/// The lines of Markdown that Goldmark (with block attributes) and kramdown read as markup and
/// cmark-gfm would publish as text, taken out before parsing (each becomes an empty line, so
/// line numbers hold): a `{.class}` line after a block; kramdown's `{: …}` attribute lists,
/// `{::options … /}`, `{::comment}` … `{:/comment}`, and `*[abbr]: …` definitions. A kramdown
/// `{: …}` right under a `#` heading moves onto the heading's line, where `HeadingMarkup` reads
/// it. Fenced code is left alone.
struct AttributeLines {
    let flavor: MarkdownFlavor

    func removing(from markdown: String) -> String {
        guard markdown.containsUTF8(flavor.engine == .kramdown ? "{:" : "{") || markdown.containsUTF8("*[") else {
            return markdown
        }
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var fence: CodeFence?
        var inComment = false
        var changed = false
        for index in lines.indices {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if open.isClosed(by: trimmed) { fence = nil }
                continue
            }
            if let open = CodeFence(opening: trimmed) {
                fence = open
                continue
            }
            let text = trimmed.trimmingCharacters(in: .whitespaces)
            if inComment {
                if text.hasSuffix("{:/comment}") || text.hasSuffix("{:/}") { inComment = false }
                lines[index] = ""
                changed = true
                continue
            }
            guard line.count - trimmed.count < 4, let kind = kind(of: text, after: index > 0 ? lines[index - 1] : "")
            else { continue }
            switch kind {
            case .commentStart:
                inComment = !(text.hasSuffix("{:/comment}") || text.hasSuffix("{:/}"))
            case .headingAttributes:
                lines[index - 1] += " " + text
            case .markup:
                break
            }
            lines[index] = ""
            changed = true
        }
        return changed ? lines.joined(separator: "\n") : markdown
    }

    private enum Kind {
        case markup, commentStart, headingAttributes
    }

    private func kind(of text: String, after previous: String) -> Kind? {
        switch flavor.engine {
        case .kramdown:
            if text.hasPrefix("{::comment}") { return .commentStart }
            if text.hasPrefix("*["), text.containsUTF8("]:") { return .markup }
            guard text.hasPrefix("{:"), text.hasSuffix("}") else { return nil }
            if text.hasPrefix("{::") { return .markup }
            let isHeading = previous.hasPrefix("#") && !previous.hasSuffix("}")
            return isHeading && flavor.headingAttributes ? .headingAttributes : .markup
        case .goldmark:
            guard flavor.blockAttributes, text.hasPrefix("{"), text.hasSuffix("}"),
                !previous.allSatisfy(\.isWhitespace), HeadingMarkup.attributes(in: Substring(text)) != nil
            else { return nil }
            return .markup
        }
    }
}
