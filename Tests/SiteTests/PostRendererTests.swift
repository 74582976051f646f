import XCTest

@testable import Site

/// `PostRenderer`: cmark-gfm with GitHub's extensions, Hugo's shortcodes, absolute URLs and summaries.
///
/// The post being rendered is `content/posts/post.md` with permalink `https://blog.example.org/2023/10/post/`;
/// `ref` shortcodes can also name `posts/other.md` and the bundle `posts/trip/index.md`.
final class PostRendererTests: XCTestCase {
    private static let permalink = "https://blog.example.org/2023/10/post/"
    private static let otherPermalink = "https://blog.example.org/2023/09/other/"
    private static let tripPermalink = "https://blog.example.org/2023/08/trip/"
    private static let unknownShortcodeReason =
        "shortcode 'tweet' is the site's or its theme's, which Herald cannot run: its tags were removed and what they enclose kept; for the site's own rendering, run herald init --rendering generator"

    /// A fresh folder in the system's temporary directory for the tests that read files.
    private var directory: String!

    override func setUp() {
        super.setUp()
        let name = "herald-render-\(UUID().uuidString)"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(name).path
        XCTAssertNoThrow(try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true))
    }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: directory)
        directory = nil
        super.tearDown()
    }

    // MARK: - GitHub Flavored Markdown

    func testTablesAreRendered() {
        XCTAssertEqual(
            html("| Name | Size |\n|------|-----:|\n| a    | 1    |\n"),
            """
            <table>
            <thead>
            <tr>
            <th>Name</th>
            <th align="right">Size</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td>a</td>
            <td align="right">1</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    func testStrikethroughIsRendered() {
        XCTAssertEqual(html("It is ~~gone~~ here.\n"), "<p>It is <del>gone</del> here.</p>\n")
    }

    /// With Goldmark's `linkifyProtocol`, `https` unless the site says otherwise.
    func testBareWWWAddressesBecomeLinks() {
        XCTAssertEqual(
            html("Visit www.example.com today.\n"),
            "<p>Visit <a href=\"https://www.example.com\">www.example.com</a> today.</p>\n")
        var site = makeSite()
        site.markdown.linkScheme = "http"
        XCTAssertEqual(
            render("Visit www.example.com, [www.a.org](http://www.b.org).\n", site: site).html,
            "<p>Visit <a href=\"http://www.example.com\">www.example.com</a>, <a href=\"http://www.b.org\">www.a.org</a>.</p>\n"
        )
        site.markdown.linkScheme = nil
        XCTAssertEqual(render("Visit www.example.com.\n", site: site).html, "<p>Visit www.example.com.</p>\n")
    }

    /// cmark-gfm shares its extensions' trigger characters between parsers; rendering on both
    /// cores must still link every `www.` address, every time.
    func testConcurrentRenderingGivesTheSameHTML() {
        let expected = html("Visit www.example.com and ~~this~~ today.\n")
        let results = Array(repeating: "Visit www.example.com and ~~this~~ today.\n", count: 400).concurrentMap(
            chunkSize: 1
        ) {
            markdown in
            MarkdownFlavor.goldmark.renderHTML(markdown)
        }
        XCTAssertEqual(Set(results), [expected])
    }

    /// A first paragraph that reaches 70 words is the summary, its markup kept, as current Hugo
    /// makes it; a paragraph's last word counts without its last character, as Hugo's loop
    /// reads it, so a last word of one character is no word.
    func testAParagraphReachingSeventyWordsIsTheSummary() {
        let first = (1...70).map { "w\($0)" }.joined(separator: " ")
        let rendered = render(first + "\n\nSecond paragraph, which goes on. And on.\n")
        XCTAssertEqual(rendered.summaryHTML, "<p>" + first + "</p>")
        XCTAssertTrue(rendered.summaryIsTruncated)
        let short = (1...69).map { "w\($0)" }.joined(separator: " ") + " x"
        XCTAssertEqual(
            render(short + "\n\nSecond.\n\nThird.\n").summaryHTML, "<p>" + short + "</p>\n<p>Second.</p>")
    }

    /// The plain text of a summary (JSON Feed's, announcements') holds nothing a reader does not
    /// see: no script, style, template or comment, even one never closed.
    func testPlainTextLeavesOutWhatNoReaderSees() {
        XCTAssertEqual(
            HTMLText.plain(
                "<script>alert('x')</script>\n<STYLE type=\"text/css\">p{}</STYLE><template><p>T</p></template>"
                    + "<!-- note --><p>Paragraph &amp; <em>raw</em> html.</p><scripted>kept</scripted>"),
            "Paragraph & raw html.kept")
        XCTAssertEqual(HTMLText.plain("<p>Shown.</p><script>never closed"), "Shown.")
    }

    /// Hugo's own cases of `ExtractSummaryFromHTML` (page_markup_test.go).
    func testAutomaticSummaryCountsWordsAsHugoDoes() {
        func summary(_ html: String, _ words: Int) -> String { Summary.automatic(fromHTML: html, words: words).html }
        XCTAssertEqual(summary("<p>First paragraph</p>", 10), "<p>First paragraph</p>")
        XCTAssertEqual(summary("<p>First paragraph</p><p>Second paragraph</p>", 2), "<p>First paragraph</p>")
        XCTAssertEqual(
            summary("<p>First paragraph</p><p>Second paragraph</p><p>Third paragraph</p>", 3),
            "<p>First paragraph</p><p>Second paragraph</p>")
        // Tags and attributes are no words.
        XCTAssertEqual(
            summary("<p><a href=\"x\">one</a> two</p><p>three four</p>", 3),
            "<p><a href=\"x\">one</a> two</p><p>three four</p>")
        XCTAssertFalse(Summary.automatic(fromHTML: "<p>a b c</p>", words: 70).isTruncated)
    }

    func testSpacesAroundTheEqualsSignStillGetAnAbsoluteURL() {
        XCTAssertEqual(
            html("<a href = \"other/\">x</a>\n", allowsRawHTML: true),
            "<p><a href = \"https://blog.example.org/2023/10/post/other/\">x</a></p>\n")
    }

    func testKnownShortcodesWithoutTheirArgumentsAreRemovedWithAWarning() {
        let rendered = render("{{< figure >}}\n\n{{< youtube >}}\n\n{{< /highlight >}}\n")
        XCTAssertEqual(rendered.html.trimmingCharacters(in: .whitespacesAndNewlines), "")
        XCTAssertEqual(
            rendered.warnings.map(\.description),
            [
                "content/posts/post.md:1: warning: figure shortcode without src; removed",
                "content/posts/post.md:3: warning: youtube shortcode without an id; removed",
            ])
    }

    func testTaskListsAreRendered() {
        XCTAssertEqual(
            html("- [ ] to do\n- [x] done\n"),
            """
            <ul>
            <li><input disabled="" type="checkbox"> to do</li>
            <li><input checked="" disabled="" type="checkbox"> done</li>
            </ul>

            """)
    }

    func testFootnotesAreRenderedWithAbsoluteLinks() {
        XCTAssertEqual(
            html("Claim[^source].\n\n[^source]: The source.\n"),
            """
            <p>Claim<sup id="fnref:1"><a href="\(Self.permalink)#fn:1" class="footnote-ref" role="doc-noteref">1</a>\
            </sup>.</p>
            <div class="footnotes" role="doc-endnotes">
            <hr>
            <ol>
            <li id="fn:1">
            <p>The source.&#160;<a href="\(Self.permalink)#fnref:1" class="footnote-backref" role="doc-backlink">\
            &#x21a9;&#xfe0e;</a></p>
            </li>
            </ol>
            </div>

            """)
    }

    // MARK: - Raw HTML

    func testRawHTMLIsOmittedUnlessAllowed() {
        XCTAssertEqual(
            html("Hello <span class=\"x\">there</span>.\n\n<div>block</div>\n"),
            "<p>Hello <!-- raw HTML omitted -->there<!-- raw HTML omitted -->.</p>\n<!-- raw HTML omitted -->\n")
    }

    func testRawHTMLIsKeptWhenAllowed() {
        XCTAssertEqual(
            html("Hello <span class=\"x\">there</span>.\n\n<div>block</div>\n", allowsRawHTML: true),
            "<p>Hello <span class=\"x\">there</span>.</p>\n<div>block</div>\n")
    }

    // MARK: - Absolute URLs

    func testPageRelativeImageIsResolvedAgainstThePermalink() {
        XCTAssertEqual(
            html("![x](cover.png)\n"),
            "<p><img src=\"https://blog.example.org/2023/10/post/cover.png\" alt=\"x\"></p>\n")
    }

    func testParentRelativeLinkIsResolved() {
        XCTAssertEqual(
            html("[o](../other/)\n"), "<p><a href=\"https://blog.example.org/2023/10/other/\">o</a></p>\n")
    }

    func testRootRelativeLinkIsResolvedAgainstTheHost() {
        XCTAssertEqual(html("[a](/about/)\n"), "<p><a href=\"https://blog.example.org/about/\">a</a></p>\n")
    }

    func testFragmentOnlyLinkPointsIntoThePost() {
        XCTAssertEqual(
            html("[p](#part)\n"), "<p><a href=\"https://blog.example.org/2023/10/post/#part\">p</a></p>\n")
    }

    func testQueryOnlyLinkKeepsThePostsPath() {
        XCTAssertEqual(
            html("[n](?page=2)\n"), "<p><a href=\"https://blog.example.org/2023/10/post/?page=2\">n</a></p>\n")
    }

    func testProtocolRelativeURLTakesThePermalinksScheme() {
        XCTAssertEqual(
            html("[s](//cdn.example.net/x.js)\n"), "<p><a href=\"https://cdn.example.net/x.js\">s</a></p>\n")
    }

    func testAbsoluteURLsAreLeftAlone() {
        let markdown =
            "[a](https://other.example.com/a/?b=1#c) [b](http://plain.example.com/x) [m](mailto:me@example.org)\n"
        XCTAssertEqual(
            html(markdown),
            "<p><a href=\"https://other.example.com/a/?b=1#c\">a</a> <a href=\"http://plain.example.com/x\">b</a> "
                + "<a href=\"mailto:me@example.org\">m</a></p>\n")
    }

    func testEverySourceSetCandidateIsResolvedKeepingItsDescriptor() {
        XCTAssertEqual(
            html("<img srcset=\"small.png 1x, ../large.png 2x\" src=\"small.png\" alt=\"\">\n", allowsRawHTML: true),
            "<img srcset=\"https://blog.example.org/2023/10/post/small.png 1x, "
                + "https://blog.example.org/2023/10/large.png 2x\""
                + " src=\"https://blog.example.org/2023/10/post/small.png\" alt=\"\">\n")
    }

    func testSingleQuotedAndUnquotedAttributesAreResolved() {
        XCTAssertEqual(
            html("See <a href='notes.html'>notes</a> and <img src=pic.png alt=p>.\n", allowsRawHTML: true),
            "<p>See <a href='https://blog.example.org/2023/10/post/notes.html'>notes</a> and "
                + "<img src=https://blog.example.org/2023/10/post/pic.png alt=p>.</p>\n")
    }

    func testEscapedAmpersandInAQuerySurvives() {
        XCTAssertEqual(
            html("[s](search?q=a&b=c)\n"),
            "<p><a href=\"https://blog.example.org/2023/10/post/search?q=a&amp;b=c\">s</a></p>\n")
    }

    func testURLsInCodeAreNotChanged() {
        XCTAssertEqual(
            html("```html\n<img src=\"cover.png\">\n```\n\nAnd `[x](cover.png)` inline.\n", allowsRawHTML: true),
            "<pre><code class=\"language-html\">&lt;img src=&quot;cover.png&quot;&gt;\n</code></pre>\n"
                + "<p>And <code>[x](cover.png)</code> inline.</p>\n")
    }

    func testURLTextInsideAnotherAttributeIsNotRewritten() {
        XCTAssertEqual(
            html("![set src=pic.png here](a.png)\n"),
            "<p><img src=\"https://blog.example.org/2023/10/post/a.png\" alt=\"set src=pic.png here\"></p>\n")
    }

    /// Tags are copied untouched unless they name a URL attribute, in any case; the check must
    /// not miss one written in capitals or placed after other attributes.
    func testURLAttributesInAnyCaseAreFoundAndOtherTagsCopied() {
        XCTAssertEqual(
            html(
                "<p class=\"x\"><A HREF=\"a/\">a</A> <video Poster='p.jpg' SrcSet=\"s.png 2x\"></video></p>\n",
                allowsRawHTML: true),
            "<p class=\"x\"><A HREF=\"https://blog.example.org/2023/10/post/a/\">a</A> "
                + "<video Poster='https://blog.example.org/2023/10/post/p.jpg' "
                + "SrcSet=\"https://blog.example.org/2023/10/post/s.png 2x\"></video></p>\n")
    }

    // MARK: - Shortcodes: media

    func testFigureWithRelativeSourceTitleCaptionAltAndLink() {
        let markdown =
            "{{< figure src=\"cover.png\" title=\"Harbour\" caption=\"At dawn & dusk\" alt=\"Boats\" "
            + "link=\"big.png\" >}}\n"
        let rendered = render(markdown)
        XCTAssertEqual(
            rendered.html,
            "<figure><a href=\"https://blog.example.org/2023/10/post/big.png\">"
                + "<img src=\"https://blog.example.org/2023/10/post/cover.png\" alt=\"Boats\"></a>"
                + "<figcaption><strong>Harbour</strong> At dawn &amp; dusk</figcaption></figure>\n")
        XCTAssertEqual(rendered.warnings, [])
    }

    func testYouTubeWithPositionalID() {
        XCTAssertEqual(
            html("{{< youtube dQw4w9WgXcQ >}}\n"),
            "<p><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">"
                + "<img src=\"https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg\" alt=\"Watch the video on YouTube\">"
                + "</a></p>\n")
    }

    func testYouTubeWithNamedIDAndTitle() {
        XCTAssertEqual(
            html("{{< youtube id=\"dQw4w9WgXcQ\" title=\"My talk\" >}}\n"),
            "<p><a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">"
                + "<img src=\"https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg\" alt=\"My talk\"></a></p>\n")
    }

    func testVimeo() {
        XCTAssertEqual(
            html("{{< vimeo 146022717 >}}\n"),
            "<p><a href=\"https://vimeo.com/146022717\">Watch the video on Vimeo</a></p>\n")
    }

    func testGistWithUserAndID() {
        XCTAssertEqual(
            html("{{< gist spf13 7896402 >}}\n"),
            "<p><a href=\"https://gist.github.com/spf13/7896402\">View the gist spf13/7896402 on GitHub</a></p>\n")
    }

    func testGistWithFile() {
        XCTAssertEqual(
            html("{{< gist spf13 7896402 \"img.html\" >}}\n"),
            "<p><a href=\"https://gist.github.com/spf13/7896402#file-img-html\">"
                + "View the gist spf13/7896402 (img.html) on GitHub</a></p>\n")
    }

    func testHighlightEscapesItsBodyAndNamesTheLanguage() {
        let markdown = """
            {{< highlight go >}}
            func main() {
            \tif a < b && c > d {
            \t\tfmt.Println("<b>")
            \t}
            }
            {{< /highlight >}}

            """
        XCTAssertEqual(
            html(markdown),
            """
            <pre><code class="language-go">func main() {
            \tif a &lt; b &amp;&amp; c &gt; d {
            \t\tfmt.Println(&quot;&lt;b&gt;&quot;)
            \t}
            }
            </code></pre>

            """)
    }

    // MARK: - Shortcodes: ref and relref

    func testRefAndRelrefFindAPostByEachOfItsNames() {
        for shortcode in ["ref", "relref"] {
            for name in ["other.md", "posts/other.md", "/posts/other.md"] {
                let rendered = render("[o]({{< \(shortcode) \"\(name)\" >}})\n")
                XCTAssertEqual(
                    rendered.html, "<p><a href=\"\(Self.otherPermalink)\">o</a></p>\n", "\(shortcode) \(name)")
                XCTAssertEqual(rendered.warnings, [], "\(shortcode) \(name)")
            }
        }
    }

    func testRefFindsABundleByItsFolderName() {
        XCTAssertEqual(
            html("[t]({{< ref \"trip\" >}})\n"), "<p><a href=\"https://blog.example.org/2023/08/trip/\">t</a></p>\n")
    }

    func testRefKeepsItsFragment() {
        XCTAssertEqual(
            html("[o]({{< relref \"posts/other.md#part-2\" >}})\n"),
            "<p><a href=\"https://blog.example.org/2023/09/other/#part-2\">o</a></p>\n")
    }

    func testRefToAFragmentAloneNamesThisPost() {
        let rendered = render("[s]({{< ref \"#setup\" >}})\n")
        XCTAssertEqual(rendered.html, "<p><a href=\"https://blog.example.org/2023/10/post/#setup\">s</a></p>\n")
        XCTAssertEqual(rendered.warnings, [])
    }

    func testRefFindsAPostWhoseFileNameHasDotsByItsNameWithoutExtension() throws {
        let post = makePost()
        let release = makePost("posts/v1.2-release.md", permalink: "https://blog.example.org/2023/07/v1.2-release/")
        let rendered = try PostRenderer(site: makeSite(), posts: [post, release])
            .render(markdown: "[r]({{< ref \"v1.2-release\" >}})\n", of: post)
        XCTAssertEqual(rendered.html, "<p><a href=\"https://blog.example.org/2023/07/v1.2-release/\">r</a></p>\n")
        XCTAssertEqual(rendered.warnings, [])
    }

    func testRefToAnUnknownPostWarnsWithItsLine() {
        let rendered = render("Intro.\n\nSee [it]({{< ref \"missing.md\" >}}).\n", bodyLine: 5)
        XCTAssertEqual(
            rendered.warnings.map(\.description),
            ["content/posts/post.md:7: warning: ref \"missing.md\": no post by that name"])
        XCTAssertEqual(
            rendered.html, "<p>Intro.</p>\n<p>See <a href=\"https://blog.example.org/2023/10/post/#\">it</a>.</p>\n")
    }

    func testRefAloneInAParagraphStaysInTheParagraph() {
        XCTAssertEqual(
            html("Read next:\n\n{{< ref \"other.md\" >}}\n"),
            "<p>Read next:</p>\n<p>https://blog.example.org/2023/09/other/</p>\n")
    }

    // MARK: - Shortcodes: syntax and unknown names

    func testUnknownShortcodeIsRemovedWithAWarningNamingItsLine() {
        let rendered = render("First line.\n\n{{< tweet user=\"x\" id=\"1\" >}}\n\nLast.\n", bodyLine: 5)
        XCTAssertEqual(rendered.html, "<p>First line.</p>\n<p>Last.</p>\n")
        XCTAssertEqual(
            rendered.warnings.map(\.description), ["content/posts/post.md:7: warning: \(Self.unknownShortcodeReason)"])
    }

    func testPairedUnknownShortcodeKeepsItsInnerText() {
        let rendered = render("{{< tweet >}}\nBe *careful*.\n{{< /tweet >}}\n\nAfter.\n", bodyLine: 2)
        XCTAssertEqual(rendered.html, "<p>Be <em>careful</em>.</p>\n<p>After.</p>\n")
        XCTAssertEqual(
            rendered.warnings.map(\.description), ["content/posts/post.md:2: warning: \(Self.unknownShortcodeReason)"])
    }

    func testShortcodesInsideAPairedUnknownShortcodeAreExpanded() {
        let rendered = render("{{< tweet >}}See [it]({{< ref \"other.md\" >}}).{{< /tweet >}}\n")
        XCTAssertEqual(rendered.html, "<p>See <a href=\"https://blog.example.org/2023/09/other/\">it</a>.</p>\n")
        XCTAssertEqual(
            rendered.warnings.map(\.description), ["content/posts/post.md:1: warning: \(Self.unknownShortcodeReason)"])
    }

    func testEscapedShortcodeIsShownLiterally() {
        let rendered = render("Write `{{</* figure src=\"x\" */>}}`.\n")
        XCTAssertEqual(rendered.html, "<p>Write <code>{{&lt; figure src=&quot;x&quot; &gt;}}</code>.</p>\n")
        XCTAssertEqual(rendered.warnings, [])
    }

    func testPercentDelimitersWork() {
        XCTAssertEqual(
            html("{{% vimeo 146022717 %}}\n"),
            "<p><a href=\"https://vimeo.com/146022717\">Watch the video on Vimeo</a></p>\n")
    }

    func testShortcodeOutputIsKeptWhenRawHTMLIsNot() {
        XCTAssertEqual(
            html("<b>raw</b>\n\n{{< figure src=\"/images/a.png\" >}}\n", allowsRawHTML: false),
            "<p><!-- raw HTML omitted -->raw<!-- raw HTML omitted --></p>\n"
                + "<figure><img src=\"https://blog.example.org/images/a.png\" alt=\"\"></figure>\n")
    }

    /// Hugo refuses these files; Herald skips the post with the line of the tag. A mistyped tag
    /// used to swallow the text up to the next `>}}`, silently, in time growing with its square.
    func testMalformedShortcodesAreProblemsOfThePost() {
        let prose = String(repeating: "Some prose that follows the figure and goes on.\n\n", count: 4_000)
        XCTAssertEqual(
            failure("Intro.\n\n{{< figure src=\"a.png\" }}\n\n" + prose + "{{< youtube x >}}\n", bodyLine: 4),
            "content/posts/post.md:6: unexpected '}' in the shortcode 'figure' (Hugo refuses this file too); "
                + "quote arguments that are not plain words, and check the tag ends with >}} or %}}")
        XCTAssertEqual(
            failure("Type {{< to start a shortcode.\n"),
            "content/posts/post.md:1: the shortcode 'to' is never closed; end it with >}}")
        XCTAssertEqual(
            failure("a\n{{% note title=\"open %}}\n"),
            "content/posts/post.md:2: a shortcode argument's quote \" is never closed")
        XCTAssertEqual(
            failure("{{< highlight go >}}\ncode\n" + String(repeating: "{{< highlight go >}}\n", count: 2_000)),
            "content/posts/post.md:1: the shortcode 'highlight' is never closed; end it with {{< /highlight >}}, "
                + "or close it in its tag with />}}")
        XCTAssertEqual(
            failure("x {{</* figure\n"),
            "content/posts/post.md:1: the shortcode comment {{</* is never closed; end it with */>}}")
        XCTAssertEqual(
            failure("{{< figure src= >}}"), "content/posts/post.md:1: the shortcode argument src= has no value")
    }

    /// Many shortcodes, and shortcodes with many arguments, cost the post's size.
    func testManyShortcodesAndArgumentsRenderInOnePass() {
        let figures = (0..<4_000).map { "{{< figure src=\"/i/\($0).png\" >}}\n\nText \($0).\n" }.joined(separator: "\n")
        let rendered = render(figures)
        XCTAssertEqual(rendered.html.components(separatedBy: "<figure>").count - 1, 4_000)
        XCTAssertTrue(rendered.html.hasSuffix("<p>Text 3999.</p>\n"))
        XCTAssertTrue(rendered.html.contains("<img src=\"https://blog.example.org/i/3999.png\" alt=\"\">"))
        let arguments = (0..<40_000).map { "a\($0)=\"\($0)\"" }.joined(separator: " ")
        XCTAssertEqual(
            html("{{< figure src=\"/x.png\" \(arguments) alt=\"last\" >}}\n"),
            "<figure><img src=\"https://blog.example.org/x.png\" alt=\"last\"></figure>\n")
        let highlights = String(repeating: "{{< highlight go >}}x := 1{{< /highlight >}}\n\n", count: 2_000)
        XCTAssertEqual(render(highlights).html.components(separatedBy: "<pre><code").count - 1, 2_000)
    }

    /// Text that looks like the placeholders of an older Herald stays text.
    func testTextLikeAPlaceholderIsNotReplaced() {
        XCTAssertEqual(
            html("`HERALDSHORTCODE0X` and HERALDSHORTCODE0X\n\n{{< vimeo 1 >}}\n"),
            "<p><code>HERALDSHORTCODE0X</code> and HERALDSHORTCODE0X</p>\n"
                + "<p><a href=\"https://vimeo.com/1\">Watch the video on Vimeo</a></p>\n")
    }

    /// In a Jekyll post `{{< figure }}` is Liquid that Liquid cannot read: Jekyll writes nothing
    /// for it, and so does Herald, with a warning.
    func testShortcodeSyntaxIsUnreadLiquidInAJekyllPost() throws {
        var site = makeSite()
        site.generator = .jekyll
        let post = makePost()
        let rendered = try PostRenderer(site: site, posts: [post]).render(markdown: "Type {{< figure }}\n", of: post)
        XCTAssertEqual(rendered.html, "<p>Type</p>\n")
        XCTAssertEqual(
            rendered.warnings.map(\.reason), ["{{ < figure }} is not an expression Liquid can read; it was removed"])
    }

    /// Where an unknown shortcode stood stays a block or a word, as Hugo's output would: the
    /// HTML block and the definition around it are read as Hugo reads them. Inline shortcodes
    /// go with what they enclose; `details` is Hugo's.
    func testShortcodesKeepTheMarkdownAroundThemAndDetailsAndInlineOnesAreHugos() {
        XCTAssertEqual(
            html("<div>\n  {{< tweet 1 >}}\n    </div>\n\n`term`\n: {{< tweet 2 >}} definition\n", allowsRawHTML: true),
            "<div>\n  \n    </div>\n<dl>\n<dt><code>term</code></dt>\n<dd> definition</dd>\n</dl>\n")
        XCTAssertEqual(
            html("A {{< css.inline >}}\n<style>x</style>\n{{< /css.inline >}} B.\n"), "<p>A  B.</p>\n")
        XCTAssertEqual(
            html("{{< details summary=\"More & more\" open=true >}}\nHidden *text*.\n{{< /details >}}\n"),
            "<details open>\n  <summary>More &amp; more</summary>\n\n<p>Hidden <em>text</em>.</p>\n</details>\n")
    }

    func testAnUnknownShortcodeIsReportedOncePerPost() {
        let rendered = render("{{< tweet 1 >}}\n\n{{< tweet 2 >}}\n\n{{< tweet 3 >}}\n")
        XCTAssertEqual(
            rendered.warnings.map(\.description),
            [
                "content/posts/post.md:1: warning: "
                    + Self.unknownShortcodeReason.replacingOccurrences(of: "run:", with: "run (3 times in this post):")
            ])
    }

    func testSelfClosingAndBareArguments() {
        XCTAssertEqual(
            html("{{< figure src=https://cdn.example/a.png />}}\n\n{{< highlight go />}}\n"),
            "<figure><img src=\"https://cdn.example/a.png\" alt=\"\"></figure>\n<pre><code class=\"language-go\">\n</code></pre>\n"
        )
    }

    // MARK: - Inputs on which cmark-gfm 0.29.0.gfm.6 is slow

    /// Each of these took cmark-gfm seconds to minutes, growing with the square of its size, or
    /// wrote 100 MB for 24 KB; each renders in one pass, as text, with a warning at its line.
    func testQuadraticMarkdownIsDefused() {
        let images = render("Intro.\n\n" + String(repeating: "![[]()", count: 50_000) + "\n", bodyLine: 3)
        XCTAssertTrue(images.html.hasPrefix("<p>Intro.</p>\n<p>![<a href=\"\(Self.permalink)\"></a>![<a href="))
        XCTAssertEqual(
            images.warnings.map(\.description),
            ["content/posts/post.md:5: warning: 50000 images in one paragraph; shown as links"])

        let wide = "|" + String(repeating: "a|", count: 20_000) + "\n|" + String(repeating: "-|", count: 20_000) + "\n"
        let wideTable = render(wide)
        XCTAssertFalse(wideTable.html.contains("<table>"))
        XCTAssertEqual(
            wideTable.warnings.map(\.description),
            ["content/posts/post.md:2: warning: a table of 20000 columns and 0 rows; shown as text"])

        let padded =
            "|" + String(repeating: "a|", count: 1_000) + "\n|" + String(repeating: "-|", count: 1_000) + "\n"
            + String(repeating: "x\n", count: 10_000)
        XCTAssertLessThan(render(padded).html.utf8.count, 10 * padded.utf8.count)
        XCTAssertTrue(html("|a|b|\n|-|-|\n" + String(repeating: "|1|2|\n", count: 1_000)).hasPrefix("<table>"))

        let cdata = render(String(repeating: "x <![CDATA[", count: 50_000) + "\n")
        XCTAssertTrue(cdata.html.hasPrefix("<p>x &lt;![CDATA[x &lt;![CDATA[x"))
        XCTAssertEqual(
            cdata.warnings.map(\.description),
            ["content/posts/post.md:1: warning: 50000 unclosed <![CDATA[ or <? in one paragraph; shown as text"])
        XCTAssertTrue(render(String(repeating: "x <?\n", count: 50_000)).html.hasPrefix("<p>x &lt;?\nx &lt;?\n"))

        let addresses = render(String(repeating: "www.a_", count: 40_000) + " and www.example.org\n")
        XCTAssertTrue(addresses.html.hasPrefix("<p>www.a_www.a_www.a_"))
        XCTAssertTrue(addresses.html.hasSuffix(" and <a href=\"https://www.example.org\">www.example.org</a></p>\n"))
        XCTAssertEqual(
            addresses.warnings.map(\.description),
            ["content/posts/post.md:1: warning: 40000 web or mail addresses in one word; not linked"])
    }

    func testFencedCodeIsNotDefused() {
        let code = "```\n" + String(repeating: "x <?", count: 100) + "\n```\n"
        XCTAssertEqual(render(code).warnings, [])
        XCTAssertTrue(html(code).hasPrefix("<pre><code>x &lt;?x &lt;?"))
    }

    // MARK: - Summaries

    func testMoreDividerEndsTheSummary() {
        let rendered = render("First *part*.\n\n<!--more-->\n\nSecond part.\n")
        XCTAssertEqual(rendered.summaryHTML, "<p>First <em>part</em>.</p>\n")
        XCTAssertEqual(rendered.html, "<p>First <em>part</em>.</p>\n<p>Second part.</p>\n")
        XCTAssertTrue(rendered.summaryIsTruncated)
    }

    func testMoreDividerFollowedOnlyByWhitespaceIsNotATruncation() {
        let rendered = render("Everything.\n\n<!--more-->\n  \n\t\n")
        XCTAssertEqual(rendered.summaryHTML, "<p>Everything.</p>\n")
        XCTAssertEqual(rendered.html, "<p>Everything.</p>\n")
        XCTAssertFalse(rendered.summaryIsTruncated)
    }

    func testFrontMatterSummaryIsMarkdownWithoutItsParagraph() {
        let rendered = render("The body.\n", summary: "A *short* summary.")
        XCTAssertEqual(rendered.summaryHTML, "A <em>short</em> summary.")
        XCTAssertEqual(rendered.html, "<p>The body.</p>\n")
        XCTAssertFalse(rendered.summaryIsTruncated)
    }

    func testFrontMatterSummaryURLsAreAbsolute() {
        let rendered = render("The body.\n", summary: "See [the map](map.png).")
        XCTAssertEqual(
            rendered.summaryHTML, "See <a href=\"https://blog.example.org/2023/10/post/map.png\">the map</a>.")
    }

    /// Current Hugo cuts no paragraph: a long one is the summary whole, and what follows it is not.
    func testAutomaticSummaryIsWholeParagraphs() {
        let words = (1...100).map { "w\($0)" + ($0 == 80 ? "." : "") }
        let rendered = render(words.joined(separator: " ") + "\n\nNext.\n", summaryLength: 70)
        XCTAssertEqual(rendered.summaryHTML, "<p>" + words.joined(separator: " ") + "</p>")
        XCTAssertTrue(rendered.summaryIsTruncated)
    }

    func testAutomaticSummaryOfAShortPostIsTheWholeContent() {
        let rendered = render("A *short* post.\n\nTwo paragraphs.\n", summaryLength: 70)
        XCTAssertEqual(rendered.summaryHTML, "<p>A <em>short</em> post.</p>\n<p>Two paragraphs.</p>")
        XCTAssertFalse(rendered.summaryIsTruncated)
    }

    // MARK: - Reading the file

    func testNULByteInTheBodyIsAFailureNamingItsLine() {
        let post = writePost(body: Array("First line.\n\nA \u{0} byte.\n".utf8))
        XCTAssertEqual(
            failure(PostRenderer(site: makeSite(), posts: [post]).render(post)),
            "content/posts/post.md:6: NUL byte: the file is not text (is it binary, or saved in UTF-16?)")
    }

    func testInvalidUTF8InTheBodyIsAFailureNamingItsLine() {
        let post = writePost(body: Array("First line.\n".utf8) + [0x41, 0xFF, 0x42, 0x0A])
        XCTAssertEqual(
            failure(PostRenderer(site: makeSite(), posts: [post]).render(post)),
            "content/posts/post.md:5: invalid UTF-8 (byte 0xFF); save the file as UTF-8")
    }

    func testCRLFBodyRendersLikeLF() throws {
        let body = "Hello\nworld.\n\n- a\n- b\n\n```\ncode\n```\n\n![x](cover.png)\n\n<!--more-->\n\nEnd.\n"
        let crlfBody = body.replacingOccurrences(of: "\n", with: "\r\n")
        let crlf = try render(file: "posts/crlf.md", body: crlfBody).get()
        let lf = try render(file: "posts/lf.md", body: body).get()
        XCTAssertEqual(
            lf.html,
            """
            <p>Hello
            world.</p>
            <ul>
            <li>a</li>
            <li>b</li>
            </ul>
            <pre><code>code
            </code></pre>
            <p><img src="https://blog.example.org/2023/10/post/cover.png" alt="x"></p>
            <p>End.</p>

            """)
        XCTAssertEqual(crlf.html, lf.html)
        XCTAssertEqual(crlf.summaryHTML, lf.summaryHTML)
        XCTAssertEqual(crlf.summaryIsTruncated, lf.summaryIsTruncated)
    }

    func testCRLFInsideAHighlightShortcodeRendersLikeLF() throws {
        let body = "{{< highlight go >}}\nfunc main() {\n}\n{{< /highlight >}}\n"
        let crlfBody = body.replacingOccurrences(of: "\n", with: "\r\n")
        let crlf = try render(file: "posts/crlf.md", body: crlfBody).get()
        let lf = try render(file: "posts/lf.md", body: body).get()
        XCTAssertEqual(lf.html, "<pre><code class=\"language-go\">func main() {\n}\n</code></pre>\n")
        XCTAssertEqual(crlf.html, lf.html)
    }

    func testFileLargerThanMaxPostBytesIsAFailure() {
        var site = makeSite()
        site.maxPostBytes = 1000
        let post = writePost(body: Array(String(repeating: "Lorem ipsum dolor sit amet.\n", count: 40).utf8))
        XCTAssertEqual(
            failure(PostRenderer(site: site, posts: [post]).render(post)),
            "content/posts/post.md:1: the file is 1140 bytes, more than max_post_bytes (1000); raise the limit in the site definition if the post is real"
        )
    }

    // MARK: - Helpers

    private static let frontMatter = "---\ntitle: Post\n---\n"

    private func makeSite(allowsRawHTML: Bool = false, summaryLength: Int = 70) -> SiteConfiguration {
        var site = SiteConfiguration(rootDirectory: directory, contentDirectory: directory + "/content")
        site.baseURL = "https://blog.example.org/"
        site.markdown.allowsRawHTML = allowsRawHTML
        site.summaryLength = summaryLength
        return site
    }

    private func makePost(
        _ contentPath: String = "posts/post.md", permalink: String = PostRendererTests.permalink, bodyLine: Int = 1
    ) -> Post {
        var post = Post(path: "content/" + contentPath, contentPath: contentPath)
        post.permalink = permalink
        post.bodyLine = bodyLine
        return post
    }

    /// Every post of the site: the one being rendered and two that `ref` shortcodes can name.
    private func sitePosts(_ post: Post) -> [Post] {
        [
            post, makePost("posts/other.md", permalink: Self.otherPermalink),
            makePost("posts/trip/index.md", permalink: Self.tripPermalink),
        ]
    }

    private func render(
        _ markdown: String, allowsRawHTML: Bool = false, bodyLine: Int = 1, summary: String? = nil,
        summaryLength: Int = 70, site: SiteConfiguration? = nil
    ) -> RenderedPost {
        var post = makePost(bodyLine: bodyLine)
        post.summary = summary
        let site = site ?? makeSite(allowsRawHTML: allowsRawHTML, summaryLength: summaryLength)
        do {
            return try PostRenderer(site: site, posts: sitePosts(post)).render(markdown: markdown, of: post)
        } catch {
            XCTFail("\(error)")
            return RenderedPost(html: "", summaryHTML: "", summaryIsTruncated: false, warnings: [])
        }
    }

    /// The problem that makes a post's Markdown unusable.
    private func failure(_ markdown: String, bodyLine: Int = 1) -> String {
        let post = makePost(bodyLine: bodyLine)
        do throws(Problem) {
            _ = try PostRenderer(site: makeSite(), posts: sitePosts(post)).render(markdown: markdown, of: post)
            return "no problem"
        } catch {
            return error.description
        }
    }

    private func html(_ markdown: String, allowsRawHTML: Bool = false) -> String {
        render(markdown, allowsRawHTML: allowsRawHTML).html
    }

    /// Writes front matter and `body` to the post's file and returns the post with its body's offset and line.
    private func writePost(_ contentPath: String = "posts/post.md", body: [UInt8]) -> Post {
        var post = makePost(contentPath)
        let frontMatter = Array(Self.frontMatter.utf8)
        let file = directory + "/content/" + contentPath
        try? FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        XCTAssertTrue(FileManager.default.createFile(atPath: file, contents: Data(frontMatter + body)))
        post.bodyOffset = frontMatter.count
        post.bodyLine = 4  // the front matter takes three lines
        return post
    }

    /// Writes a post with this body and renders it from its file, with the usual permalink.
    private func render(file contentPath: String, body: String) -> Result<RenderedPost, Problem> {
        let post = writePost(contentPath, body: Array(body.utf8))
        return PostRenderer(site: makeSite(), posts: sitePosts(post)).render(post)
    }

    /// The failure's description, or nil (which fails the comparison) when rendering succeeded.
    private func failure(_ result: Result<RenderedPost, Problem>) -> String? {
        guard case .failure(let problem) = result else { return nil }
        return problem.description
    }
}
