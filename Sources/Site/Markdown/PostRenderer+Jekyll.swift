extension PostRenderer {
    /// jekyll-feed's `<summary>`: the post's `description`, else its `excerpt`, else the
    /// excerpt Jekyll cuts from the body (up to `excerpt_separator`, the first blank line unless
    /// told otherwise), rendered; then, as jekyll-feed does, tags stripped and white space
    /// collapsed. Empty when there is none, or the separator is "".
    /// - Parameter render: the post's renderer, for the excerpt cut from the body.
    func jekyllSummary(of post: Post, body: String, render: (String) -> String) -> Summary {
        if let written = Self.writtenJekyllSummary(of: post) { return written }
        let separator = post.excerptSeparator ?? site.jekyll.excerptSeparator
        guard !separator.isEmpty else { return Summary(html: "", isTruncated: false) }
        // Jekyll's content starts after the blank lines that follow the front matter.
        let content = post.bodyLine > 1 ? Self.droppingBlankLines(body) : body[...]
        guard let cut = content.firstRange(ofUTF8: separator) else {
            return Summary(html: Self.shown(render(String(content))), isTruncated: false)
        }
        var head = String(content[..<cut.lowerBound])
        let tail = content[cut.upperBound...]
        // `Excerpt#extract_excerpt`: the link definitions the excerpt uses come along.
        let definitions = tail.split(separator: "\n", omittingEmptySubsequences: false).filter {
            guard let label = Self.linkDefinitionLabel($0) else { return false }
            return head.containsUTF8(String(label))
        }
        if !definitions.isEmpty { head += "\n\n" + definitions.joined(separator: "\n") }
        return Summary(html: Self.shown(render(head)), isTruncated: !tail.allSatisfy(\.isWhitespace))
    }

    /// The summary a Jekyll post's front matter gives: its `description`, else its `excerpt`.
    static func writtenJekyllSummary(of post: Post) -> Summary? {
        if let description = post.description, !description.isEmpty {
            return Summary(html: shown(description), isTruncated: false)
        }
        return post.summary.map { Summary(html: shown($0), isTruncated: false) }
    }

    /// A summary as jekyll-feed shows it: tags stripped, white space collapsed.
    static func shown(_ html: String) -> String {
        LiquidFilters.normalizeWhitespace(LiquidFilters.stripHTML(html))
    }

    /// The lines of white space at the start of `text`, up to the first that holds more.
    private static func droppingBlankLines(_ text: String) -> Substring {
        var start = text.startIndex
        var position = text.startIndex
        while position < text.endIndex, text[position].isRubyWhitespace {
            if text[position] == "\n" || text[position] == "\r\n" { start = text.index(after: position) }
            position = text.index(after: position)
        }
        return position == text.endIndex ? text[text.endIndex...] : text[start...]
    }

    /// The `[label]` of a Markdown link definition line (`^ {0,3}(\[[^\]]+\])(:.+)$`).
    private static func linkDefinitionLabel(_ line: Substring) -> Substring? {
        let indented = line.drop { $0 == " " }
        guard line.count - indented.count <= 3, indented.hasPrefix("["),
            let close = indented.firstIndex(of: "]"), indented.distance(from: indented.startIndex, to: close) > 1
        else { return nil }
        let rest = indented[indented.index(after: close)...]
        guard rest.hasPrefix(":"), rest.count > 1 else { return nil }
        return indented[...close]
    }
}
