import Foundation

/// Renders posts' Markdown to HTML the way Hugo would show it, made safe for feed readers.
public struct PostRenderer: Sendable {
    public let site: SiteConfiguration
    /// Every post, searched when a `ref` shortcode names one: refs are rare, so no index of
    /// every name of every post is built up front.
    private let targets: [Post]
    /// The generator's rendering of the posts, when the site takes it and it could be read.
    private let generatorPages: GeneratorPages?
    /// What went wrong for every post at once: the generator's rendering missing, say.
    public let warnings: [Problem]

    /// - Parameter posts: every post of the site, so `ref` and `relref` can find each other.
    public init(site: SiteConfiguration, posts: [Post]) {
        self.site = site
        targets = posts
        switch site.rendering {
        case .herald:
            generatorPages = nil
            warnings = []
        case .generator(let file):
            switch GeneratorPages.read(file, shownAs: site.shownPath(file)) {
            case .success(let pages):
                generatorPages = pages
                warnings = []
            case .failure(let problem):
                generatorPages = nil
                warnings = [problem]
            }
        }
    }

    /// `posts/x.md`, `/posts/x.md`, `posts/x`, `x.md`, `x`; for a bundle also its folder's name.
    private static func referenceNames(for contentPath: String) -> [String] {
        var names = [contentPath, "/" + contentPath]
        let withoutExtension = contentPath.split(separator: ".").dropLast().joined(separator: ".")
        names += [withoutExtension, "/" + withoutExtension]
        let components = contentPath.split(separator: "/")
        if let file = components.last {
            names += [String(file), String(file[..<(file.lastIndex(of: ".") ?? file.endIndex)])]
        }
        if components.count >= 2, components.last?.hasPrefix("index.") == true {
            let bundle = components.dropLast().joined(separator: "/")
            names += [bundle, "/" + bundle, String(components[components.count - 2])]
        }
        return names
    }

    func resolveReference(_ target: String) -> String? {
        let trimmed = target.hasPrefix("./") ? String(target.dropFirst(2)) : target
        let fragmentStart = trimmed.firstIndex(of: "#")
        let name = fragmentStart.map { String(trimmed[..<$0]) } ?? trimmed
        let fragment = fragmentStart.map { String(trimmed[$0...]) } ?? ""
        // The first post with the name wins, in the order of their paths, as an index would have it.
        return targets.first { Self.referenceNames(for: $0.contentPath).contains(name) }.map {
            site.permalink(of: $0) + fragment
        }
    }

    /// The post in `language` at `path`, as Hugo's `GetPage` finds it: by its path in the
    /// content folder without extension, language or a bundle's `index` (`/posts/trip`, any case,
    /// with or without the slashes or extension), else by its name alone when one post has it.
    func page(at path: String, language: String) -> Post? {
        var wanted = path.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if let dot = wanted.lastIndex(of: "."), !wanted[dot...].contains("/") { wanted = String(wanted[..<dot]) }
        let candidates = targets.filter { $0.language == language }
        if let found = candidates.first(where: { logicalPath(of: $0) == wanted }) { return found }
        guard !wanted.contains("/") else { return nil }
        let named = candidates.filter { logicalPath(of: $0).split(separator: "/").last.map(String.init) == wanted }
        return named.count == 1 ? named[0] : nil
    }

    /// A post's path as Hugo's page index has it: `posts/trip` of `posts/trip/index.fr.md`.
    private func logicalPath(of post: Post) -> String {
        var parts = post.contentPath.lowercased().split(separator: "/").map(String.init)
        guard var name = parts.popLast() else { return "" }
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        if let dot = name.lastIndex(of: "."), site.translationKeys.contains(String(name[name.index(after: dot)...])) {
            name = String(name[..<dot])
        }
        if name != "index" && name != "_index" { parts.append(name) }
        return parts.joined(separator: "/")
    }

    /// Reads the post's body from its file and renders it, or takes the generator's rendering
    /// of it; a body that is not text is an error.
    public func render(_ post: Post) -> Result<RenderedPost, Problem> {
        let path = site.contentDirectory(of: post) + "/" + post.contentPath
        var notes: [Problem] = []
        if let generatorPages {
            switch generatorPages.page(for: post, permalink: site.permalink(of: post), at: path) {
            case .success(let page): return .success(rendered(page, of: post))
            case .failure(let note): notes.append(note)
            }
        }
        return render(post, at: path).map { rendered in
            notes.isEmpty ? rendered : rendered.adding(notes)
        }
    }

    /// A post's Markdown as written, after its front matter (`.RawContent`); nil when its file
    /// cannot be read or is not text.
    func rawContent(of post: Post) -> String? {
        try? body(of: post, at: site.contentDirectory(of: post) + "/" + post.contentPath).get().markdown
    }

    /// The post's file, and its body after the front matter, which must be text.
    private func body(of post: Post, at path: String) -> Result<(source: SourceBytes, markdown: String), Problem> {
        let source: SourceBytes
        do throws(SourceBytes.Failure) {
            source = try SourceBytes.read(path, limit: .max, maxBytes: site.maxPostBytes)
        } catch {
            return .failure(error.problem(path: post.path, maxBytes: site.maxPostBytes))
        }
        let body = min(post.bodyOffset, source.bytes.count)..<source.bytes.count
        let problem = source.bytes.withUnsafeBytes {
            TextValidation.firstProblem(in: $0, range: body, firstLine: post.bodyLine)
        }
        if let problem { return .failure(Problem(path: post.path, line: problem.line, reason: problem.reason)) }
        return .success((source, String(decoding: source.bytes[body], as: UTF8.self)))
    }

    private func render(_ post: Post, at path: String) -> Result<RenderedPost, Problem> {
        let source: SourceBytes
        let markdown: String
        switch body(of: post, at: path) {
        case .success(let body): (source, markdown) = body
        case .failure(let problem): return .failure(problem)
        }
        // A Jekyll post with Liquid may turn it off (`render_with_liquid`) or ask for its front
        // matter (`page.*`), and a Hugo post's shortcodes for its `.Page.Params`: it is read again.
        let frontMatter: MetadataTable? =
            switch site.generator {
            case .jekyll where markdown.containsUTF8("{%") || markdown.containsUTF8("{{"):
                source.bytes.withUnsafeBytes(FrontMatter.jekyllTable).map {
                    site.jekyll.frontMatter($0, path: post.contentPath, collection: post.collection ?? "posts")
                }
            case .hugo where !site.shortcodes.templates.isEmpty && markdown.containsUTF8("{{"):
                source.bytes.withUnsafeBytes(FrontMatter.hugoTable)
            default: nil
            }
        return Result { () throws(Problem) in try render(markdown: markdown, of: post, frontMatter: frontMatter) }
    }

    /// Renders a post's Markdown body (everything after its front matter); a shortcode Hugo
    /// would refuse, or Liquid that stops Jekyll's build, is an error.
    /// - Parameter frontMatter: a Jekyll post's front matter, with its `defaults:`, for the
    ///   `page.*` of its Liquid; a Hugo post's, for its shortcodes' `.Page.Params`.
    public func render(markdown source: String, of post: Post, frontMatter: MetadataTable? = nil) throws(Problem)
        -> RenderedPost
    {
        var expansion: MarkdownExpansion
        var hookWarnings: [Problem] = []
        // Jekyll's text after its Liquid, line ends as written: its excerpt is cut from that.
        var jekyllText = ""
        switch site.generator {
        case .hugo:
            expansion = try shortcodeExpander(for: post, frontMatter: frontMatter).expand(
                Self.unifyingLineEnds(source))
        case .jekyll:
            expansion =
                frontMatter?["render_with_liquid"] == .bool(false)
                ? MarkdownExpansion(unexpanded: source)
                : try JekyllLiquid(
                    site: site, posts: targets, post: post, frontMatter: frontMatter, firstLine: post.bodyLine
                ).expand(source)
            jekyllText = expansion.markdown
        }
        // One kind of line end from here on, so shortcode bodies and summaries need not care.
        expansion.markdown = Self.unifyingLineEnds(expansion.markdown)
        // Hugo replaces emoji codes in the Markdown with its shortcodes set aside.
        if site.emojifies, site.generator == .hugo { expansion.markdown = HugoEmoji.emojify(expansion.markdown) }
        // A post in HTML, or one Jekyll does not convert (`.text`), is published as it is written,
        // its shortcodes or Liquid expanded.
        let isHTML =
            PostReader.isHTML(post.contentPath)
            || (site.generator == .jekyll && !site.jekyll.converts(post.contentPath))
        if site.markdown.engine == .kramdown, !isHTML {
            KramdownSpans.settingAside(in: &expansion)
        }
        let absolutizer = URLAbsolutizer(base: post.permalink)
        let headingHook = headingHook(for: post, warnings: &hookWarnings)
        let codeBlockHook = codeBlockHook(for: post)
        func html(_ markdown: String) -> String {
            var rendered = markdown
            if !isHTML {
                rendered = site.markdown.renderHTML(
                    markdown, headingHook: headingHook?.run, codeBlockHook: codeBlockHook?.run)
                if site.linksReachPages {
                    rendered = PageLinks(
                        contentPath: post.contentPath,
                        permalink: { path in
                            // The post's own language first, where languages have folders of their own.
                            (targets.first { $0.contentPath == path && $0.language == post.language }
                                ?? targets.first { $0.contentPath == path }).map(site.permalink(of:))
                        }, reference: resolveReference
                    ).applied(to: rendered)
                }
            }
            return absolutizer.absolutize(expansion.apply(to: rendered))
        }
        let guarded = isHTML ? (markdown: expansion.markdown, changes: []) : MarkdownGuard.guarded(expansion.markdown)
        var warnings = expansion.warnings + guarded.changes.map { problem($0, of: post, firstLine: post.bodyLine) }
        let summary: Summary
        let content: String
        if site.generator == .jekyll {
            content = html(guarded.markdown)
            summary = jekyllSummary(of: post, body: jekyllText) { head in
                html(isHTML ? head : MarkdownGuard.guarded(Self.unifyingLineEnds(head)).markdown)
            }
        } else if let divider = guarded.markdown.firstRange(ofUTF8: Summary.divider) {
            let before = String(guarded.markdown[..<divider.lowerBound])
            let after = guarded.markdown[divider.upperBound...]
            content = html(before + after)
            summary = Summary(html: html(before), isTruncated: !after.allSatisfy(\.isWhitespace))
        } else {
            content = html(guarded.markdown)
            if let written = post.summary {
                let guardedSummary = MarkdownGuard.guarded(written)
                warnings += guardedSummary.changes.map { problem($0, of: post, firstLine: nil) }
                let html = site.markdown.renderHTML(guardedSummary.markdown)
                summary = Summary(html: absolutizer.absolutize(Summary.unwrappingParagraph(html)), isTruncated: false)
            } else {
                summary = Summary.automatic(fromHTML: content, words: site.summaryLength)
            }
        }
        warnings += hookWarnings
        if let failure = headingHook?.failure { warnings.append(headingHookWarning(failure, in: post)) }
        for (language, reason) in (codeBlockHook?.failures ?? [:]).sorted(by: { $0.key < $1.key }) {
            warnings.append(codeBlockHookWarning(language: language, reason, in: post))
        }
        return RenderedPost(
            html: content, summaryHTML: summary.html, summaryIsTruncated: summary.isTruncated, warnings: warnings)
    }

    /// A post as its generator rendered it, its URLs made absolute: Hugo's `.Summary` and
    /// `.Truncated`; for Jekyll, jekyll-feed's summary from the front matter or the excerpt.
    private func rendered(_ page: GeneratorPages.Page, of post: Post) -> RenderedPost {
        let absolutizer = URLAbsolutizer(base: site.permalink(of: post))
        let content = absolutizer.absolutize(page.content)
        let summary: Summary
        switch site.generator {
        case .hugo:
            summary =
                page.summary.map { Summary(html: absolutizer.absolutize($0), isTruncated: page.truncated ?? true) }
                ?? Summary.automatic(fromHTML: content, words: site.summaryLength)
        case .jekyll:
            let excerpt = page.summary ?? ""
            summary =
                Self.writtenJekyllSummary(of: post)
                ?? Summary(html: Self.shown(excerpt), isTruncated: excerpt != page.content)
        }
        return RenderedPost(
            html: content, summaryHTML: summary.html, summaryIsTruncated: summary.isTruncated, warnings: [])
    }

    private static func unifyingLineEnds(_ text: String) -> String {
        text.containsUTF8("\r\n") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text
    }

    /// - Parameter firstLine: the file's line of the Markdown's first line; nil for front matter.
    private func problem(_ change: MarkdownGuard.Change, of post: Post, firstLine: Int?) -> Problem {
        let line = firstLine.map { $0 + change.line - 1 } ?? 0
        let place = firstLine == nil ? "summary: " : ""
        return Problem(path: post.path, line: line, reason: place + change.reason, severity: .warning)
    }
}
