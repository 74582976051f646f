import XCTest

@testable import Site

final class SiteConfigurationTests: XCTestCase {
    private var site: TemporarySite!

    override func setUp() {
        site = TemporarySite()
    }

    private func loadError(_ definition: String) -> String {
        let path = site.write("site.toml", definition)
        do {
            _ = try SiteDefinition.load(configFile: path).site
            return "no error"
        } catch {
            return error.description.replacingOccurrences(of: site.root + "/", with: "")
        }
    }

    func testUnknownKeyNamesFileLineAndKeyWithASuggestion() {
        XCTAssertEqual(
            loadError("[site]\ncontent = 'posts'\nbase_url = 'https://x.example/'\ntimezon = 'UTC'\n"),
            "site.toml:4: site.timezon: unknown key (did you mean 'timezone'?); known keys are "
                + SiteConfiguration.siteKeys.joined(separator: ", "))
    }

    func testUnknownTableIsAnError() {
        XCTAssertTrue(loadError("[sites]\ncontent = 'x'\n").hasPrefix("site.toml:1: sites: unknown key"))
    }

    func testWrongTypeNamesTheKeyAndLine() {
        XCTAssertEqual(
            loadError("[site]\ncontent = 'posts'\nbase_url = 'https://x.example/'\n\nraw_html = 'yes'\n"),
            "site.toml:5: site.raw_html: expected true or false, found string")
    }

    func testTOMLSyntaxErrorNamesTheLine() {
        XCTAssertTrue(loadError("[site]\ncontent = 'posts\n").hasPrefix("site.toml:2: TOML:"))
    }

    /// A NUL byte cut the rest of a Hugo configuration off without a word, changing every id.
    func testANULByteInHugoConfigurationIsAnErrorAtItsLine() {
        site.write("hugo.toml", "baseURL = 'https://x.example/'\n# \u{0}\ntitle = 'Blog'\n")
        XCTAssertThrowsError(try SiteDefinition.detect(siteRoot: site.root)) { error in
            XCTAssertEqual(
                "\(error)".replacingOccurrences(of: site.root + "/", with: ""),
                "hugo.toml:2: TOML: a NUL byte; the file is damaged or not text")
        }
    }

    func testUnknownTimezone() {
        XCTAssertEqual(
            loadError("[site]\ncontent = 'p'\nbase_url = 'https://x.example/'\ntimezone = 'Mars/Olympus'\n"),
            "site.toml:4: site.timezone: unknown timezone 'Mars/Olympus'; use an IANA name such as Europe/Berlin or UTC"
        )
    }

    func testStandaloneDefinitionNeedsAnAbsoluteAddress() {
        XCTAssertEqual(
            loadError("[site]\ncontent = 'p'\nbase_url = '/blog/'\n"),
            "site.toml:3: site.base_url: the site needs an absolute address such as https://blog.example.org/ (found '/blog/')"
        )
    }

    /// Every link is the base address and a path: without a host, or with a query, none can work.
    func testABaseAddressWithoutAHostOrWithAQueryIsRefused() {
        for address in [
            "https://", "https:///blog/", "https://example.org/a?>b/", "https://example.org/#top/",
            "https://ex ample.org/",
        ] {
            XCTAssertEqual(
                loadError("[site]\ncontent = 'p'\nbase_url = '\(address)'\n"),
                "site.toml:3: site.base_url: the site needs an absolute address such as https://blog.example.org/ (found '\(address)')"
            )
        }
    }

    /// An unusable address in the generator's own file is reported at its line there.
    func testAnUnusableGeneratorAddressNamesItsFileAndLine() throws {
        site.write("_config.yml", "title: Blog\nurl: https://a b.example.org\n")
        let jekyll = try SiteConfiguration.detect(siteRoot: site.root)
        XCTAssertThrowsError(try jekyll.requireAbsoluteBaseURL()) { error in
            XCTAssertTrue(
                "\(error)".hasPrefix(site.root + "/_config.yml:2: url: feeds and announcements need"), "\(error)")
        }
        site.write("hugo.toml", "title = 'Blog'\n\nbaseURL = 'https://[::1/'\n")
        let hugo = try SiteConfiguration.detect(siteRoot: site.root)
        XCTAssertThrowsError(try hugo.requireAbsoluteBaseURL()) { error in
            XCTAssertTrue(
                "\(error)".hasPrefix(site.root + "/hugo.toml:3: baseURL: feeds and announcements need"), "\(error)")
        }
    }

    func testStandaloneDefinition() throws {
        let path = site.write(
            "feeds/blog.toml",
            """
            [site]
            content = "../posts"
            title = "Blog"
            base_url = "https://blog.example.org"
            timezone = "Asia/Tokyo"
            permalinks = { posts = "/:year/:slug/" }
            sections = ["posts"]
            max_post_bytes = 1000
            """)
        let configuration = try SiteDefinition.load(configFile: path).site
        XCTAssertEqual(configuration.baseURL, "https://blog.example.org/")
        XCTAssertEqual(configuration.contentDirectory, site.root + "/posts")
        XCTAssertEqual(configuration.timeZone.identifier, "Asia/Tokyo")
        XCTAssertEqual(configuration.permalinks, ["posts": "/:year/:slug/"])
        XCTAssertEqual(configuration.sections, ["posts"])
        XCTAssertEqual(configuration.maxPostBytes, 1000)
    }

    func testSourceReadsHugoConfigurationAndOverridesIt() throws {
        site.write(
            "blog/hugo.yaml",
            """
            baseURL: https://hugo.example.org/
            Title: From Hugo
            languageCode: de-de
            timeZone: Europe/Zurich
            contentDir: texts
            permalinks:
              posts: /:year/:month/:title/
            params:
              author: Grace
              mainSections: [posts]
            markup:
              goldmark:
                renderer:
                  unsafe: true
            """)
        let path = site.write("blog.toml", "[site]\nsource = 'blog'\ntitle = 'Overridden'\n")
        let configuration = try SiteDefinition.load(configFile: path).site
        XCTAssertEqual(configuration.generator, .hugo)
        XCTAssertEqual(configuration.title, "Overridden")
        XCTAssertEqual(configuration.baseURL, "https://hugo.example.org/")
        XCTAssertEqual(configuration.languageCode, "de-de")
        XCTAssertEqual(configuration.timeZone.identifier, "Europe/Zurich")
        XCTAssertEqual(configuration.contentDirectory, site.root + "/blog/texts")
        XCTAssertEqual(configuration.permalinks, ["posts": "/:year/:month/:title/"])
        XCTAssertEqual(configuration.author, "Grace")
        XCTAssertEqual(configuration.sections, ["posts"])
        XCTAssertTrue(configuration.markdown.allowsRawHTML)
    }

    func testHugoConfigurationPrefersHugoTomlAndReadsJSON() throws {
        site.write("hugo.json", "{\"baseURL\": \"https://json.example.org\", \"title\": \"JSON\"}")
        site.write("config.toml", "baseURL = 'https://old.example.org/'\n")
        let configuration = try SiteConfiguration.detect(siteRoot: site.root)
        XCTAssertEqual(configuration.title, "JSON")
        XCTAssertEqual(configuration.baseURL, "https://json.example.org/")
    }

    func testHugoConfigurationWithAWrongType() {
        site.write("hugo.toml", "baseURL = 'https://x.example/'\n[markup.goldmark.renderer]\nunsafe = 'yes'\n")
        XCTAssertThrowsError(try SiteConfiguration.detect(siteRoot: site.root)) { error in
            XCTAssertEqual(
                (error as? ConfigurationError)?.description,
                site.root + "/hugo.toml:3: markup.goldmark.renderer.unsafe: expected true or false, found string")
        }
    }

    func testJekyllConfiguration() throws {
        site.write(
            "_config.yml",
            "title: Jekyll Blog\nurl: https://jekyll.example.org\nbaseurl: /blog\ntimezone: America/Chicago\npermalink: pretty\nfuture: true\n"
        )
        let configuration = try SiteConfiguration.detect(siteRoot: site.root)
        XCTAssertEqual(configuration.generator, .jekyll)
        XCTAssertEqual(configuration.baseURL, "https://jekyll.example.org/blog/")
        XCTAssertEqual(configuration.permalinks, ["": "pretty"])
        XCTAssertTrue(configuration.publishesFuture)
        XCTAssertEqual(configuration.timeZone.identifier, "America/Chicago")
    }

    func testNeitherHugoNorJekyll() {
        XCTAssertThrowsError(try SiteConfiguration.detect(siteRoot: site.root)) { error in
            XCTAssertEqual(
                (error as? ConfigurationError)?.description,
                site.root
                    + ": neither a Hugo site (no hugo.toml, config.toml or config/_default/) nor a Jekyll site (no _config.yml or _posts/)"
            )
        }
    }

    /// The folder a path is in, never empty and never a trap: Foundation's NSString traps on a
    /// path of one character.
    func testTheFolderOfAPath() {
        XCTAssertEqual("a/b".parentPath, "a")
        XCTAssertEqual("a/b/".parentPath, "a")
        XCTAssertEqual("/a".parentPath, "/")
        XCTAssertEqual("/".parentPath, "/")
        XCTAssertEqual("a".parentPath, ".")
        XCTAssertEqual(" ".parentPath, ".")
        XCTAssertEqual("index.xml".parentPath, ".")
        XCTAssertEqual("//x//y".parentPath, "//x")
    }
}
