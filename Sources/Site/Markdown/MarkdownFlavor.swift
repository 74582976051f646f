/// The Markdown a site's generator speaks — Hugo's Goldmark or Jekyll's kramdown — as Herald
/// reproduces it: cmark-gfm parses, and documented passes before and after it give what the
/// generator's own output has that cmark-gfm's lacks (heading ids and attributes, definition
/// lists, the generator's footnote and task list markup, kramdown's extension syntax).
public struct MarkdownFlavor: Sendable, Hashable {
    public enum Engine: String, Sendable {
        case goldmark, kramdown
    }

    public var engine: Engine
    /// Raw HTML kept (Goldmark's `renderer.unsafe`; kramdown always keeps it); otherwise it
    /// becomes `<!-- raw HTML omitted -->`, as in Hugo.
    public var allowsRawHTML: Bool
    /// How headings get their `id`s; nil for none.
    public var headingIDs: HeadingIDs?
    /// `{#id .class}` at a heading's end read as its attributes (Goldmark's
    /// `parser.attribute.title`; kramdown's header ids and IALs).
    public var headingAttributes = true
    /// Goldmark's `parser.attribute.block`: a line `{.class}` after a block is its attributes,
    /// not text. kramdown always reads its `{: …}` lines so.
    public var blockAttributes: Bool
    /// The scheme a bare `www.` address is linked with (Goldmark's `linkifyProtocol`); nil when
    /// bare addresses are not linked (kramdown; Goldmark with `extensions.linkify = false`).
    public var linkScheme: String?
    public var definitionLists = true
    /// `[^label]` footnotes (Goldmark's `extensions.footnote`); off, they stay text.
    public var footnotes = true
    /// Goldmark's `renderer.hardWraps`: a paragraph's line breaks kept.
    public var hardWraps = false
    /// Goldmark's `renderer.xhtml`: `<br />` rather than `<br>`.
    public var xhtml = false
    /// Goldmark's typographer, with the site's substitutions; nil when it is off. kramdown's
    /// typography is its own (`MarkdownParser.typesetAsKramdown`).
    var typographer: GoldmarkTypographer?
    /// Hugo's line numbers on highlighted code (`markup.highlight`).
    var lineNumbers = CodeLineNumbers()

    /// Hugo's defaults.
    public static let goldmark = MarkdownFlavor(
        engine: .goldmark, allowsRawHTML: false, headingIDs: .github, blockAttributes: false, linkScheme: "https",
        typographer: GoldmarkTypographer())
    /// Jekyll's: kramdown with its GFM parser.
    public static let kramdown = MarkdownFlavor(
        engine: .kramdown, allowsRawHTML: true, headingIDs: .kramdown, blockAttributes: true, linkScheme: nil)

    /// Renders a whole Markdown document to HTML as the generator would.
    /// - Parameters:
    ///   - headingHook: the site's heading render hook, run for each heading.
    ///   - codeBlockHook: the site's code block render hooks, run for each fence they render.
    func renderHTML(
        _ markdown: String, headingHook: HeadingMarkup.HeadingHook? = nil,
        codeBlockHook: CodeLineNumbers.CodeBlockHook? = nil
    ) -> String {
        var source = markdown
        var htmlBlocks: MarkdownExpansion?
        if engine == .kramdown {
            var blocks = MarkdownExpansion(unexpanded: markdown)
            source = KramdownBlocks.settingAside(in: markdown, into: &blocks)
            htmlBlocks = blocks
        }
        if blockAttributes || engine == .kramdown { source = AttributeLines(flavor: self).removing(from: source) }
        if let typographer { source = typographer.applied(to: source, skippingAddresses: linkScheme != nil) }
        var html = MarkdownParser(
            allowsRawHTML: allowsRawHTML, linksBareAddresses: linkScheme != nil, keepsInfoStrings: engine == .goldmark,
            typesetsAsKramdown: engine == .kramdown, hardWraps: hardWraps, footnotes: footnotes
        ).renderHTML(source)
        if engine == .goldmark { html = lineNumbers.applied(to: html, hook: codeBlockHook) }
        if let linkScheme, linkScheme != "http" { html = Self.linking(html, withScheme: linkScheme) }
        if headingIDs != nil || headingAttributes || headingHook != nil {
            html = HeadingMarkup(ids: headingIDs, readsAttributes: headingAttributes, engine: engine, hook: headingHook)
                .applied(to: html)
        }
        if definitionLists { html = DefinitionLists.applied(to: html) }
        html = GeneratorMarkup(engine: engine).applied(to: html)
        if let htmlBlocks { html = htmlBlocks.apply(to: html) }
        return engine == .goldmark && !xhtml ? Self.voidElementsAsHTML(html) : html
    }

    /// cmark-gfm closes `<br />`, `<hr />` and `<img … />` as XHTML does; Goldmark, unless its
    /// `renderer.xhtml` is set, as HTML does (`<br>`).
    private static func voidElementsAsHTML(_ html: String) -> String {
        guard html.containsUTF8(" />") else { return html }
        let html = html.replacingUTF8("<br />", with: "<br>").replacingUTF8("<hr />", with: "<hr>")
        guard html.containsUTF8("<img ") else { return html }
        var output = ""
        var rest = Substring(html)
        while let open = rest.firstRange(ofUTF8: "<img ") {
            output += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let end = rest.firstIndex(of: ">") else { break }
            let tag = rest[..<end]
            output += tag.hasSuffix(" /") ? tag.dropLast(2) : tag
            rest = rest[end...]
        }
        return output + rest
    }

    /// cmark-gfm links a bare `www.` address with `http://`; Goldmark with its `linkifyProtocol`.
    private static func linking(_ html: String, withScheme scheme: String) -> String {
        let bare = "<a href=\"http://www."
        guard html.containsUTF8(bare) else { return html }
        var result = ""
        var rest = Substring(html)
        while let open = rest.firstRange(ofUTF8: bare) {
            result += rest[..<open.lowerBound]
            let address = rest[rest.index(open.upperBound, offsetBy: -4)...].prefix { $0 != "\"" }
            // Only an autolink: its text is the address it links to (cmark-gfm escapes a `'` in
            // the address, not in the text).
            let text = String(address).replacingUTF8("&#x27;", with: "'")
            if rest[open.upperBound...].dropFirst(address.count - 4).hasPrefix("\">" + text + "</a>") {
                result += "<a href=\"\(scheme)://"
            } else {
                result += bare.dropLast(4)
            }
            rest = rest[rest.index(open.upperBound, offsetBy: -4)...]
        }
        return result + rest
    }
}
