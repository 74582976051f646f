import Foundation
import FoundationXML
import XCTest

/// Builds one Jekyll site with Jekyll 4.3 and jekyll-feed 0.17 and with Herald, and compares
/// every post: the permalink, id and date Jekyll gives it, and the title, link, dates, author
/// and summary of its entry in jekyll-feed's `feed.xml` and in Herald's.
final class JekyllOracleTests: XCTestCase {
    private let now = "2026-01-01T00:00:00Z"

    /// Every shape Herald must read as Jekyll does, one or two per post.
    private static let fixture: [String: String] = [
        "_config.yml": """
        title: Oracle
        url: https://oracle.example.org
        baseurl: /blog
        timezone: America/Los_Angeles
        author: ada
        plugins: [jekyll-feed]
        feed: {posts_limit: 100}
        permalink: pretty
        collections:
          posts:
            permalink: /news/:year/:month/:day/:title/
        markdown_ext: "md,markdown,mdx"
        defaults:
          - scope: {path: ""}
            values: {author: grace}
          - scope: {path: "_posts/guides", type: posts}
            values: {permalink: "/guides/:slug:output_ext", category: Guides, author: linus}
          - scope: {path: "_posts/guides"}
            values: {author: ignored}
          - scope: {path: "_posts/*/deep"}
            values: {excerpt: From a glob}
          - scope: {type: pages}
            values: {title: Not For Posts}

        """,
        "_data/authors.yml": """
        ada: {name: Ada Lovelace, email: ada@example.org, uri: "https://ada.example.org"}
        grace: {name: Grace Hopper, email: grace@example.org}
        linus: Linus T

        """,
        // Oracle's own page: what Jekyll makes of every post, as JSON.
        "herald-oracle.json": """
        ---
        layout: null
        permalink: /herald-oracle.json
        ---
        [{% for p in site.posts %}{"path": {{ p.relative_path | jsonify }}, "url": {{ p.url | absolute_url | jsonify }}, \
        "id": {{ p.id | absolute_url | jsonify }}, "date": {{ p.date | date_to_xmlschema | jsonify }}}\
        {% unless forloop.last %},{% endunless %}{% endfor %}]

        """,
        "_posts/2013-12-12-dec-the-second.md": "---\nexcerpt: \"Foo\"\n---\n\n# December the twelfth, actually.\n",
        "_posts/2023-01-29-time-parse.md":
            "---\ntitle: Time Parse\ndate: 2023-01-29 18:30:22 -0800\nlast_modified_at: 2023-02-01 10:00:00 +00:00\n---\nFirst paragraph here.\n\nSecond.\n",
        "_posts/2010-01-10-ruby-offset.md": "---\ntitle: Ruby Offset\ndate: 2010-01-10 13:07:09 +00:00\n---\nx\n",
        "_posts/2023-01-30-odd-date.md": "---\ntitle: Odd Date\ndate: 2023-01-29 18:30:22 2023 -0800\n---\nx\n",
        "_posts/2022-05-05-html-post.html":
            "---\ntitle: HTML Post\ndescription: A <em>described</em> post\nexcerpt: not this\n---\n<p>Raw\n\nHTML</p>\n",
        "_posts/2022-05-06-mdx-post.mdx": "---\ntitle: MDX\n---\nAn extension from markdown_ext.\n",
        "_posts/2022-05-07-own-permalink.md":
            "---\ntitle: Own\npermalink: /custom/:title/:slug/:name.html\nslug: Custom Slug!\n---\nx\n",
        "_posts/guides/2022-06-01-first-guide.md": "---\ntitle: First Guide\n---\nGuide body.\n",
        "_posts/guides/deep/2022-06-02-deep-guide.md": "---\n---\nDeep.\n",
        "_posts/2013-03-19-not-a-post/dubious.md": "---\ntitle: Dubious\ndate: 2013-03-19\n---\nx\n",
        "_posts/2022-07-01-separator.md":
            "---\ntitle: Separator\nexcerpt_separator: <!--more-->\n---\nOne\n\nTwo <!--more--> Three\n",
        "_posts/2022-07-02-link-refs.md":
            "---\ntitle: Link Refs\n---\n\n\nSee [the docs][d] *now*.\n\nMore.\n\n[d]: https://example.org/docs\n",
        "_posts/2022-07-03-crlf.md": "---\r\ntitle: CRLF\r\n---\r\nLine one\r\n\r\nLine two\r\n",
        "_posts/2022-07-04-author-table.md":
            "---\ntitle: Author Table\nexcerpt: \"\"\nauthor:\n  name: Bea\n  email: bea@example.org\n  uri: https://bea.example.org\n---\nx\n",
        "_posts/2022-07-05-authors-list.md": "---\ntitle: Authors List\nauthor:\nauthors: [ada, linus]\n---\nx\n",
        "_posts/2022-07-06-Quotes (+) Ünïcode.md":
            "---\ntitle: It's \"quoted\" -- and <b>bold</b>...\ncategories: [Dev Ops, news]\n---\nx\n",
        "_posts/2022-7-8-untitled-in-category.md": "---\ncategory: Big News\n---\nx\n",
        "blog/_posts/2022-07-09-folder-category.md": "---\ntitle: Folder Category\n---\nx\n",
        "_posts/2022-07-10-hash-#1...md": "---\n---\nx\n",
        "_posts/2022-07-13-no-front-matter.md": "Just text.\n\nMore.\n",
        "_posts/2022-07-14-unpublished.md": "---\npublished: false\n---\nx\n",
        "_drafts/a-draft.md": "---\ntitle: Draft\ndate: 2022-01-01\n---\nx\n",
    ]

    func testEveryPostMatchesJekyllAndJekyllFeed() throws {
        let folder = TemporaryFolder()
        for (path, text) in Self.fixture { folder.write("site/" + path, text) }
        let site = folder.path + "/site"
        try buildWithJekyll(site, into: folder.path + "/_site")
        let oracle = try JSONDecoder().decode(
            [JekyllPost].self, from: Data(contentsOf: URL(fileURLWithPath: folder.path + "/_site/herald-oracle.json")))
        let jekyllFeed = try Self.entries(of: folder.path + "/_site/feed.xml")

        let list = try HeraldProcess.herald(["list", "--site", site, "--json", "--now", now])
        XCTAssertEqual(list.status, 0, list.standardError)
        let listing = try JSONDecoder().decode(Listing.self, from: Data(list.standardOutput.utf8))
        let heraldPosts = Dictionary(uniqueKeysWithValues: listing.posts.map { ($0.path, $0) })
        let build = try HeraldProcess.herald([
            "build", "--site", site, "--output", folder.path + "/herald", "--now", now,
        ])
        XCTAssertEqual(build.status, 0, build.standardError)
        let heraldFeed = try Self.entries(of: folder.path + "/herald/feed.xml")
        // A file Jekyll takes for no post is not one of Herald's either; a draft is only a draft.
        XCTAssertEqual(
            Set(listing.posts.filter { $0.status == "published" }.map(\.path)), Set(oracle.map(\.path)))
        XCTAssertEqual(listing.problems.map(\.path), [])

        for expected in oracle {
            let path = expected.path
            let post = try XCTUnwrap(heraldPosts[path], path)
            XCTAssertEqual(post.permalink, expected.url, path)
            XCTAssertEqual(post.id ?? post.permalink, expected.id, path)
            XCTAssertEqual(post.date, expected.date, path)
            let theirs = try XCTUnwrap(jekyllFeed[expected.id], "\(path) is not in jekyll-feed's feed")
            let ours = try XCTUnwrap(heraldFeed[expected.id], "\(path) is not in Herald's feed")
            // jekyll-feed's titles and summaries are HTML; Herald's title is text.
            XCTAssertEqual(ours.title, VisibleText.decoded(theirs.title), path)
            XCTAssertEqual(post.title, ours.title, path)
            XCTAssertEqual(ours.link, theirs.link, path)
            XCTAssertEqual(ours.published, theirs.published, path)
            XCTAssertEqual(ours.updated, theirs.updated, path)
            XCTAssertEqual(ours.author, theirs.author, path)
            // Herald's Atom writer has no place for these yet; the listing carries them.
            XCTAssertEqual(post.authorEmail, theirs.email, path)
            XCTAssertEqual(post.authorURI, theirs.uri, path)
            XCTAssertEqual(ours.summary.map(VisibleText.decoded), theirs.summary.map(VisibleText.decoded), path)
        }
        XCTAssertEqual(oracle.count, 19)
    }

    /// jekyll-feed's category and tag files (`feed.categories`, `feed.tags` with `only` and
    /// `except`) are written where it wrote them, with the same entries and titles; with
    /// `excerpt_only`, no entry carries the post's content.
    func testJekyllFeedsCategoryAndTagFilesAreKept() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/_config.yml",
            "title: Files\nurl: https://files.example\nplugins: [jekyll-feed]\nfeed:\n  excerpt_only: true\n"
                + "  categories: [release, notes]\n  tags:\n    except: [skip]\n")
        func post(_ name: String, _ front: String) {
            folder.write("site/_posts/\(name).md", "---\ntitle: \(name)\n\(front)\n---\nFirst.\n\nSecond.\n")
        }
        post("2024-01-01-a", "categories: [release]\ntags: [go, skip]")
        post("2024-01-02-b", "categories: [release, notes]\ntags: [go, c#, Rust_2]")
        post("2024-01-03-c", "categories: [other]\ntags: [skip]")
        let site = folder.path + "/site"
        try buildWithJekyll(site, into: folder.path + "/_site")
        let build = try HeraldProcess.herald(["build", "--site", site, "--output", folder.path + "/herald"])
        XCTAssertEqual(build.status, 0, build.standardError)
        let served = try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/_site/feed")
            .filter { $0.hasSuffix(".xml") }.sorted()
        XCTAssertEqual(served, ["by_tag/Rust_2.xml", "by_tag/go.xml", "notes.xml", "release.xml"])
        for file in served {
            let theirs = try Self.entries(of: folder.path + "/_site/feed/" + file)
            let path = folder.path + "/herald/feed/" + file
            let ours = try Self.entries(of: path)
            XCTAssertEqual(Set(ours.keys), Set(theirs.keys), file)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            XCTAssertFalse(text.contains("<content"), file)
            let title = try String(contentsOfFile: folder.path + "/_site/feed/" + file, encoding: .utf8)
                .components(separatedBy: "<title type=\"html\">")[1].components(separatedBy: "<")[0]
            XCTAssertTrue(text.contains(">\(title)</title>"), "\(file): \(title)")
            XCTAssertTrue(
                text.contains("<link rel=\"alternate\" type=\"text/html\" href=\"https://files.example/\"/>"), text)
        }
        let check = try HeraldProcess.herald(["check", "--site", site, "--output", folder.path + "/herald"])
        XCTAssertEqual(check.status, 0, check.standardOutput + check.standardError)
    }

    /// Liquid in posts, evaluated before Markdown as Jekyll does: each post's visible text and
    /// links (resolved against its address) equal to what Jekyll and jekyll-feed publish, and
    /// no Liquid left in any entry.
    func testLiquidInPostsMatchesJekyll() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/_config.yml",
            """
            title: Liquid
            url: https://q.example
            baseurl: /blog
            repository: https://code.example/q
            permalink: pretty
            plugins: [jekyll-feed]
            collections:
              docs:
                output: true
                permalink: /:collection/:path/

            """)
        func write(_ path: String, _ text: String) { folder.write("site/" + path, text) }
        write("about.md", "---\ntitle: About\n---\nAbout.\n")
        write("_includes/note.html", "<aside class=\"note\">{{ include.text }}, on {{ site.title }}</aside>\n")
        write("_includes/card.md", "**{{ include.name | upcase }}** ({{ include.count }})\n")
        write("contact.md", "---\ntitle: Contact\npermalink: /reach-us/\n---\nContact.\n")
        write("assets/file.txt", "A file.\n")
        write("_docs/guide.md", "---\ntitle: Guide\n---\nGuide.\n")
        write("_posts/2024-01-01-first.md", "---\ntitle: First\n---\nThe first.\n")
        write("_posts/news/2024-01-02-second.md", "---\ntitle: Second\n---\nThe second.\n")
        write(
            "_posts/2024-02-01-links.md",
            """
            ---
            title: Links & tags
            tags: [go, rust]
            ---
            See [the first]({% post_url 2024-01-01-first %}), [the second]({% post_url news/2024-01-02-second %}),
            [about]({% link about.md %}), [contact]({% link contact.md %}), [a file]({% link assets/file.txt %}),
            [the guide]({% link _docs/guide.md %}) and [the code]({{ site.repository }}/tree/main).

            An image: ![logo]({{ "/img/logo.png" | relative_url }}), [absolute]({{ "/x/" | absolute_url }}).

            Title {{ page.title | upcase }}, on {{ page.date | date: "%B %-d, %Y" }}, tagged {{ page.tags | join: ", " }};
            {{ page.missing | default: "no value" }}; {{ "kept" | nosuchfilter }}; {{ site.title | append: "!" }}.
            """)
        write(
            "_posts/2024-02-02-blocks.md",
            """
            ---
            title: Blocks
            flag: true
            ---
            {% highlight ruby %}
            def greet(name)
              puts "<hi> #{name}"

            end
            {% endhighlight %}

            {% raw %}Liquid as text: {{ page.title }} and {% link x.md %}{% endraw %}

            {% comment %}Not shown {{ page.title }}{% endcomment %}Shown.

            {% if page.flag %}Flag on.{% else %}Flag off.{% endif %} {% unless page.flag %}Hidden.{% endunless %}
            {%- assign numbers = "3|1|2" | split: "|" -%}
            {% capture joined %}{% for n in numbers %}[{{ n }}{% if forloop.last %}.{% endif %}]{% endfor %}{% endcapture %}
            Numbers: {{ joined }} ({{ numbers | size }}).

            {% for issue in numbers %}
            [#{{ issue }}]: {{ site.repository }}/issues/{{ issue }}
            {% endfor %}
            Issue [#3], issue [#1].

            {% include note.html text="Careful" %}

            {% assign who = "ana" %}A card: {% include card.md name=who count=3 %}
            """)
        write(
            "_posts/2024-02-03-verbatim.md", "---\ntitle: Verbatim\nrender_with_liquid: false\n---\nKeep {{ this }}.\n")
        let site = folder.path + "/site"
        try buildWithJekyll(site, into: folder.path + "/_site")
        let build = try HeraldProcess.herald(["build", "--site", site, "--output", folder.path + "/herald"])
        XCTAssertEqual(build.status, 0, build.standardError)
        XCTAssertTrue(
            build.standardError.contains(
                "_posts/2024-02-01-links.md:12: warning: the Liquid filter 'nosuchfilter' is not one Herald knows"),
            build.standardError)
        let theirs = try Self.entries(of: folder.path + "/_site/feed.xml")
        let ours = try Self.entries(of: folder.path + "/herald/feed.xml")
        XCTAssertEqual(Set(ours.keys), Set(theirs.keys))
        XCTAssertEqual(theirs.count, 5)
        for (id, entry) in theirs {
            let mine = try XCTUnwrap(ours[id], id)
            XCTAssertEqual(VisibleText.of(mine.content), VisibleText.of(entry.content), id)
            let base = URL(string: entry.link ?? id)!
            XCTAssertEqual(Self.links(in: mine.content, base: base), Self.links(in: entry.content, base: base), id)
            if !id.hasSuffix("/verbatim") {
                XCTAssertFalse(mine.content.contains("{{") && !id.hasSuffix("/blocks"), id)
            }
        }
        let links = try XCTUnwrap(ours["https://q.example/blog/2024/02/01/links"]?.content)
        XCTAssertTrue(links.contains("href=\"https://q.example/blog/docs/guide/\""), links)
        XCTAssertTrue(links.contains("Title LINKS &amp; TAGS, on February 1, 2024, tagged go, rust;"), links)
    }

    /// What Herald cannot evaluate (a plugin's tag, an include of a file the site lacks) is
    /// removed, with a warning at its line, and never reaches the feed raw; a tag never closed
    /// stops the post, as it stops Jekyll's build.
    func testLiquidHeraldCannotEvaluateIsRemovedAndReported() throws {
        let folder = TemporaryFolder()
        folder.write("site/_config.yml", "title: L\nurl: https://l.example\n")
        folder.write(
            "site/_posts/2024-01-01-a.md",
            "---\ntitle: A\n---\nBefore.\n\n{% include missing.html %}\n\n{% gist 123 %}After.\n")
        folder.write("site/_posts/2024-01-02-b.md", "---\ntitle: B\n---\nBroken {% if x\n")
        let build = try HeraldProcess.herald(["build", "--site", folder.path + "/site", "--output", folder.path + "/o"])
        XCTAssertEqual(build.status, 1, build.standardError)
        XCTAssertTrue(
            build.standardError.contains(
                "_posts/2024-01-01-a.md:6: warning: {% include missing.html %} names no file in the site's includes (Jekyll stops the build on it); it was removed"
            ),
            build.standardError)
        XCTAssertTrue(
            build.standardError.contains(
                "_posts/2024-01-01-a.md:8: warning: {% gist %} is not evaluated by Herald; it was removed"),
            build.standardError)
        XCTAssertTrue(
            build.standardError.contains(
                "_posts/2024-01-02-b.md:4: Liquid: a tag '{%' is never closed with '%}'; Jekyll stops the build on it"),
            build.standardError)
        let feed = try String(contentsOfFile: folder.path + "/o/feed.xml", encoding: .utf8)
        XCTAssertTrue(feed.contains("After."), feed)
        XCTAssertFalse(feed.contains("{%"), feed)
        XCTAssertFalse(feed.contains("Broken"), feed)
    }

    /// Every link's target, resolved against `base` (jekyll-feed's are relative to the entry).
    private static func links(in html: String, base: URL) -> [String] {
        let expression = try! NSRegularExpression(pattern: "(?:href|src)=\"([^\"]*)\"")
        let range = NSRange(html.startIndex..., in: html)
        return expression.matches(in: html, range: range).compactMap { match in
            Range(match.range(at: 1), in: html).flatMap {
                URL(string: VisibleText.decoded(String(html[$0])), relativeTo: base)?.absoluteString
            }
        }
    }

    /// Headings get the ids kramdown's GFM parser gives them in Jekyll (unique by a count, none
    /// for a heading with no word left); none with `kramdown: auto_ids: false`.
    func testHeadingIDsMatchKramdown() throws {
        let folder = TemporaryFolder()
        folder.write("site/_config.yml", "title: H\nurl: https://h.example\nplugins: [jekyll-feed]\n")
        folder.write(
            "site/_posts/2024-01-01-a.md",
            "---\ntitle: A\n---\n## Hello *World*!\n\n## Hello World\n\n## 2024: Année ünï Q&A\n\n"
                + "## Don't `code` here_now -- x\n\n## ---\n\n## Hello World\n")
        let site = folder.path + "/site"
        try buildWithJekyll(site, into: folder.path + "/_site")
        let build = try HeraldProcess.herald(["build", "--site", site, "--output", folder.path + "/herald"])
        XCTAssertEqual(build.status, 0, build.standardError)
        func headings(_ html: String) -> [String] {
            let expression = try! NSRegularExpression(pattern: "<h2[^>]*>")
            return expression.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
                String(html[Range($0.range, in: html)!])
            }
        }
        let theirs = try XCTUnwrap(Self.entries(of: folder.path + "/_site/feed.xml").values.first).content
        let ours = try XCTUnwrap(Self.entries(of: folder.path + "/herald/feed.xml").values.first).content
        XCTAssertEqual(headings(ours), headings(theirs))
        XCTAssertEqual(
            headings(theirs),
            [
                "<h2 id=\"hello-world\">", "<h2 id=\"hello-world-1\">", "<h2 id=\"2024-année-ünï-qa\">",
                "<h2 id=\"dont-code-here_now--x\">", "<h2>", "<h2 id=\"hello-world-2\">",
            ])
    }

    /// What kramdown gives in Jekyll that cmark-gfm lacks, tag for tag as Jekyll writes the
    /// page (kramdown indents its blocks; Herald does not): header ids and IALs on headings,
    /// definition lists, kramdown's footnote markup, task list items, bare addresses left as
    /// text, `{: …}`, `{::options}`, `{::comment}` and abbreviation lines taken out, and math.
    func testKramdownMarkupMatchesJekyll() throws {
        let folder = TemporaryFolder()
        folder.write("site/_config.yml", "title: K\nurl: https://k.example\n")
        folder.write("site/_layouts/post.html", "{{ content }}")
        folder.write(
            "site/_posts/2024-01-01-a.md",
            """
            ---
            title: A
            layout: post
            ---
            ## Hello World {#custom}

            ## Hello World

            ## Other
            {: .cls}

            Term
            : Definition here

            Second term
            : def 2
            : def 3

            See www.example.com and https://x.example/y and me@mail.example.

            Text with a note[^1], another[^named] and the first again[^1].

            [^1]: The note.
            [^named]: Named.

            - [ ] open
            - [x] done

            {::options parse_block_html="true" /}
            {::comment}
            hidden
            {:/comment}

            Inline $$a_1 * b_2 < c$$ math, and a price of $5.

            $$
            \\sum_{i=1}^n x_i \\\\ y
            $$

            """)
        let site = folder.path + "/site"
        try buildWithJekyll(site, into: folder.path + "/_site")
        let herald = try HeraldProcess.herald(["list", "--site", site, "--render", "--json"])
        XCTAssertEqual(herald.status, 0, herald.standardError)
        let listing = try JSONDecoder().decode(Listing.self, from: Data(herald.standardOutput.utf8))
        func tags(_ html: String) -> [String] {
            html.replacingOccurrences(of: "<!--[^>]*-->", with: "", options: .regularExpression)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        let page = try String(contentsOfFile: folder.path + "/_site/2024/01/01/a.html", encoding: .utf8)
        let ours = try XCTUnwrap(listing.posts.first?.content)
            .replacingOccurrences(of: "https://k.example/2024/01/01/a.html#", with: "#")
        XCTAssertEqual(tags(ours), tags(page))
    }

    /// Where kramdown's blocks differ from CommonMark's: block HTML (an include's figure with
    /// blank lines and indented lines in it, a custom element, `<p>` never closed) kept as
    /// written up to its end tag and Markdown read again after it; a span element's tag alone
    /// on a line starting a paragraph; a numbered list ending a paragraph; no typography inside
    /// `<code>`, `<kbd>`, `<strike>`, `<u>`; `_"quoted..."_` as kramdown reads the `_`. An
    /// include's `markdownify`, and its `\"` quoted parameter. Each post's visible text is
    /// Jekyll's.
    func testKramdownBlocksMatchJekyll() throws {
        let folder = TemporaryFolder()
        folder.write("site/_config.yml", "title: K\nurl: https://k.example\n")
        folder.write("site/_layouts/post.html", "{{ content }}")
        folder.write(
            "site/_includes/figure.html",
            """
            {% assign caption = include.caption %}
            <div class="row">
                <figure>
                    <img src="x.png">

                    {% if caption %}
                        <figcaption>
                            <p>{{ caption }} "here"</p>
                        </figcaption>
                    {% endif %}
                </figure>
            </div>

            """)
        folder.write(
            "site/_includes/notice.html", "<div class=\"notice\">\n    {{ include.message | markdownify }}\n</div>\n")
        let cases = [
            "Before.\n\n{% include figure.html caption=\"A *caption*\" %}\nAfter *the* figure.",
            "<custom-el>\na \"q\"\n\n*not emphasis*\n</custom-el>\n*emphasis* after.",
            "<span class=\"m\">\n  **Note:** a \"note\"\n</span>\n\nEnd.",
            "Eight columns seem so\n1980. And yet the rule\nstays.",
            "a <strike>\"x\" -- y</strike> b <u>'x'</u> <em>\"e\"</em> <code>\"c\"</code> <kbd>'k'</kbd> 'after'.",
            "Displays _\"Loading...\"_ and then *\"Done...\"* here.",
            "{% include notice.html message=\"\nSee [the \\\"list\\\"](/l/) -- it's *new*.\n\" %}",
            "<p>Never closed\n\nMarkdown *here* stays.",
            "<div class=\"cap\">\n<img src=\"c.jpg\">\n<div class=\"t\">Crop (right). </a></div>\n<!-- </b> -->\n</div>\n\nAfter.",
            "<div>\n$$\\frac{x_1}{y_2}$$\n</div>\n\nInline $$a_b * c_d$$ math.",
            "Text [1], [x] and [y].\n\n[1]: This detail was left out.\n\n[x]: /a b \"t\"\n[y]: <c d>\n\n[^n]: not one",
        ]
        for (index, body) in cases.enumerated() {
            folder.write(
                "site/_posts/2024-01-\(String(format: "%02d", index + 1))-b\(index).md",
                "---\ntitle: B\(index)\nlayout: post\n---\n\(body)\n")
        }
        let site = folder.path + "/site"
        try buildWithJekyll(site, into: folder.path + "/_site")
        let herald = try HeraldProcess.herald(["list", "--site", site, "--render", "--json"])
        XCTAssertEqual(herald.status, 0, herald.standardError)
        let listing = try JSONDecoder().decode(Listing.self, from: Data(herald.standardOutput.utf8))
        for (index, body) in cases.enumerated() {
            let page = try String(
                contentsOfFile: folder.path + "/_site/2024/01/\(String(format: "%02d", index + 1))/b\(index).html",
                encoding: .utf8)
            let ours = try XCTUnwrap(listing.posts.first { $0.path.hasSuffix("-b\(index).md") }?.content)
            XCTAssertEqual(VisibleText.of(ours), VisibleText.of(page), body)
        }
        let figure = try XCTUnwrap(listing.posts.first { $0.path.hasSuffix("-b0.md") }?.content)
        XCTAssertTrue(figure.contains("<p>A *caption* \"here\"</p>"), figure)
        XCTAssertTrue(figure.contains("<p>After <em>the</em> figure.</p>"), figure)
        let stray = try XCTUnwrap(listing.posts.first { $0.path.hasSuffix("-b8.md") }?.content)
        XCTAssertTrue(stray.contains("Crop (right). &lt;/a&gt;</div>\n<!-- </b> -->"), stray)
        let math = try XCTUnwrap(listing.posts.first { $0.path.hasSuffix("-b9.md") }?.content)
        XCTAssertTrue(math.hasPrefix("<div>\n$$\\frac{x_1}{y_2}$$\n</div>"), math)
        let definitions = try XCTUnwrap(listing.posts.first { $0.path.hasSuffix("-b10.md") }?.content)
        XCTAssertTrue(definitions.contains(">1</a>, <a href="), definitions)
        let notice = try XCTUnwrap(listing.posts.first { $0.path.hasSuffix("-b6.md") }?.content)
        XCTAssertTrue(notice.contains("<a href=\"https://k.example/l/\">the “list”</a> – it’s <em>new</em>."), notice)
    }

    /// Every file of `_posts` is a post for Jekyll whatever its extension: one Jekyll does not
    /// convert (`.text`, `.Rmd`, with or without front matter) is published as written, at an
    /// address ending in its own extension, with jekyll-feed's id; YAML is data, not a post; a
    /// binary file is left out with a warning, as Jekyll leaves it out with an error that does
    /// not stop its build; a draft without a date has its file's, as in Jekyll, not an error.
    func testPostsJekyllDoesNotConvertMatchJekyllAndJekyllFeed() throws {
        let folder = TemporaryFolder()
        folder.write("site/_config.yml", "title: X\nurl: https://x.example\nplugins: [jekyll-feed]\n")
        folder.write("site/_posts/2024-03-01-notes.text", "Plain *text* here\n")
        folder.write("site/_posts/2024-03-02-report.Rmd", "---\ntitle: Report\n---\nR **md**?\n")
        folder.write("site/_posts/2024-03-03-data.yml", "a: 1\n")
        folder.write("site/_posts/2024-03-05-md.md", "---\ntitle: Md\n---\nmd\n")
        folder.write("site/_drafts/undated.md", "---\ntitle: D\n---\ndraft\n")
        let site = folder.path + "/site"
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0xFF, 0xFE]).write(
            to: URL(fileURLWithPath: site + "/_posts/2024-03-04-photo.png"))
        try buildWithJekyll(site, into: folder.path + "/_site")
        let jekyllFeed = try Self.entries(of: folder.path + "/_site/feed.xml")
        XCTAssertEqual(
            Set(jekyllFeed.keys),
            [
                "https://x.example/2024/03/01/notes", "https://x.example/2024/03/02/report",
                "https://x.example/2024/03/05/md",
            ])

        let list = try HeraldProcess.herald(["list", "--site", site, "--json", "--render"])
        XCTAssertEqual(list.status, 0, list.standardError)
        let listing = try JSONDecoder().decode(Listing.self, from: Data(list.standardOutput.utf8))
        XCTAssertEqual(
            listing.posts.filter { $0.status == "published" }.map(\.permalink).sorted(),
            [
                "https://x.example/2024/03/01/notes.text", "https://x.example/2024/03/02/report.Rmd",
                "https://x.example/2024/03/05/md.html",
            ])
        XCTAssertEqual(listing.posts.first { $0.path == "_drafts/undated.md" }?.status, "draft")
        XCTAssertEqual(listing.problems.map(\.path), ["_posts/2024-03-04-photo.png"])
        let listed = try HeraldProcess.herald(["list", "--site", site])
        XCTAssertTrue(
            listed.standardError.contains(
                "_posts/2024-03-04-photo.png: warning: not text, so Jekyll leaves it out of the site; it is in no feed"),
            listed.standardError)
        for post in listing.posts where post.status == "published" {
            let page = try String(
                contentsOfFile: folder.path + "/_site" + post.permalink.dropFirst("https://x.example".count),
                encoding: .utf8)
            XCTAssertEqual(post.content, page, post.path)
        }
        let build = try HeraldProcess.herald(["build", "--site", site, "--output", folder.path + "/herald"])
        XCTAssertEqual(build.status, 0, build.standardError)
        let heraldFeed = try Self.entries(of: folder.path + "/herald/feed.xml")
        XCTAssertEqual(Set(heraldFeed.keys), Set(jekyllFeed.keys))
        for (id, theirs) in jekyllFeed { XCTAssertEqual(heraldFeed[id]?.link, theirs.link, id) }
    }

    /// `site.posts` in a post's Liquid: the published posts, newest first (a draft, a future
    /// post and another collection's document left out), each with its title, address, date,
    /// categories and tags, and `limit`, `forloop` and `size` on the list.
    func testSitePostsInLiquidMatchJekyll() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/_config.yml",
            "title: P\nurl: https://p.example\nbaseurl: /blog\ncollections:\n  notes:\n    output: true\n")
        folder.write("site/_layouts/post.html", "{{ content }}")
        folder.write("site/_posts/2024-01-01-first.md", "---\ntitle: First\ncategories: [a]\ntags: [x, y]\n---\none\n")
        folder.write("site/_posts/2024-01-01-second.md", "---\ntitle: Second\n---\ntwo\n")
        folder.write("site/_posts/2023-06-01-old.md", "---\ntitle: Old\npermalink: /old/\n---\nold\n")
        folder.write("site/_posts/2099-01-01-future.md", "---\ntitle: Future\n---\nlater\n")
        folder.write("site/_drafts/draft.md", "---\ntitle: Draft\ndate: 2024-01-05\n---\ndraft\n")
        folder.write("site/_notes/n.md", "---\ntitle: Note\n---\nnote\n")
        folder.write(
            "site/_posts/2024-02-01-list.md",
            """
            ---
            title: List
            layout: post
            ---
            {% for p in site.posts %}[{{ forloop.index }} {{ p.title }} {{ p.url }} {{ p.date | date: "%Y-%m-%d" }} \
            {{ p.categories | join: "," }} {{ p.tags | join: "," }}]{% endfor %} {{ site.posts.size }} \
            {% for p in site.posts limit: 2 %}({{ p.title }}){% endfor %}

            """)
        let site = folder.path + "/site"
        try buildWithJekyll(site, into: folder.path + "/_site")
        let page = try String(contentsOfFile: folder.path + "/_site/2024/02/01/list.html", encoding: .utf8)
        let listed = try HeraldProcess.herald(["list", "--site", site, "--render", "--json"])
        XCTAssertEqual(listed.status, 0, listed.standardError)
        let listing = try JSONDecoder().decode(Listing.self, from: Data(listed.standardOutput.utf8))
        let ours = try XCTUnwrap(listing.posts.first { $0.path == "_posts/2024-02-01-list.md" }?.content)
        XCTAssertTrue(ours.contains("[2 Second /2024/01/01/second.html 2024-01-01  ]"), ours)
        XCTAssertEqual(VisibleText.of(ours), VisibleText.of(page))
    }

    /// `site.data`: `_data/` files in YAML, JSON and CSV, in folders, as Jekyll gives them to a
    /// post's Liquid; a change to one, or to an include, builds the feeds again though no post
    /// changed.
    func testSiteDataMatchesJekyllAndAChangeBuildsAgain() throws {
        let folder = TemporaryFolder()
        folder.write("site/_config.yml", "title: D\nurl: https://d.example\n")
        folder.write("site/_layouts/post.html", "{{ content }}")
        folder.write("site/_data/info.yml", "name: Data Name\nlist:\n  - a\n  - b\n")
        folder.write("site/_data/team/lead.json", #"{"name": "Lee", "roles": ["x", "y"]}"#)
        folder.write("site/_data/rows.csv", "name,n\n\"a, b\",1\nc,2\n")
        folder.write("site/_includes/sign.html", "<em>{{ site.data.info.name }}</em>")
        folder.write(
            "site/_posts/2024-01-01-d.md",
            """
            ---
            title: D
            layout: post
            ---
            {{ site.data.info.name }}: {% for x in site.data.info.list %}[{{ x }}]{% endfor %}, \
            {{ site.data.team.lead.name }} ({{ site.data.team.lead.roles | join: "+" }}), \
            {% for r in site.data.rows %}({{ r.name }}={{ r.n }}){% endfor %} {{ site.data.rows.size }} rows, \
            {{ site.data.missing.name | default: "none" }} {% include sign.html %}

            """)
        let site = folder.path + "/site"
        try buildWithJekyll(site, into: folder.path + "/_site")
        let page = try String(contentsOfFile: folder.path + "/_site/2024/01/01/d.html", encoding: .utf8)
        let listed = try HeraldProcess.herald(["list", "--site", site, "--render", "--json"])
        XCTAssertEqual(listed.status, 0, listed.standardError)
        let listing = try JSONDecoder().decode(Listing.self, from: Data(listed.standardOutput.utf8))
        let ours = try XCTUnwrap(listing.posts.first?.content)
        XCTAssertEqual(ours, "<p>Data Name: [a][b], Lee (x+y), (a, b=1)(c=2) 2 rows, none <em>Data Name</em></p>\n")
        XCTAssertEqual(VisibleText.of(ours), VisibleText.of(page))
        folder.write("site/herald.toml", "[site]\nsource = '.'\n[announce]\nstate = '../state'\n")
        // Files changed a moment ago are never trusted to the build stamp: every write is aged.
        func age() throws {
            let aged = try HeraldProcess.run("find", [site, "-exec", "touch", "-m", "-d", "1 minute ago", "{}", "+"])
            XCTAssertEqual(aged.status, 0)
        }
        /// Rewrites a file in place, its folder untouched, and ages it alone.
        func rewrite(_ path: String, _ text: String) throws {
            let handle = try XCTUnwrap(FileHandle(forWritingAtPath: site + "/" + path))
            try handle.truncate(atOffset: 0)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
            XCTAssertEqual(try HeraldProcess.run("touch", ["-m", "-d", "30 seconds ago", site + "/" + path]).status, 0)
        }
        /// The files the build wrote or found unchanged; none when its stamp says nothing changed.
        func build() throws -> [String] {
            let result = try HeraldProcess.herald([
                "build", "--config", site + "/herald.toml", "--output", folder.path + "/o", "--json",
            ])
            XCTAssertEqual(result.status, 0, result.standardError)
            let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [String: Any]
            let files = report["files"] as? [[String: Any]] ?? []
            return files.compactMap { $0["path"] as? String }
        }
        try age()
        XCTAssertFalse(try build().isEmpty)
        XCTAssertEqual(try build(), [], "nothing changed")
        try rewrite("_data/info.yml", "name: Other Name\nlist: [a]\n")
        XCTAssertFalse(try build().isEmpty, "a data file changed")
        XCTAssertTrue(try String(contentsOfFile: folder.path + "/o/feed.xml", encoding: .utf8).contains("Other Name"))
        XCTAssertEqual(try build(), [], "nothing changed")
        try rewrite("_includes/sign.html", "<em>signed</em>")
        XCTAssertFalse(try build().isEmpty, "an include changed")
    }

    /// kramdown's quotes, dashes, ellipses and guillemets, which differ from cmark-gfm's at the
    /// edges: after a dash or a bracket, spaced inside, before emphasis, `'90s`, a quote after
    /// other markup, escaped or written as an entity, in headings, lists, tables and link text;
    /// none in code, image text or link titles. Each post's visible text is Jekyll's.
    func testTypographyMatchesKramdown() throws {
        let folder = TemporaryFolder()
        folder.write("site/_config.yml", "title: Q\nurl: https://q.example\n")
        folder.write("site/_layouts/post.html", "{{ content }}")
        let cases = [
            "*\"Sorry, I had an issue with my -\"*<br>\n*\"It's no problem\"*, she said.",
            "> \" Spaced out quotes. \"",
            "Back in the '90s, rock 'n' roll and 'tis the season; the '80s.",
            "\"*Emphasis*\" and '**strong**' and \"`code`\" and \"[link](/x/)\" then.",
            "A \\\"escaped\\\" quote, an &quot;entity&quot; one, &#39;numeric&#39;.",
            "He said \"'nested' words\" and '\"the other\" way'.",
            "Dashes -- and --- and ... and << guillemets >> and (\"paren\") [\"bracket\"] {\"brace\"}.",
            "## A \"quoted\" heading's end\n\n- \"list\" item\n- 'another'\n\n| \"a\" | 'b' |\n|---|---|\n| it's | \"c\" |",
            "Line one ends\n\"line two starts\" and a\n'third'.",
            "![An \"image\"](/i.png) and [a \"link\"](/l/ \"its 'title'\") and `a \"code\" span`.",
            "<span>\"inline html\"</span> and \"x\"<b>bold</b>\"y\" and it's \"!\" or \"?\".",
            "    \"indented code\"\n\n```\n\"fenced\"\n```",
            "Ends with a quote 'word'\n\nStarts 'with' it. The \"end.\"",
            "Her 5'10\" height, 12\" ruler, 'a'b, \"\"double\"\", ''single''.",
            "A lone *\"star and snake_case\"quote, [\"bracket and `x`\"tick.",
        ]
        for (index, body) in cases.enumerated() {
            folder.write(
                "site/_posts/2024-01-\(String(format: "%02d", index + 1))-q\(index).md",
                "---\ntitle: Q\(index)\nlayout: post\n---\n\(body)\n")
        }
        let site = folder.path + "/site"
        try buildWithJekyll(site, into: folder.path + "/_site")
        let herald = try HeraldProcess.herald(["list", "--site", site, "--render", "--json"])
        XCTAssertEqual(herald.status, 0, herald.standardError)
        let listing = try JSONDecoder().decode(Listing.self, from: Data(herald.standardOutput.utf8))
        for (index, body) in cases.enumerated() {
            let page = try String(
                contentsOfFile: folder.path + "/_site/2024/01/\(String(format: "%02d", index + 1))/q\(index).html",
                encoding: .utf8)
            let ours = try XCTUnwrap(listing.posts.first { $0.path.hasSuffix("-q\(index).md") }?.content)
            XCTAssertEqual(VisibleText.of(ours), VisibleText.of(page), body)
        }
    }

    /// With the generator's rendering (`herald init --rendering generator`), a post's entry
    /// says what jekyll-feed's says, Liquid Herald cannot evaluate (`case`) included; without
    /// it, Herald removes that tag with a warning.
    func testGeneratorRenderingTakesJekyllsOwnHTML() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write("site/_config.yml", "title: G\nurl: https://g.example\nplugins: [jekyll-feed]\n")
        folder.write(
            "site/_posts/2024-01-01-a.md",
            """
            ---
            title: A
            ---
            {% assign kind = "tip" %}{% case kind %}{% when "tip" %}**Tip:** read the [docs]({{ "/docs/" | relative_url }}).{% else %}Other.{% endcase %}

            More text.

            """)
        let initialized = try HeraldProcess.herald(["init", "--jekyll", site, "--rendering", "generator"])
        XCTAssertEqual(initialized.status, 0, initialized.standardError)
        XCTAssertTrue(initialized.standardError.contains("added \(site)/herald-rendering.json"))
        XCTAssertEqual(
            try HeraldProcess.run("touch", ["-m", "-d", "1 minute ago", site + "/_posts/2024-01-01-a.md"]).status, 0)
        try buildWithJekyll(site, into: site + "/_site")
        let build = try HeraldProcess.herald(["build", "--site", site, "--output", folder.path + "/herald"])
        XCTAssertEqual(build.status, 0, build.standardError)
        XCTAssertFalse(build.standardError.contains("warning"), build.standardError)
        let theirs = try XCTUnwrap(Self.entries(of: site + "/_site/feed.xml").values.first)
        let ours = try XCTUnwrap(Self.entries(of: folder.path + "/herald/feed.xml").values.first)
        XCTAssertEqual(VisibleText.of(ours.content), VisibleText.of(theirs.content))
        XCTAssertTrue(ours.content.contains("<strong>Tip:</strong>"), ours.content)
        XCTAssertTrue(ours.content.contains("href=\"https://g.example/docs/\""), ours.content)
        XCTAssertEqual(ours.summary, theirs.summary)

        try FileManager.default.removeItem(atPath: site + "/herald-rendering.json")
        let own = try HeraldProcess.herald(["build", "--site", site, "--output", folder.path + "/own"])
        XCTAssertTrue(own.standardError.contains("{% case %} is not evaluated by Herald"), own.standardError)
        let rendered = try XCTUnwrap(Self.entries(of: folder.path + "/own/feed.xml").values.first)
        XCTAssertFalse(rendered.content.contains("Tip:"), rendered.content)
    }

    /// jekyll-feed's feeds of other collections (`feed.collections`, a list or a table with
    /// `categories`): written where it wrote them, with the same entries (ids, titles, links,
    /// dates), documents read as Jekyll reads them (front matter required, `defaults:` of their
    /// type, the collection's `permalink` or `/:collection/:path` with the site style's ending,
    /// future dates kept, drafts and `published: false` left out), and never in the posts'
    /// feeds or announced. A document without a date is dated by its file, where Jekyll gives
    /// it the build's time.
    func testJekyllFeedsCollectionFeedsAreKept() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/_config.yml",
            """
            title: Docs
            url: https://c.example
            permalink: pretty
            plugins: [jekyll-feed]
            collections:
              changes:
                output: true
              notes:
                output: true
                permalink: /n/:title/
            defaults:
              - scope: {type: changes}
                values: {author: Bot}
            feed:
              collections:
                changes:
                  categories: [news]
                notes: {}
            """)
        func write(_ path: String, _ front: String?) {
            folder.write("site/" + path, (front.map { "---\n\($0)---\n" } ?? "") + "Body of \(path).\n")
        }
        write("_changes/2024-01-01-first.md", "title: First\ncategory: news\n")
        write("_changes/second.md", "date: 2024-02-01 10:00:00\n")
        write("_changes/sub/third.md", "title: Third\ndate: 2099-01-01\ncategories: [news]\n")
        write("_changes/draft.md", "title: Draft\ndate: 2024-01-02\ndraft: true\n")
        write("_changes/hidden.md", "title: Hidden\ndate: 2024-01-02\npublished: false\n")
        write("_changes/_skipped.md", "title: Skipped\ndate: 2024-01-02\n")
        write("_changes/static.md", nil)
        write("_changes/undated.md", "title: Undated\n")
        write("_notes/2024-03-01-n.md", "title: N\n")
        write("_posts/2024-01-05-p.md", "title: P\n")
        let site = folder.path + "/site"
        let modified = Date(timeIntervalSince1970: 1_717_200_000)
        try FileManager.default.setAttributes(
            [.modificationDate: modified], ofItemAtPath: site + "/_changes/undated.md")
        try buildWithJekyll(site, into: folder.path + "/_site")
        let build = try HeraldProcess.herald(["build", "--site", site, "--output", folder.path + "/herald"])
        XCTAssertEqual(build.status, 0, build.standardError)
        XCTAssertTrue(
            build.standardError.contains(
                "_changes/static.md:1: warning: no front matter, so Jekyll copies the file rather than making it a document"
            ),
            build.standardError)
        let served = try FileManager.default.subpathsOfDirectory(atPath: folder.path + "/_site/feed")
            .filter { $0.hasSuffix(".xml") }.sorted()
        XCTAssertEqual(served, ["changes.xml", "changes/news.xml", "notes.xml"])
        for file in served + ["../feed.xml"] {
            let theirs = try Self.entries(of: folder.path + "/_site/feed/" + file)
            let ours = try Self.entries(of: folder.path + "/herald/feed/" + file)
            XCTAssertEqual(Set(ours.keys), Set(theirs.keys), file)
            for (id, entry) in theirs {
                XCTAssertEqual(ours[id]?.title, entry.title, id)
                XCTAssertEqual(ours[id]?.link, entry.link, id)
                XCTAssertEqual(ours[id]?.author, entry.author, id)
                if !id.hasSuffix("/undated") {
                    XCTAssertEqual(
                        ours[id]?.published, entry.published?.replacingOccurrences(of: "+00:00", with: "Z"), id)
                }
            }
        }
        let changes = try Self.entries(of: folder.path + "/herald/feed/changes.xml")
        XCTAssertEqual(
            changes.keys.sorted(),
            ["first", "second", "sub/third", "undated"].map { "https://c.example/changes/" + $0 })
        XCTAssertEqual(changes["https://c.example/changes/undated"]?.published, "2024-06-01T00:00:00Z")
        XCTAssertEqual(changes["https://c.example/changes/second"]?.link, "https://c.example/changes/second/")
        XCTAssertEqual(
            Array(try Self.entries(of: folder.path + "/herald/feed/notes.xml").values.map(\.link)),
            ["https://c.example/n/n/"])
        let text = try String(contentsOfFile: folder.path + "/herald/feed/changes/news.xml", encoding: .utf8)
        XCTAssertTrue(text.contains(">Docs | Changes | News</title>"), text)

        let definition = folder.path + "/herald.toml"
        folder.write(
            "herald.toml",
            "[site]\nsource = 'site'\n[announce]\nstate = 'state'\n[[targets]]\nname = 'log'\n"
                + "type = 'file'\npath = 'announced.jsonl'\nbackfill = 10\n")
        let announce = try HeraldProcess.herald(["announce", "--config", definition])
        XCTAssertEqual(announce.status, 0, announce.standardError)
        let announced = try String(contentsOfFile: folder.path + "/announced.jsonl", encoding: .utf8)
        XCTAssertEqual(announced.split(separator: "\n").count, 1, announced)
        XCTAssertTrue(announced.contains("https://c.example/2024/01/05/p/"), announced)
    }

    /// jekyll-feed's `feed.path` in a folder (`blog/atom.xml`): Herald's site feed is written
    /// there, with jekyll-feed's entries, and links itself there.
    func testAFeedPathInAFolderIsKept() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/_config.yml",
            "title: Blog\nurl: https://p.example\nplugins: [jekyll-feed]\nfeed:\n  path: blog/atom.xml\n")
        folder.write("site/_posts/2024-01-01-a.md", "---\ntitle: A\n---\nFirst.\n")
        folder.write("site/_posts/2024-01-02-b.md", "---\ntitle: B\n---\nSecond.\n")
        let site = folder.path + "/site"
        try buildWithJekyll(site, into: folder.path + "/_site")
        let build = try HeraldProcess.herald(["build", "--site", site, "--output", folder.path + "/herald"])
        XCTAssertEqual(build.status, 0, build.standardError)
        let theirs = try Self.entries(of: folder.path + "/_site/blog/atom.xml")
        let path = folder.path + "/herald/blog/atom.xml"
        XCTAssertEqual(Set(try Self.entries(of: path).keys), Set(theirs.keys))
        XCTAssertEqual(theirs.count, 2)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.contains("href=\"https://p.example/blog/atom.xml\""), text)
    }

    /// `jekyll build` of `site` into `destination`, in UTC as jekyll-feed's own tests run.
    private func buildWithJekyll(_ site: String, into destination: String) throws {
        let jekyll = try HeraldProcess.run(
            "env",
            [
                "TZ=UTC", "jekyll", "build", "--quiet", "--disable-disk-cache", "--source", site, "--destination",
                destination,
            ])
        XCTAssertEqual(jekyll.status, 0, jekyll.standardError)
    }

    private struct JekyllPost: Decodable {
        let path: String
        let url: String
        let id: String
        let date: String
    }

    private struct Listing: Decodable {
        struct Post: Decodable {
            let path: String
            let status: String
            let title: String
            let date: String?
            let permalink: String
            let id: String?
            let authorEmail: String?
            let authorURI: String?
            /// The post's HTML, with `--render`.
            let content: String?
        }

        struct Problem: Decodable {
            let path: String
        }

        let posts: [Post]
        let problems: [Problem]
    }

    private struct Entry {
        let title: String
        let link: String?
        let published: String?
        let updated: String?
        let author: String?
        let email: String?
        let uri: String?
        /// nil when the entry has none, or an empty one (jekyll-feed writes an empty summary
        /// for an empty body).
        let summary: String?
        /// The entry's HTML.
        let content: String
    }

    /// The entries of an Atom feed, by id.
    private static func entries(of path: String) throws -> [String: Entry] {
        let document = try XMLDocument(contentsOf: URL(fileURLWithPath: path))
        func text(_ node: XMLNode, _ name: String) throws -> String? {
            try node.nodes(forXPath: "*[local-name()='\(name)']").first?.stringValue
        }
        var result: [String: Entry] = [:]
        for entry in try document.nodes(forXPath: "//*[local-name()='entry']") {
            let author = try entry.nodes(forXPath: "*[local-name()='author']").first
            let name = try author.flatMap { try text($0, "name") }
            let link = try entry.nodes(forXPath: "*[local-name()='link']/@href").first?.stringValue
            let summary = try text(entry, "summary")
            result[try text(entry, "id") ?? ""] = Entry(
                title: try text(entry, "title") ?? "", link: link,
                published: try text(entry, "published"), updated: try text(entry, "updated"),
                author: name?.isEmpty == true ? nil : name, email: try author.flatMap { try text($0, "email") },
                uri: try author.flatMap { try text($0, "uri") }, summary: summary?.isEmpty == true ? nil : summary,
                content: try text(entry, "content") ?? "")
        }
        return result
    }
}
