import XCTest

@testable import Site

/// Hugo's `cascade` as current Hugo documents it, where Debian's Hugo 0.111 cannot judge: the
/// `target` spelling, `sites.matrix.languages`, kinds and environments, and what Hugo refuses.
final class HugoCascadeTests: XCTestCase {
    private var site: TemporarySite!

    override func setUp() {
        site = TemporarySite()
    }

    private func scan(environment: String = "production") throws -> PostScanner.Result {
        let configuration = try SiteConfiguration.hugo(siteRoot: site.root, environment: environment)
        return try PostScanner(site: configuration, now: Date(timeIntervalSince1970: 1_900_000_000)).scan()
    }

    private func post(_ path: String, _ front: String = "") {
        site.write("content/" + path, "---\ntitle: \(path)\ndate: 2024-03-01\n\(front)---\nx\n")
    }

    func testGlobsAsHugoCompilesThem() {
        let cases: [(String, String, Bool)] = [
            ("/posts/**", "/posts/a/b", true), ("/posts/**", "/posts", false), ("/posts/*", "/posts/a/b", false),
            ("/posts/*", "/posts/a", true), ("{/posts,/posts/**}", "/posts", true), ("/p?st", "/post", true),
            ("/p?st", "/p/st", false), ("/[a-c]x", "/bx", true), ("/[!a-c]x", "/bx", false), ("/a\\*", "/a*", true),
            ("/a\\*", "/ab", false), ("/{a,b{c,d}}/x", "/bd/x", true), ("/{a,b{c,d}}/x", "/b/x", false),
            ("**", "", true), ("/s1**", "/s1/p1", true),
        ]
        for (pattern, text, expected) in cases {
            XCTAssertEqual(HugoGlob(pattern)?.matches(text), expected, "\(pattern) on \(text)")
        }
        XCTAssertNil(HugoGlob("/[ab"), "an unclosed class")
        XCTAssertNil(HugoGlob("/{a,b"), "an unclosed choice")
        XCTAssertNil(HugoGlob(String(repeating: "{a,b}", count: 9)), "more choices than are worth trying")
        let stars = HugoGlob(String(repeating: "*a", count: 40) + "b")!
        XCTAssertFalse(stars.matches(String(repeating: "a", count: 400)), "stars cost the text's length")
    }

    func testCurrentHugosTargetKindAndLanguagesChooseThePages() throws {
        site.write(
            "hugo.toml",
            "baseURL = 'https://c.example/'\ndefaultContentLanguage = 'en'\n[languages.en]\nweight = 1\n"
                + "[languages.fr]\nweight = 2\n")
        site.write(
            "content/posts/_index.md",
            """
            ---
            cascade:
              - tags: [everywhere]
                target:
                  kind: '{page,section}'
                  sites:
                    matrix:
                      languages: ['*']
              - tags: [sections only]
                categories: [never on a post]
                target:
                  kind: section
              - categories: [english]
            ---

            """)
        site.write("content/posts/_index.fr.md", "---\ncascade:\n  description: French\n---\n")
        post("posts/hello.md")
        post("posts/hello.fr.md")
        post("posts/own.md", "tags: [mine]\n")
        let posts = try scan().posts
        XCTAssertEqual(posts.map(\.contentPath), ["posts/hello.fr.md", "posts/hello.md", "posts/own.md"])
        XCTAssertEqual(posts.map(\.tags), [["everywhere"], ["everywhere"], ["mine"]])
        XCTAssertEqual(
            posts.map(\.categories), [[], ["english"], ["english"]], "a list page's cascade is for its language")
        XCTAssertEqual(posts.map(\.description), ["French", nil, nil])
    }

    func testTheConfigurationsCascadeIsTheFarthestAndMayNameAnEnvironment() throws {
        site.write(
            "hugo.toml",
            """
            baseURL = 'https://c.example/'
            [[cascade]]
            tags = ['site']
            categories = ['site']
            [[cascade]]
            draft = true
            [cascade.target]
            environment = 'staging'
            path = '/notes/**'

            """)
        site.write("content/_index.md", "---\ncascade:\n  tags: [home]\n---\n")
        post("posts/a.md")
        post("notes/n.md")
        XCTAssertEqual(try scan().posts.map(\.tags), [["home"], ["home"]])
        XCTAssertEqual(try scan().posts.map(\.categories), [["site"], ["site"]])
        XCTAssertEqual(try scan().posts.map(\.isDraft), [false, false])
        XCTAssertEqual(try scan(environment: "staging").posts.map(\.isDraft), [true, false])
    }

    /// Current Hugo keeps rules in order, a list page's first; a rule above it for the same
    /// target fills in the closer one's, so it comes before the closer list page's other targets.
    func testAFartherRuleForTheSameTargetComesBeforeACloserOneForAnother() throws {
        site.write("hugo.toml", "baseURL = 'https://c.example/'\n")
        site.write("content/_index.md", "---\ncascade:\n  date: 2019-01-01\n---\n")
        site.write(
            "content/posts/_index.md",
            "---\ncascade:\n  - date: 2020-02-02\n    target:\n      path: '/posts/deep/**'\n---\n")
        site.write("content/posts/deep/_index.md", "---\ncascade:\n  weight: 3\n---\n")
        site.write("content/posts/deep/d.md", "---\ntitle: D\n---\n")
        site.write("content/posts/p.md", "---\ntitle: P\n---\n")
        let posts = try scan().posts
        XCTAssertEqual(posts.map(\.date?.rfc3339), ["2019-01-01T00:00:00Z", "2019-01-01T00:00:00Z"])
        XCTAssertEqual(posts.map(\.weight), [3, 0])
    }

    func testALogicalPathHasNoExtensionLanguageOrCapitals() throws {
        site.write("hugo.toml", "baseURL = 'https://c.example/'\n[languages.en]\n[languages.de]\n")
        site.write(
            "content/_index.md",
            "---\ncascade:\n  - tags: [matched]\n    target:\n      path: '{/posts/my-trip,/posts/road-notes}'\n---\n")
        post("posts/My Trip.md")
        post("posts/Road-Notes/index.md")
        post("posts/other.md")
        XCTAssertEqual(try scan().posts.map(\.tags), [["matched"], ["matched"], []])
    }

    /// What Hugo refuses in a cascade is the list page's problem, and its posts are read without it.
    func testACascadeHugoRefusesIsReportedAtItsLine() throws {
        site.write("hugo.toml", "baseURL = 'https://c.example/'\n")
        post("posts/a.md")
        let expectations = [
            (
                "---\ncascade:\n  kind: page\n---\n",
                "content/posts/_index.md:3: cascade: kind cannot be cascaded; Hugo refuses it there"
            ),
            (
                "---\ncascade: draft\n---\n",
                "content/posts/_index.md:2: cascade: expected a table of front matter, or a list of them; found a string"
            ),
            (
                "---\ncascade:\n  draft: true\n  target:\n    kind: pages\n---\n",
                "content/posts/_index.md:5: cascade: target kind matches no kind of page (page, home, section, taxonomy, term)"
            ),
            (
                "---\ncascade:\n  draft: true\n  _target:\n    path: '/posts/{a'\n---\n",
                "content/posts/_index.md:5: cascade: target path: '/posts/{a' is not a glob pattern Hugo can read"
            ),
        ]
        for (front, expected) in expectations {
            site.write("content/posts/_index.md", front)
            let result = try scan()
            XCTAssertEqual(result.problems.map(\.description), [expected])
            XCTAssertEqual(result.posts.map(\.isDraft), [false])
        }
        site.write("hugo.toml", "baseURL = 'https://c.example/'\n[cascade]\npath = '/x'\n")
        XCTAssertThrowsError(try scan()) { error in
            XCTAssertEqual(
                "\(error)", "\(site.root)/hugo.toml:3: cascade: cascade: path cannot be cascaded; Hugo refuses it there"
            )
        }
    }
}
