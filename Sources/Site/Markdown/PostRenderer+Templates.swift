import Foundation

extension PostRenderer {
    /// What expands the shortcodes of `post`: Hugo's built-in ones, and the site's own that
    /// Herald can run, whose `markdownify` renders Markdown (and the shortcodes in it) as Hugo
    /// renders it.
    /// - Parameters:
    ///   - frontMatter: the post's, for `.Page.Params`.
    ///   - scratch: the page's `.Scratch`, shared with the shortcodes of text that `markdownify`
    ///     renders.
    ///   - nesting: how many other pages' `.RenderShortcodes` this runs in.
    func shortcodeExpander(
        for post: Post, frontMatter: MetadataTable? = nil, scratch: GoScratch = GoScratch(), nesting: Int = 0
    ) -> ShortcodeExpander {
        var expander = ShortcodeExpander(path: post.path, firstLine: post.bodyLine) { target in
            // `{{< ref "#anchor" >}}` names a place in the post itself.
            target.hasPrefix("#") ? post.permalink + target : resolveReference(target)
        }
        expander.lineNumbers = site.markdown.lineNumbers
        guard !site.shortcodes.templates.isEmpty else { return expander }
        expander.siteShortcodes = site.shortcodes
        let parameters = Self.pageParameters(frontMatter)
        expander.makeCall = { shortcode, inner in
            call(
                for: post, shortcode: shortcode, inner: inner, scratch: scratch, pageParameters: parameters,
                nesting: nesting)
        }
        return expander
    }

    /// A page's `.Params`, as Hugo gives them: its front matter, keys lowercased, with what its
    /// `params` table holds.
    private static func pageParameters(_ frontMatter: MetadataTable?) -> GoValue {
        guard let frontMatter, case .map(var entries) = GoValue(.table(frontMatter)) else { return .map([:]) }
        if case .map(let own)? = entries["params"] { entries.merge(own) { _, new in new } }
        return .map(entries)
    }

    /// What a site's template runs with in `post`.
    func call(
        for post: Post, shortcode: Shortcode, inner: String?, scratch: GoScratch, pageParameters: GoValue = .map([:]),
        nesting: Int = 0
    ) -> ShortcodeCall {
        let site = site
        return ShortcodeCall(
            shortcode: shortcode, inner: inner, page: shortcodePage(of: post, nesting: nesting),
            siteTitle: site.title, baseURL: site.baseURL,
            siteParameters: .map(site.shortcodes.siteParameters), siteData: site.shortcodes.data,
            pageParameters: pageParameters,
            markdownify: { text in
                // Hugo hands the HTML of shortcodes nested in the text to the Markdown as raw
                // HTML (omitted unless the site allows raw HTML).
                guard let nested = try? shortcodeExpander(for: post, scratch: scratch).expand(text) else {
                    return text.htmlEscaped
                }
                return Summary.unwrappingParagraph(site.markdown.renderHTML(nested.apply(to: nested.markdown)))
            },
            translate: { site.shortcodes.translation($0, language: post.language, fallback: site.defaultLanguage) },
            partial: site.shortcodes.partial(named:),
            findPage: { path in
                page(at: path, language: post.language).map { shortcodePage(of: $0, nesting: nesting) }
            }, scratch: scratch)
    }

    private static let tooDeep = "pages render each other's shortcodes 10 deep"

    /// What `.Page` gives of a post.
    private func shortcodePage(of post: Post, nesting: Int) -> ShortcodePage {
        ShortcodePage(
            title: post.title, linkTitle: post.linkTitle ?? post.title, permalink: site.permalink(of: post),
            language: post.language, languagePrefix: site.pathPrefix(of: post.language), section: post.section,
            date: post.date, lastmod: post.lastmod, publishDate: post.publishDate, expiryDate: post.expiryDate,
            timeZone: site.timeZone, locale: Locale(identifier: post.language),
            rawContent: { [self] in rawContent(of: post) },
            renderShortcodes: { [self] () -> Result<String, GoTemplate.Failure> in
                // A page that renders its own shortcodes, or two that render each other's, stop.
                guard nesting < 10 else { return .failure(GoTemplate.Failure(reason: Self.tooDeep)) }
                guard let markdown = rawContent(of: post) else {
                    return .failure(GoTemplate.Failure(reason: "\(post.path) cannot be read"))
                }
                do throws(Problem) {
                    let expansion = try shortcodeExpander(for: post, nesting: nesting + 1).expand(markdown)
                    // Too deep inside fails every page on the way out, so the post's own warning says why.
                    if expansion.warnings.contains(where: { $0.reason.contains(Self.tooDeep) }) {
                        return .failure(GoTemplate.Failure(reason: Self.tooDeep))
                    }
                    return .success(expansion.apply(to: expansion.markdown))
                } catch {
                    return .failure(GoTemplate.Failure(reason: "\(error.path):\(error.line): \(error.reason)"))
                }
            })
    }

    /// The site's heading render hook for `post`, when it has one Herald can run; one it cannot
    /// is a warning, and headings are written as Goldmark writes them.
    func headingHook(for post: Post, warnings: inout [Problem]) -> HeadingHookRun? {
        guard let hook = site.shortcodes.headingHook, site.generator == .hugo else { return nil }
        switch hook {
        case .success(let template):
            return HeadingHookRun(template: template, call: hookCall(for: post, name: "render-heading"))
        case .failure(let failure):
            warnings.append(headingHookWarning(failure.reason, in: post))
            return nil
        }
    }

    /// The site's code block render hooks for `post`, when it has any.
    func codeBlockHook(for post: Post) -> CodeBlockHookRun? {
        guard !site.shortcodes.codeBlockHooks.isEmpty, site.generator == .hugo else { return nil }
        return CodeBlockHookRun(
            hooks: site.shortcodes.codeBlockHooks, call: hookCall(for: post, name: "render-codeblock"))
    }

    /// What a render hook's template runs with: the post, and no arguments of its own.
    private func hookCall(for post: Post, name: String) -> ShortcodeCall {
        call(
            for: post,
            shortcode: Shortcode(
                name: name, positional: [], named: [:], isClosing: false, isSelfClosing: true, isMarkdown: false),
            inner: nil, scratch: GoScratch())
    }

    func headingHookWarning(_ reason: String, in post: Post) -> Problem {
        hookWarning(
            "the heading render hook (\(site.shortcodes.headingHookPath.map(site.shortcodes.shownPath) ?? "render-heading.html"))",
            kind: "render-heading", reason: reason, without: "headings are written without it", in: post)
    }

    /// A code block hook that failed: the blocks it renders are written as code.
    func codeBlockHookWarning(language: String, _ reason: String, in post: Post) -> Problem {
        let file = site.shortcodes.codeBlockHookPaths[language].map(site.shortcodes.shownPath)
        return hookWarning(
            "the code block render hook (\(file ?? "render-codeblock.html"))",
            kind: "render-codeblock-" + language, reason: reason,
            without: "\(language.isEmpty ? "code blocks are" : "code in " + language + " is") written without it",
            in: post)
    }

    private func hookWarning(_ hook: String, kind: String, reason: String, without: String, in post: Post) -> Problem {
        var warning = Problem(
            path: post.path, line: 0,
            reason:
                "\(hook) cannot be run by Herald (\(reason)); \(without); for the site's own rendering, run herald init --rendering generator",
            severity: .warning)
        warning.kind = kind
        return warning
    }
}

/// A heading render hook running for one post's headings, with what went wrong if it did.
final class HeadingHookRun {
    let template: GoTemplate
    let call: ShortcodeCall
    private(set) var failure: String?

    init(template: GoTemplate, call: ShortcodeCall) {
        self.template = template
        self.call = call
    }

    /// The hook's HTML for one heading, as Hugo calls it: `.Level`, `.Anchor`, `.Text`,
    /// `.PlainText`, `.Attributes`, `.Page`; nil when it fails.
    func run(level: Int, attributes: [(name: String, value: String)], inner: Substring) -> String? {
        let anchor = attributes.first { $0.name == "id" }?.value ?? ""
        let context: GoValue = .map([
            "level": .number(Double(level)), "anchor": .string(anchor), "text": .html(String(inner)),
            "plaintext": .string(HTMLText.plain(String(inner))), "page": .page, "pageinner": .page,
            "attributes": .map(
                Dictionary(attributes.map { ($0.name.lowercased(), GoValue.string($0.value)) }) { a, _ in a }),
        ])
        do throws(GoTemplate.Failure) {
            return try template.run(call, dot: context)
        } catch {
            failure = failure ?? error.reason
            return nil
        }
    }
}
