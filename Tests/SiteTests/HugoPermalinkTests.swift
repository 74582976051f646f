import XCTest

@testable import Site

/// Expected permalinks are what Hugo 0.111 printed in `hugo list all` for the same files.
final class HugoPermalinkTests: XCTestCase {
    private var site: TemporarySite!

    override func setUp() {
        site = TemporarySite()
    }

    private func permalinks(config: String = "") throws -> [String: String] {
        site.write("hugo.toml", "baseURL = 'https://example.org/'\n" + config)
        let result = try PostScanner(site: try SiteConfiguration.detect(siteRoot: site.root)).scan()
        XCTAssertEqual(result.problems, [])
        return Dictionary(
            uniqueKeysWithValues: result.posts.map { ($0.contentPath, String($0.permalink.dropFirst(19))) })
    }

    private func post(_ path: String, _ frontMatter: String = "title: T") {
        site.write("content/" + path, "---\n\(frontMatter)\n---\n")
    }

    func testPathsFromFiles() throws {
        post("posts/My File.md")
        post("posts/sub/dir/x.md")
        post("posts/Sub Dir/Deeper Ünï/x y.md")
        post("posts/bundle/index.md")
        post("about.md")
        post("Posts2/UpperCase File.md")
        post("posts/weird: name! (1) & [x] #y +z ~w @v %20 \"q\".md")
        post("posts/v1.2.3.md")
        post("posts/k.markdown")
        let links = try permalinks()
        XCTAssertEqual(links["posts/My File.md"], "/posts/my-file/")
        XCTAssertEqual(links["posts/sub/dir/x.md"], "/posts/sub/dir/x/")
        XCTAssertEqual(links["posts/Sub Dir/Deeper Ünï/x y.md"], "/posts/sub-dir/deeper-%C3%BCn%C3%AF/x-y/")
        XCTAssertEqual(links["posts/bundle/index.md"], "/posts/bundle/")
        XCTAssertEqual(links["about.md"], "/about/")
        XCTAssertEqual(links["Posts2/UpperCase File.md"], "/posts2/uppercase-file/")
        XCTAssertEqual(
            links["posts/weird: name! (1) & [x] #y +z ~w @v %20 \"q\".md"], "/posts/weird-name-1-x-#y-+z-~w-@v-%20-q/")
        XCTAssertEqual(links["posts/v1.2.3.md"], "/posts/v1.2.3/")
        XCTAssertEqual(links["posts/k.markdown"], "/posts/k/")
    }

    func testSlugAndURL() throws {
        post("posts/a.md", "title: A\nslug: My Custom Slug!")
        post("posts/b.md", "title: B\nslug: Ünï Slug")
        post("posts/c.md", "title: C\nurl: /Upper/Case Dir/Ünï")
        post("posts/d.md", "title: D\nurl: /custom/page.html")
        post("posts/e.md", "title: E\nurl: no-leading/slash.xml")
        post("posts/f.md", "title: F\nslug: ignored\nurl: /su/")
        let links = try permalinks(config: "[permalinks]\nposts = '/:year/:title/'\n")
        XCTAssertEqual(links["posts/a.md"], "/1/a/", "a pattern uses :title, not the slug")
        XCTAssertEqual(links["posts/c.md"], "/Upper/Case%20Dir/%C3%9Cn%C3%AF/")
        XCTAssertEqual(links["posts/d.md"], "/custom/page.html")
        XCTAssertEqual(links["posts/e.md"], "/no-leading/slash.xml")
        XCTAssertEqual(links["posts/f.md"], "/su/")
        let plain = try permalinks()
        XCTAssertEqual(plain["posts/a.md"], "/posts/my-custom-slug/")
        XCTAssertEqual(plain["posts/b.md"], "/posts/%C3%BCn%C3%AF-slug/")
    }

    func testPatternTokens() throws {
        post("posts/p1.md", "title: 'Hello, World! Ünïcode'\ndate: 2023-12-31T23:30:00-05:00")
        post("posts/p2.md", "title: No Date")
        post("posts/p3.md", "title: Pub Only\npublishDate: 2022-02-03")
        post("a/a1.md", "title: A1\ndate: 2023-03-05T10:00:00Z")
        post("b/b1.md", "title: B No Slug Title")
        post("b/b2.md", "title: B2\nslug: B Slug")
        post("c/My File.md")
        post("c/cbund/index.md")
        post("e/e1.md", "title: E One\ndate: 2023-03-05")
        site.write("content/f/_index.md", "---\ntitle: F\n---\n")
        site.write("content/f/g1/_index.md", "---\ntitle: G1\n---\n")
        site.write("content/f/g1/g2/_index.md", "---\ntitle: G2\n---\n")
        post("f/g1/g2/deep.md", "title: Deep F")
        post("f/g1/mid.md", "title: Mid F")
        post("f/top.md", "title: Top F")
        post("g/g.md", "title: G Page")
        post("h/Sub/h1.md", "title: H One")
        post("q/q1.md", "title: C++ & C# 100% a+b ~x @y a%20b\ndate: 2023-01-01")
        let links = try permalinks(
            config: """
                [permalinks]
                posts = "/:year/:month/:day/:title/"
                a = "/:monthname/:weekday/:weekdayname/:yearday/:section/:sections/"
                b = "/:slug/"
                c = "/:filename/"
                e = "/:06/:Jan/:2006-01-02/:title"
                f = "/:sections[1:]/:sections[last]/:sections[0]/:title/"
                g = "/x/:title.html"
                h = "/:section/:title"
                q = "/:year/:title/"
                """)
        XCTAssertEqual(links["posts/p1.md"], "/2023/12/31/hello-world-%C3%BCn%C3%AFcode/")
        XCTAssertEqual(links["posts/p2.md"], "/1/01/01/no-date/")
        XCTAssertEqual(links["posts/p3.md"], "/2022/02/03/pub-only/")
        XCTAssertEqual(links["a/a1.md"], "/march/0/sunday/64/a/a/")
        XCTAssertEqual(links["b/b1.md"], "/b-no-slug-title/")
        XCTAssertEqual(links["b/b2.md"], "/b-slug/")
        XCTAssertEqual(links["c/My File.md"], "/my-file/")
        XCTAssertEqual(links["c/cbund/index.md"], "/cbund/")
        XCTAssertEqual(links["e/e1.md"], "/23/mar/2023-01-02/e-one/")
        XCTAssertEqual(links["f/g1/g2/deep.md"], "/g1/g2/g2/f/deep-f/")
        XCTAssertEqual(links["f/g1/mid.md"], "/g1/g1/f/mid-f/")
        XCTAssertEqual(links["f/top.md"], "/f/f/top-f/")
        XCTAssertEqual(links["g/g.md"], "/x/g-page.html/")
        XCTAssertEqual(links["h/Sub/h1.md"], "/h/h-one/")
        XCTAssertEqual(links["q/q1.md"], "/2023/c-c#-100-a-b-~x-@y-a-b/")
    }

    /// YAML numbers as titles become text the way Hugo prints them (values from `hugo list all`).
    func testNumericTitlesReadAsHugoReadsThem() throws {
        for (name, title) in [("a", "1e3"), ("b", "1.0"), ("c", "0x1F"), ("d", "017"), ("e", "1_000"), ("f", "1.5")] {
            post("posts/\(name).md", "title: \(title)\ndate: 2024-01-01")
        }
        let links = try permalinks(config: "[permalinks]\nposts = '/:title/'\n")
        XCTAssertEqual(
            ["a", "b", "c", "d", "e", "f"].map { links["posts/\($0).md"] },
            ["/1000/", "/1/", "/31/", "/15/", "/1000/", "/1.5/"])
    }

    func testANegativeSectionsSliceIsClamped() throws {
        post("posts/a.md", "title: A")
        XCTAssertEqual(
            try permalinks(config: "[permalinks]\nposts = '/:sections[-1:]/:slug/'\n")["posts/a.md"], "/posts/a/")
    }

    func testSectionKeysMatchOnlyLowercaseFolders() throws {
        post("Blog/u.md", "title: U")
        let links = try permalinks(config: "[permalinks]\nBlog = '/b/:title/'\n")
        XCTAssertEqual(links["Blog/u.md"], "/blog/u/")
    }

    /// Hugo 0.111 falls back to the content path (found by the fuzzer: the site's root before).
    func testAPatternThatExpandsToNothingGivesWayToTheContentPath() throws {
        post("posts/untitled.md", "date: 2024-01-01")
        XCTAssertEqual(
            try permalinks(config: "[permalinks]\nposts = ':title'\n")["posts/untitled.md"], "/posts/untitled/")
    }

    func testUglyURLsAndCaseAndAccentOptions() throws {
        post("posts/My File.md")
        post("posts/bundle/index.md")
        post("About/Café Ünïcode.md")
        XCTAssertEqual(try permalinks(config: "uglyURLs = true\n")["posts/My File.md"], "/posts/my-file.html")
        XCTAssertEqual(try permalinks(config: "uglyURLs = true\n")["posts/bundle/index.md"], "/posts/bundle.html")
        XCTAssertEqual(
            try permalinks(config: "disablePathToLower = true\n")["About/Café Ünïcode.md"],
            "/About/Caf%C3%A9-%C3%9Cn%C3%AFcode/")
        XCTAssertEqual(
            try permalinks(config: "removePathAccents = true\n")["About/Café Ünïcode.md"], "/about/cafe-unicode/")
    }

    /// Current Hugo's bounds: a section index past the end is nothing (Hugo 0.111 panics there).
    func testASectionIndexPastTheEndIsNothing() throws {
        post("more/deep/_index.md")
        post("more/deep/m.md", "title: More")
        let links = try permalinks(config: "[permalinks]\nmore = '/:sections[9]/:sections[1:9]/:slug/'\n")
        XCTAssertEqual(links["more/deep/m.md"], "/deep/more/")
    }
}
