import CCmark

extension MarkdownParser {
    /// Goldmark, omitting raw HTML, writes `<!-- raw HTML omitted -->` for an HTML block and once
    /// more for its closing line when the block ends by its own end text (`-->`, `</script>`…)
    /// on a later line than it starts; cmark-gfm writes it once. The second is an empty HTML
    /// block after the first, which cmark-gfm then omits too.
    static func omittingClosingLines(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var closed: [OpaquePointer] = []
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator),
                cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK,
                let literal = cmark_node_get_literal(node).map({ String(cString: $0) })
            {
                let lines = literal.split(separator: "\n")
                if lines.count > 1, let last = lines.last,
                    let block = HTMLBlock(opening: lines[0].drop { $0 == " " }, interruptsParagraph: false),
                    case .untilText = block, block.isEnded(by: last)
                {
                    closed.append(node)
                }
            }
            event = cmark_iter_next(iterator)
        }
        for node in closed {
            guard let closing = cmark_node_new(CMARK_NODE_HTML_BLOCK) else { continue }
            cmark_node_set_literal(closing, "\n")
            cmark_node_insert_after(node, closing)
        }
    }
}
