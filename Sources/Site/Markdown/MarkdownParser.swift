import CCmark
import Foundation

/// One cmark-gfm parser with GitHub's extensions attached, freed in `deinit`.
///
/// The extensions (tables, strikethrough, autolinks, task lists) work only when attached to the
/// parser; `cmark_markdown_to_html` alone ignores them.
final class MarkdownParser {
    private let parser: OpaquePointer
    private let options: Int32
    private let typesetsAsKramdown: Bool

    private static let extensionNames = ["table", "strikethrough", "tasklist"]

    /// Registering is idempotent, but not safe to race; a static `let` runs it exactly once.
    private static let registered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// - Parameters:
    ///   - allowsRawHTML: keep raw HTML; otherwise it becomes `<!-- raw HTML omitted -->`, as in Hugo.
    ///   - linksBareAddresses: link `www.`, `https://` and mail addresses written as text.
    ///   - typesetsAsKramdown: kramdown's typographic quotes, dashes, ellipses and guillemets.
    ///   - hardWraps: every line break in a paragraph kept (`<br />`).
    ///   - keepsInfoStrings: a fence's words after its language kept, as `data-meta`.
    ///   - footnotes: `[^label]` references and their definitions read as footnotes.
    init(
        allowsRawHTML: Bool, linksBareAddresses: Bool = true, keepsInfoStrings: Bool = false,
        typesetsAsKramdown: Bool = false, hardWraps: Bool = false, footnotes: Bool = true
    ) {
        self.typesetsAsKramdown = typesetsAsKramdown
        _ = Self.registered
        var options = (footnotes ? CMARK_OPT_FOOTNOTES : 0) | (hardWraps ? CMARK_OPT_HARDBREAKS : 0)
        if keepsInfoStrings { options |= CMARK_OPT_FULL_INFO_STRING }
        if allowsRawHTML { options |= CMARK_OPT_UNSAFE }
        self.options = options
        parser = cmark_parser_new(options)
        for name in Self.extensionNames + (linksBareAddresses ? ["autolink"] : []) {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
    }

    deinit {
        cmark_parser_free(parser)
    }

    /// cmark-gfm adds its extensions' trigger characters to a table shared by every parser when a
    /// parse starts, and takes them out when it ends: two parses at once on two threads lose
    /// each other's (a `www.` link is then sometimes not linked). Parsing is serialised; the
    /// rest of rendering is not.
    private static let parsing = NSLock()

    /// Renders a whole Markdown document to HTML. A parser renders one document.
    func renderHTML(_ markdown: String) -> String {
        var markdown = markdown
        let document = Self.parsing.withLock {
            markdown.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
            return cmark_parser_finish(parser)
        }
        guard let document else { return "" }
        defer { cmark_node_free(document) }
        if options & CMARK_OPT_UNSAFE == 0 { Self.omittingClosingLines(document) }
        if typesetsAsKramdown {
            Self.typesetAsKramdown(
                document, source: markdown.split(separator: "\n", omittingEmptySubsequences: false).map(\.utf8))
        }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return ""
        }
        defer { free(html) }
        return String(cString: html)
    }
}
