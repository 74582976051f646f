import XCTest

@testable import Site

final class JekyllTests: XCTestCase {
    private var site: TemporarySite!

    override func setUp() {
        site = TemporarySite()
    }

    private func scan(config: String, now: String = "2024-06-01T00:00:00Z") throws -> PostScanner.Result {
        site.write("_config.yml", "url: https://jekyll.example.org\ntimezone: Europe/Berlin\n" + config)
        let configuration = try SiteConfiguration.detect(siteRoot: site.root)
        let moment = LocalDateTime(parsing: now)!.resolved(in: TimeZone(identifier: "UTC")!).instant
        return try PostScanner(site: configuration, now: moment).scan()
    }

    private func permalink(_ result: PostScanner.Result, _ title: String) -> String? {
        result.posts.first { $0.title == title }?.permalink
    }

    func testDefaultDateStyleWithCategories() throws {
        site.write("_posts/2023-12-12-Hello World.md", "---\ntitle: Hello\ncategories: [Dev Ops, news]\n---\n")
        site.write("blog/_posts/2024-01-05-second.md", "---\ntitle: Second\ncategory: Tech\n---\n")
        site.write("_posts/2024-02-01-spaced.md", "---\ntitle: Spaced\ncategories: Dev Ops\n---\n")
        let result = try scan(config: "")
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(
            permalink(result, "Hello"), "https://jekyll.example.org/dev%20ops/news/2023/12/12/Hello-World.html")
        XCTAssertEqual(permalink(result, "Second"), "https://jekyll.example.org/blog/tech/2024/01/05/second.html")
        XCTAssertEqual(permalink(result, "Spaced"), "https://jekyll.example.org/dev/ops/2024/02/01/spaced.html")
    }

    /// Jekyll's file name pattern takes a month and day of one digit, and YAML may close with
    /// `...`, YAML's own end of a document.
    func testUnpaddedFileNamesAndFrontMatterClosedByDots() throws {
        site.write("_posts/2017-2-5-unpadded.md", "---\ntitle: Unpadded\n---\nBody\n")
        site.write("_posts/2017-12-25-dots.md", "---\ntitle: Dots\ntags: [a]\n...\nBody after dots\n")
        site.write("_posts/2017-13-40-impossible.md", "---\ntitle: Impossible\n---\n")
        let result = try scan(config: "")
        XCTAssertEqual(permalink(result, "Unpadded"), "https://jekyll.example.org/2017/02/05/unpadded.html")
        XCTAssertEqual(permalink(result, "Dots"), "https://jekyll.example.org/2017/12/25/dots.html")
        XCTAssertEqual(result.posts.first { $0.title == "Dots" }?.tags, ["a"])
        XCTAssertEqual(
            result.problems.map(\.description),
            ["_posts/2017-13-40-impossible.md: 2017-13-40 in the file name is not a date; Jekyll stops the build on it"]
        )
    }

    func testPrettyStyleSlugAndCustomPattern() throws {
        site.write("_posts/2023-12-12-first-post.md", "---\ntitle: First\nslug: Better Name\n---\n")
        XCTAssertEqual(
            permalink(try scan(config: "permalink: pretty\n"), "First"),
            "https://jekyll.example.org/2023/12/12/Better-Name/")
        XCTAssertEqual(
            permalink(try scan(config: "permalink: /:year/:i_month/:slug/\n"), "First"),
            "https://jekyll.example.org/2023/12/better-name/")
    }

    func testWeekdateUsesISOWeeksAcrossTheNewYear() throws {
        site.write("_posts/2021-01-01-new-year.md", "---\ntitle: A\n---\n")
        site.write("_posts/2024-12-30-old-year.md", "---\ntitle: B\n---\n")
        let result = try scan(config: "permalink: weekdate\ntimezone: UTC\n")
        XCTAssertEqual(permalink(result, "A"), "https://jekyll.example.org/2021/W53/Fri/new-year.html")
        XCTAssertEqual(permalink(result, "B"), "https://jekyll.example.org/2024/W01/Mon/old-year.html")
    }

    func testDatesComeFromTheFileNameInTheSiteTimezone() throws {
        site.write("_posts/2023-12-12-from-name.md", "---\ntitle: Name\n---\n")
        site.write("_posts/2023-12-12-from-matter.md", "---\ntitle: Matter\ndate: 2023-12-12 23:30:00 -0500\n---\n")
        let result = try scan(config: "")
        let dates = Dictionary(uniqueKeysWithValues: result.posts.map { ($0.title, $0.date?.rfc3339) })
        XCTAssertEqual(dates["Name"], "2023-12-12T00:00:00+01:00")
        XCTAssertEqual(dates["Matter"], "2023-12-13T05:30:00+01:00", "Jekyll shows every date in the site's timezone")
        XCTAssertEqual(permalink(result, "Matter"), "https://jekyll.example.org/2023/12/13/from-matter.html")
    }

    func testDraftsUnpublishedAndFuturePosts() throws {
        site.write("_drafts/idea.md", "---\ntitle: Idea\ndate: 2024-01-01\n---\n")
        site.write("_posts/2024-01-01-hidden.md", "---\ntitle: Hidden\npublished: false\n---\n")
        site.write("_posts/2025-01-01-later.md", "---\ntitle: Later\n---\n")
        let statuses = Dictionary(uniqueKeysWithValues: try scan(config: "").posts.map { ($0.title, $0.status) })
        XCTAssertEqual(statuses, ["Idea": .draft, "Hidden": .draft, "Later": .scheduled])
        let withFuture = try scan(config: "future: true\n").posts.first { $0.title == "Later" }
        XCTAssertEqual(withFuture?.status, .published)
    }

    /// Jekyll takes no file of `_posts` without a date in its own name for a post, whatever its
    /// front matter says, nor one in a folder named with a date; nor does Herald.
    func testAFileWithoutADateInItsNameIsNoPost() throws {
        site.write("_posts/no-date.md", "---\ntitle: Lost\ndate: 2013-03-19\n---\n")
        site.write("_posts/2013-03-19-not-a-post/dubious.markdown", "---\ntitle: Dubious\ndate: 2013-03-19\n---\n")
        site.write("_posts/2013-03-19-a-post/2013-03-20-inside.md", "---\ntitle: Inside\n---\n")
        site.write("_posts/_hidden/2013-03-21-hidden.md", "---\ntitle: Hidden\n---\n")
        site.write("_posts/2013-03-22-_x.md", "---\ntitle: Underscore Inside\n---\n")
        site.write("_other/_posts/2013-03-23-elsewhere.md", "---\ntitle: Elsewhere\n---\n")
        let result = try scan(config: "")
        XCTAssertEqual(Set(result.posts.map(\.title)), ["Inside", "Underscore Inside"])
        XCTAssertEqual(result.problems, [])
    }

    private func post(_ result: PostScanner.Result, _ path: String) throws -> Post {
        try XCTUnwrap(result.posts.first { $0.contentPath == path }, "\(path) not read: \(result.problems)")
    }

    /// jekyllrb.com's shape: `collections.posts.permalink` wins over `permalink`, and the id
    /// jekyll-feed publishes is the URL's folder and the slug.
    func testCollectionsPostsPermalinkWinsOverThePermalinkStyle() throws {
        site.write("_posts/2023-01-20-jekyll-4-3-2-released.markdown", "---\ntitle: Jekyll 4.3.2 Released\n---\n")
        let result = try scan(
            config: "permalink: pretty\ncollections:\n  posts:\n    permalink: /news/:year/:month/:day/:title/\n")
        let released = try post(result, "_posts/2023-01-20-jekyll-4-3-2-released.markdown")
        XCTAssertEqual(released.permalink, "https://jekyll.example.org/news/2023/01/20/jekyll-4-3-2-released/")
        XCTAssertEqual(
            result.posts.first.map { try! configuration().feedID(of: $0) },
            "https://jekyll.example.org/news/2023/01/20/jekyll-4-3-2-released")
    }

    private func configuration() throws -> SiteConfiguration { try SiteConfiguration.detect(siteRoot: site.root) }

    /// A post's own `permalink:` is a pattern too; `:name` is the file's name with its date, and
    /// the id keeps the slug as written.
    func testFrontMatterPermalinkPatternAndID() throws {
        site.write(
            "_posts/2020-01-03-x.md",
            "---\ntitle: X\nslug: My Slug!\npermalink: /custom/:slug/:title/:name:output_ext\n---\n")
        site.write("_posts/2020-01-04-fixed.md", "---\ntitle: Fixed\npermalink: /about/fixed/\n---\n")
        let result = try scan(config: "timezone: UTC\n")
        let custom = try post(result, "_posts/2020-01-03-x.md")
        XCTAssertEqual(custom.permalink, "https://jekyll.example.org/custom/my-slug/My-Slug!/2020-01-03-x.html")
        XCTAssertEqual(custom.identifier, "https://jekyll.example.org/custom/my-slug/My-Slug!/My%20Slug!")
        let fixed = try post(result, "_posts/2020-01-04-fixed.md")
        XCTAssertEqual(fixed.permalink, "https://jekyll.example.org/about/fixed/")
        XCTAssertEqual(fixed.identifier, "https://jekyll.example.org/about/fixed")
    }

    /// Jekyll fails the build on a placeholder it does not know; Herald refuses it where it is written.
    func testAnUnknownPlaceholderIsRefusedWhereItIsWritten() throws {
        site.write("_posts/2020-01-03-x.md", "---\ntitle: X\npermalink: /:year/:nope/\n---\n")
        XCTAssertEqual(
            try scan(config: "").problems.map(\.description),
            [
                "_posts/2020-01-03-x.md:3: permalink: Jekyll has no permalink placeholder :nope, and stops the build on it"
            ])
        XCTAssertThrowsError(try scan(config: "permalink: /:categories/:titel/\n")) { error in
            XCTAssertEqual(
                (error as? ConfigurationError)?.description,
                site.root
                    + "/_config.yml:3: permalink: Jekyll has no permalink placeholder :titel, and stops the build on it"
            )
        }
    }

    /// `defaults:` as Jekyll applies them: by path prefix or glob and by type, a longer path
    /// (or a typed scope) winning; a key the post leaves empty keeps the default; `categories`
    /// are joined with the post's own.
    func testFrontMatterDefaultsByPathAndType() throws {
        let config = """
            timezone: UTC
            defaults:
              - scope: {path: ""}
                values: {author: grace, categories: [all]}
              - scope: {path: "_posts/guides", type: posts}
                values: {permalink: "/guides/:slug:output_ext", author: linus}
              - scope: {path: "_posts/guides"}
                values: {author: ignored}
              - scope: {path: "_posts/*/deep"}
                values: {tags: [globbed]}
              - scope: {type: pages}
                values: {title: Not For Posts}

            """
        site.write("_posts/guides/2022-06-01-first.md", "---\ntitle: First\nauthor:\ncategories: own\n---\n")
        site.write("_posts/guides/deep/2022-06-02-deep.md", "---\n---\n")
        site.write("_posts/2022-06-03-plain.md", "---\ntitle: Plain\n---\n")
        let result = try scan(config: config)
        let first = try post(result, "_posts/guides/2022-06-01-first.md")
        XCTAssertEqual(first.permalink, "https://jekyll.example.org/guides/first.html")
        XCTAssertEqual(first.authors, ["linus"])
        XCTAssertEqual(first.categories, ["all", "own"])
        let deep = try post(result, "_posts/guides/deep/2022-06-02-deep.md")
        XCTAssertEqual(deep.title, "Deep")
        XCTAssertEqual(deep.tags, ["globbed"])
        let plain = try post(result, "_posts/2022-06-03-plain.md")
        XCTAssertEqual(plain.authors, ["grace"])
        XCTAssertEqual(plain.permalink, "https://jekyll.example.org/all/2022/06/03/plain.html")
        XCTAssertEqual(result.problems, [])
    }

    /// `:title` is slugified in Jekyll's pretty mode and keeps its case, `:slug` in the default
    /// mode; Addressable then escapes and NFKC-normalises the URL, and a `..` becomes `/`.
    func testSlugsAndEscapingAsJekyllMakesThem() throws {
        site.write("_posts/2020-01-01-Hello World.md", "---\n---\n")
        site.write("_posts/2020-01-02-café-ﬁx.md", "---\n---\n")
        site.write("_posts/2020-01-08-a..b.md", "---\n---\n")
        site.write("_posts/2020-01-09-special-(+)-ends-.md", "---\n---\n")
        site.write("_posts/2020-01-10-hash-#1.md", "---\n---\n")
        site.write("_posts/2020-01-11-trailing-dots...md", "---\n---\n")
        let result = try scan(config: "timezone: UTC\npermalink: /:year/:title/\n")
        let expected = [
            "_posts/2020-01-01-Hello World.md": ("/2020/Hello-World/", "/2020/Hello%20World"),
            "_posts/2020-01-02-café-ﬁx.md": ("/2020/caf%C3%A9-fix/", "/2020/caf%C3%A9-fix"),
            "_posts/2020-01-08-a..b.md": ("/2020/a/b/", "/2020/a/a..b"),
            "_posts/2020-01-09-special-(+)-ends-.md": ("/2020/special-(+)-ends/", "/2020/special-(+)-ends-"),
            "_posts/2020-01-10-hash-#1.md": ("/2020/hash-1/", "/2020/hash-#1"),
            "_posts/2020-01-11-trailing-dots...md": ("/2020/trailing-dots/", "/2020/trailing-dots"),
        ]
        for (path, (permalink, id)) in expected {
            let read = try post(result, path)
            XCTAssertEqual(read.permalink, "https://jekyll.example.org" + permalink, path)
            XCTAssertEqual(read.identifier, "https://jekyll.example.org" + id, path)
        }
    }

    /// Jekyll titles an untitled post from its file name (`Utils.titleize_slug`); a title
    /// written empty stays empty. jekyll-feed shows titles smartified and without tags.
    func testTitlesAsJekyllAndJekyllFeedMakeThem() throws {
        site.write("_posts/2013-12-12-dec-the-second.md", "---\nexcerpt: Foo\n---\n")
        site.write("_posts/2013-12-13-Hello World.md", "---\ntitle:\n---\n")
        site.write("_posts/2013-12-14-empty.md", "---\ntitle: \"\"\n---\n")
        site.write(
            "_posts/2013-12-15-marked-up.md",
            "---\ntitle: <span class=\"x\">Jekyll's</span> \"Mid-Life\" crisis -- 1 < 2...\n---\n")
        site.write("_posts/2013-12-16-no-front-matter.md", "Text only.\n")
        let titles = Dictionary(uniqueKeysWithValues: try scan(config: "").posts.map { ($0.contentPath, $0.title) })
        XCTAssertEqual(
            titles,
            [
                "_posts/2013-12-12-dec-the-second.md": "Dec The Second",
                "_posts/2013-12-13-Hello World.md": "Hello world",
                "_posts/2013-12-14-empty.md": "",
                "_posts/2013-12-15-marked-up.md": "Jekyll’s “Mid-Life” crisis – 1 < 2…",
                "_posts/2013-12-16-no-front-matter.md": "No Front Matter",
            ])
    }

    /// Every file of `_posts` is a post: in HTML, or in an extension `markdown_ext` lists, its
    /// address ends in `.html`; in any other, in its own extension (Jekyll's `Identity`).
    func testHTMLPostsAndMarkdownExtensions() throws {
        site.write("_posts/2015-05-12-pre.html", "---\ntitle: Pre\n---\n<pre>x</pre>\n")
        site.write("_posts/2015-05-13-mdx.mdx", "---\ntitle: MDX\n---\nx\n")
        site.write("_posts/2015-05-14-plain.md", "---\ntitle: Plain\n---\nx\n")
        site.write("_posts/2015-05-15-text.text", "---\ntitle: Text\n---\nx\n")
        func endings(_ config: String) throws -> [String: String] {
            Dictionary(
                uniqueKeysWithValues: try scan(config: config).posts.map {
                    ($0.title, String($0.permalink.split(separator: ".").last ?? ""))
                })
        }
        XCTAssertEqual(try endings(""), ["Pre": "html", "MDX": "mdx", "Plain": "html", "Text": "text"])
        XCTAssertEqual(
            try endings("markdown_ext: mdx,MD\n"), ["Pre": "html", "MDX": "html", "Plain": "html", "Text": "text"])
    }

    /// Dates as Ruby's `Time.parse` reads them, shown in the site's timezone; what follows a
    /// clock that is not a zone is ignored, as Ruby ignores it.
    func testDatesAsRubyTimeParseReadsThem() throws {
        site.write("_posts/2010-01-09-a.md", "---\ntitle: A\ndate: 2010-01-10 13:07:09 +00:00\n---\n")
        site.write("_posts/2023-01-29-b.md", "---\ntitle: B\ndate: 2023-01-29 18:30:22 -0800\n---\n")
        site.write("_posts/2023-01-29-c.md", "---\ntitle: C\ndate: 2023-01-29 18:30:22 2023 -0800\n---\n")
        site.write("_posts/2023-01-29-d.md", "---\ntitle: D\ndate: 2023-1-9 8:30\n---\n")
        site.write(
            "_posts/2015-01-18-e.md", "---\ntitle: E\nlast_modified_at: 2015-05-12T13:27:59+00:00\n---\n")
        site.write("_posts/2015-01-19-f.md", "---\ntitle: F\ndate: 29 Jan 2023\n---\n")
        site.write("_posts/2015-01-20-g.md", "---\ntitle: G\ndate: next tuesday\n---\n")
        let result = try scan(config: "timezone: America/Los_Angeles\n")
        let dates = Dictionary(uniqueKeysWithValues: result.posts.map { ($0.title, $0.date?.rfc3339) })
        XCTAssertEqual(
            dates,
            [
                "A": "2010-01-10T05:07:09-08:00", "B": "2023-01-29T18:30:22-08:00", "C": "2023-01-29T18:30:22-08:00",
                "D": "2023-01-09T08:30:00-08:00", "E": "2015-01-18T00:00:00-08:00", "F": "2023-01-29T00:00:00-08:00",
            ])
        XCTAssertEqual(result.posts.first { $0.title == "E" }?.lastmod?.rfc3339, "2015-05-12T06:27:59-07:00")
        XCTAssertEqual(
            result.problems.map(\.description),
            [
                "_posts/2015-01-20-g.md:3: date: 'next tuesday' is not a date Herald can read; write 2006-01-02 or 2006-01-02 15:04:05 -0700"
            ])
    }

    /// jekyll-feed's author: `author` (a key of `_data/authors.yml` or a table), else the first
    /// of `authors`, else the site's; with the e-mail and address the data gives.
    func testAuthorsFromTheDataFile() throws {
        site.write(
            "_data/authors.yml",
            "garth:\n  name: Garth\n  email: g@example.org\n  uri: https://garth.example.org\nlinus: Linus T\n")
        site.write("_posts/2016-04-25-a.md", "---\ntitle: A\nauthor: garth\n---\n")
        site.write(
            "_posts/2016-04-26-b.md", "---\ntitle: B\nauthor:\n  name: Ben\n  email: ben@example.org\n---\n")
        site.write("_posts/2016-04-27-c.md", "---\ntitle: C\nauthors: [linus, garth]\n---\n")
        site.write("_posts/2016-04-28-d.md", "---\ntitle: D\n---\n")
        let posts = Dictionary(uniqueKeysWithValues: try scan(config: "author: garth\n").posts.map { ($0.title, $0) })
        XCTAssertEqual(posts["A"]?.authors, ["Garth"])
        XCTAssertEqual(posts["A"]?.authorEmail, "g@example.org")
        XCTAssertEqual(posts["A"]?.authorURI, "https://garth.example.org")
        XCTAssertEqual(posts["B"]?.authors, ["Ben"])
        XCTAssertEqual(posts["B"]?.authorEmail, "ben@example.org")
        XCTAssertNil(posts["B"]?.authorURI)
        XCTAssertEqual(posts["C"]?.authors, ["Linus T", "Garth"])
        XCTAssertNil(posts["C"]?.authorEmail)
        XCTAssertEqual(posts["D"]?.authors, ["Garth"])
    }

    /// jekyll-feed ignores a front matter `id`: its entry id is always the post's.
    func testAFrontMatterIDDoesNotReplaceJekyllsPostID() throws {
        site.write("_posts/2016-04-25-imported.md", "---\ntitle: Imported\nid: 1234\n---\n")
        XCTAssertEqual(
            try scan(config: "").posts.first?.identifier, "https://jekyll.example.org/2016/04/25/imported")
    }

    /// The summary jekyll-feed writes: `description`, else `excerpt`, else the body up to the
    /// excerpt separator (the first blank line, or the post's or the site's own), with the link
    /// definitions it uses; tags stripped, white space collapsed. An HTML post stays HTML.
    func testSummariesAsJekyllFeedWritesThem() throws {
        site.write("_posts/2014-03-02-described.md", "---\ndescription: cool <em>post</em>\nexcerpt: no\n---\nx\n")
        site.write("_posts/2014-03-03-excerpt.md", "---\nexcerpt: \"Foo\"\n---\nBody\n")
        site.write("_posts/2014-03-04-empty.md", "---\nexcerpt: \"\"\n---\nBody\n")
        site.write(
            "_posts/2014-03-05-first.md",
            "---\n---\n\n\nSee [the docs][d]  *now*.\n\nMore.\n\n[d]: https://example.org/\n")
        site.write("_posts/2014-03-06-own.md", "---\nexcerpt_separator: <!--more-->\n---\nOne\n\nTwo<!--more-->Three\n")
        site.write("_posts/2014-03-07-crlf.md", "---\r\n---\r\nLine one\r\n\r\nLine two\r\n")
        site.write("_posts/2014-03-08-page.html", "---\n---\n<p>Raw\n\nHTML</p>\n")
        let scanned = try scan(config: "")
        let renderer = PostRenderer(site: try configuration(), posts: scanned.posts)
        var summaries: [String: String] = [:]
        var contents: [String: String] = [:]
        for post in scanned.posts {
            let rendered = try renderer.render(post).get()
            summaries[post.contentPath] = rendered.summaryHTML
            contents[post.contentPath] = rendered.html
        }
        XCTAssertEqual(
            summaries,
            [
                "_posts/2014-03-02-described.md": "cool post", "_posts/2014-03-03-excerpt.md": "Foo",
                "_posts/2014-03-04-empty.md": "", "_posts/2014-03-05-first.md": "See the docs now.",
                "_posts/2014-03-06-own.md": "One Two", "_posts/2014-03-07-crlf.md": "Line one Line two",
                "_posts/2014-03-08-page.html": "Raw",
            ])
        XCTAssertEqual(contents["_posts/2014-03-08-page.html"], "<p>Raw\n\nHTML</p>\n")
    }
}
