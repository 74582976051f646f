import Foundation
import XCTest

/// A Hugo site's feeds as Hugo writes them, with Hugo 0.111 as the oracle: for the taxonomies
/// it configures, the kinds of page it gives RSS, the pages its build options list, in Hugo's
/// order. Every feed Hugo writes for a section or a term, Herald writes at the same path with
/// the same items in the same order, each taxonomy's list of terms (`tags/index.xml`) too.
final class HugoFeedTests: XCTestCase {
    /// The item links of each RSS feed below `root`, by path.
    private func feeds(_ root: String) throws -> [String: [String]] {
        try captures("<item>.*?<link>([^<]*)</link>", inFeedsBelow: root)
    }

    /// The channel title and the item titles of each RSS feed below `root`, by path.
    private func titles(_ root: String) throws -> [String: [String]] {
        try captures("<title>([^<]*)</title>", inFeedsBelow: root)
    }

    /// What the first group of `pattern` matches, in order, in each RSS feed below `root`.
    private func captures(_ pattern: String, inFeedsBelow root: String) throws -> [String: [String]] {
        let expression = try NSRegularExpression(pattern: pattern, options: .dotMatchesLineSeparators)
        var found: [String: [String]] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: root) where path.hasSuffix("index.xml") {
            let text = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            found[path] = expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
                String(text[Range($0.range(at: 1), in: text)!])
            }
        }
        return found
    }

    /// Builds `site` with Hugo and with Herald; the feeds of each, as `feeds(_:)` reads them.
    private func build(_ folder: TemporaryFolder) throws -> (
        hugo: [String: [String]], herald: [String: [String]]
    ) {
        let site = folder.path + "/site"
        let hugo = try HeraldProcess.run("hugo", ["--quiet", "-d", folder.path + "/hugo"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        let herald = try HeraldProcess.herald(["build", "--site", site, "--output", folder.path + "/herald"])
        XCTAssertEqual(herald.status, 0, herald.standardError)
        return (
            try feeds(folder.path + "/hugo"),
            try feeds(folder.path + "/herald")
        )
    }

    func testConfiguredTaxonomiesGetHugosTermFeeds() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://t.example/'\n[taxonomies]\ntag = 'tags'\nseries = 'series'\nauthor = 'authors'\n")
        folder.write(
            "site/content/posts/a.md",
            "+++\ntitle = 'A'\ndate = 2024-03-01\ntags = ['go']\nseries = ['Theme Demo']\nauthors = ['Lone Coder']\n"
                + "categories = ['not a taxonomy here']\n+++\nx\n")
        folder.write(
            "site/content/posts/b.md",
            "---\ntitle: B\ndate: 2024-03-02\nseries: [Theme Demo, Démonstração]\nauthors: Ada\n---\nx\n")
        let (hugo, herald) = try build(folder)
        XCTAssertEqual(herald, hugo)
        XCTAssertEqual(
            hugo["series/theme-demo/index.xml"], ["https://t.example/posts/b/", "https://t.example/posts/a/"])
        XCTAssertNotNil(hugo["series/démonstração/index.xml"], "\(hugo.keys.sorted())")
        XCTAssertNotNil(hugo["authors/ada/index.xml"], "a single name is a list of one")
        XCTAssertFalse(hugo.keys.contains { $0.hasPrefix("categories/") }, "\(hugo.keys)")
        let list = try HeraldProcess.herald(["list", "--site", folder.path + "/site", "--json"])
        let posts = try XCTUnwrap(
            (try JSONSerialization.jsonObject(with: Data(list.standardOutput.utf8)) as? [String: Any])?["posts"]
                as? [[String: Any]])
        let b = try XCTUnwrap(posts.first { $0["path"] as? String == "content/posts/b.md" })
        XCTAssertEqual(
            b["terms"] as? [String: [String]], ["series": ["Theme Demo", "Démonstração"], "authors": ["Ada"]])
    }

    /// Weight first (unweighted last), then newest, then the link title, then the path; with a
    /// limit, the order decides which posts a feed keeps.
    func testFeedsListPostsInHugosOrder() throws {
        let folder = TemporaryFolder()
        folder.write("site/hugo.toml", "baseURL = 'https://o.example/'\n[services.rss]\nlimit = 5\n")
        func post(_ name: String, _ front: String) {
            folder.write("site/content/posts/\(name).md", "---\n\(front)\ntags: [t]\n---\nx\n")
        }
        post("old-pinned", "title: Old\ndate: 2020-01-01\nweight: 2")
        post("older-pinned", "title: Older\ndate: 2019-01-01\nweight: 1")
        post("zeta", "title: Zeta\ndate: 2024-03-01")
        post("alpha", "title: alpha\ndate: 2024-03-01T00:00:00.900Z")
        post("beta", "title: Zulu\nlinkTitle: Beta\ndate: 2024-03-01")
        post("b-twin", "title: Zulu\nlinkTitle: Beta\ndate: 2024-03-01")
        post("newest", "title: Newest\ndate: 2024-04-01")
        let (hugo, herald) = try build(folder)
        XCTAssertEqual(herald, hugo)
        XCTAssertEqual(
            hugo["index.xml"]?.map { $0.replacingOccurrences(of: "https://o.example/posts/", with: "") },
            ["older-pinned/", "old-pinned/", "newest/", "alpha/", "b-twin/"])
    }

    /// An RSS output format's `path` is a folder after the language's and before each page's,
    /// where current Hugo writes it (`/feeds/posts/index.xml`; 0.111 wrote `/posts/feeds/`); the
    /// other formats stay in the page's folder, and the RSS feed's own link says where it is.
    func testAnRSSPathComesBeforeEachPagesFolder() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://r.example/'\n[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n"
                + "[outputFormats.RSS]\npath = 'feeds'\nbaseName = 'rss'\n")
        folder.write("site/content/posts/a.md", "---\ntitle: A\ndate: 2024-03-01\ntags: [x]\n---\nx\n")
        folder.write("site/content/posts/a.fr.md", "---\ntitle: A\ndate: 2024-03-01\ntags: [y]\n---\nx\n")
        folder.write("site/content/tags/y/_index.fr.md", "---\ntitle: Y\nurl: /why/\n---\n")
        let output = folder.path + "/o"
        let build = try HeraldProcess.herald(["build", "--site", folder.path + "/site", "--output", output])
        XCTAssertEqual(build.status, 0, build.standardError)
        let files = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.hasSuffix(".xml") }.sorted()
        XCTAssertEqual(
            files,
            [
                "atom.xml", "categories/atom.xml", "feeds/categories/rss.xml", "feeds/posts/rss.xml", "feeds/rss.xml",
                "feeds/tags/rss.xml", "feeds/tags/x/rss.xml", "feeds/why/rss.xml", "fr/atom.xml",
                "fr/categories/atom.xml", "fr/feeds/categories/rss.xml", "fr/feeds/posts/rss.xml", "fr/feeds/rss.xml",
                "fr/feeds/tags/rss.xml", "fr/posts/atom.xml", "fr/tags/atom.xml", "posts/atom.xml", "tags/atom.xml",
                "tags/x/atom.xml", "why/atom.xml",
            ])
        let feed = try String(contentsOfFile: output + "/fr/feeds/posts/rss.xml", encoding: .utf8)
        XCTAssertTrue(feed.contains("<atom:link href=\"https://r.example/fr/feeds/posts/rss.xml\" rel=\"self\""), feed)
        XCTAssertTrue(feed.contains("<link>https://r.example/fr/posts/</link>"), feed)
    }

    /// A kind of page the site has no RSS for (`disableKinds`, `[outputs]`) gets no Herald feed.
    func testKindsWithoutRSSGetNoFeeds() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://k.example/'\ndisableKinds = ['term']\n[outputs]\nsection = ['html']\n")
        folder.write("site/content/posts/a.md", "---\ntitle: A\ndate: 2024-03-01\ntags: [t]\ncategories: [c]\n---\nx\n")
        let (hugo, herald) = try build(folder)
        XCTAssertEqual(herald, hugo)
        XCTAssertEqual(hugo.keys.sorted(), ["categories/index.xml", "index.xml", "tags/index.xml"])
        XCTAssertEqual(hugo["tags/index.xml"], [], "a taxonomy's list of terms, with no term feeds")
    }

    /// Pages that build options keep out of lists (`_build`, `headless`) are in no feed and
    /// unlisted; a page listed only locally is in its section's and terms' feeds, not the site's.
    /// Hugo 0.111 agrees on the section feeds but for a page not rendered, which it lists with an
    /// empty link; its term feeds hold every such page, where current Hugo's documentation
    /// leaves them out of every list: Herald follows the documentation.
    func testBuildOptionsKeepPagesOutOfFeedsAsInHugo() throws {
        let folder = TemporaryFolder()
        folder.write("site/hugo.toml", "baseURL = 'https://b.example/'\n")
        func post(_ path: String, _ front: String) {
            folder.write("site/content/\(path)", "---\ntitle: T\ndate: 2024-03-01\ntags: [t]\n\(front)\n---\nx\n")
        }
        post("posts/listed.md", "")
        post("posts/never.md", "_build:\n  list: never")
        post("posts/no-render.md", "_build:\n  render: never")
        post("posts/false.md", "_build:\n  list: false")
        post("posts/link.md", "_build:\n  render: link")
        post("posts/snippets/index.md", "headless: true")
        post("docs/local.md", "_build:\n  list: local")
        let (hugo, herald) = try build(folder)
        let root = "https://b.example/"
        XCTAssertEqual(
            herald,
            [
                "index.xml": [root + "posts/link/", root + "posts/listed/"],
                "posts/index.xml": [root + "posts/link/", root + "posts/listed/"],
                "docs/index.xml": [root + "docs/local/"],
                "tags/t/index.xml": [root + "docs/local/", root + "posts/link/", root + "posts/listed/"],
                "tags/index.xml": [root + "tags/t/"], "categories/index.xml": [],
            ])
        XCTAssertEqual(herald["docs/index.xml"], hugo["docs/index.xml"])
        XCTAssertEqual(herald["posts/index.xml"], hugo["posts/index.xml"]?.filter { !$0.isEmpty })
        let list = try HeraldProcess.herald(["list", "--site", folder.path + "/site"])
        XCTAssertTrue(list.standardError.contains("7 posts: 4 unlisted, 3 published"), list.standardError)
    }

    /// Current Hugo's `build` (Hugo 0.123 renamed `_build`): the same options, exact expected
    /// feeds, since Debian's Hugo reads only `_build`.
    func testCurrentHugosBuildKeyIsReadToo() throws {
        let folder = TemporaryFolder()
        folder.write("site/hugo.toml", "baseURL = 'https://b.example/'\n")
        folder.write("site/content/posts/a.md", "---\ntitle: A\ndate: 2024-03-01\n---\nx\n")
        folder.write("site/content/posts/b.md", "---\ntitle: B\ndate: 2024-03-02\nbuild:\n  list: never\n---\nx\n")
        folder.write("site/content/posts/c.md", "---\ntitle: C\ndate: 2024-03-02\nbuild: My build\n---\nx\n")
        let output = folder.path + "/herald"
        let herald = try HeraldProcess.herald(["build", "--site", folder.path + "/site", "--output", output])
        XCTAssertEqual(herald.status, 1, "a post Hugo refuses is reported")
        XCTAssertTrue(
            herald.standardError.contains(
                "content/posts/c.md:4: build: expected Hugo's build options (list, render, publishResources), found a string"
            ),
            herald.standardError)
        XCTAssertEqual(try feeds(output)["index.xml"], ["https://b.example/posts/a/"])
    }

    /// Each language's own `contentDir` gives that language's feeds; the scan cache keeps each
    /// folder's posts apart, so a second build changes nothing and an edit is seen.
    func testLanguagesOwnContentFoldersGiveTheirFeeds() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://c.example/'\n[languages.en]\nweight = 1\ncontentDir = 'content/en'\n"
                + "[languages.fr]\nweight = 2\ncontentDir = 'content/fr'\n")
        folder.write("site/content/en/posts/hello.md", "---\ntitle: Hello\ndate: 2024-03-01\ntags: [a]\n---\nx\n")
        folder.write("site/content/fr/posts/bonjour.md", "---\ntitle: Bonjour\ndate: 2024-03-02\ntags: [a]\n---\nx\n")
        folder.write("site/content/fr/posts/hello.md", "---\ntitle: Hello FR\ndate: 2024-03-03\n---\nx\n")
        let (hugo, herald) = try build(folder)
        XCTAssertEqual(herald, hugo)
        XCTAssertEqual(
            hugo["fr/index.xml"], ["https://c.example/fr/posts/hello/", "https://c.example/fr/posts/bonjour/"])
        folder.write("site/herald.toml", "[site]\nsource = '.'\n[feeds]\noutput = 'out'\n[announce]\nstate = 'state'\n")
        let definition = folder.path + "/site/herald.toml"
        XCTAssertEqual(try HeraldProcess.herald(["build", "--config", definition]).status, 0)
        let again = try HeraldProcess.herald(["build", "--config", definition])
        XCTAssertTrue(again.standardError.contains("0 changed"), again.standardError)
        sleep(1)
        folder.write("site/content/fr/posts/bonjour.md", "---\ntitle: Bonjour !\ndate: 2024-03-02\n---\nx\n")
        XCTAssertEqual(try HeraldProcess.herald(["build", "--config", definition]).status, 0)
        let french = try String(contentsOfFile: folder.path + "/site/out/fr/index.xml", encoding: .utf8)
        XCTAssertTrue(french.contains("<title>Bonjour !</title>"), french)
    }

    /// Headless snippets and cascaded terms: a section's `cascade` of `_build` keeps its pages
    /// out of every feed, cascaded tags give term feeds, as Hugo builds them (a target in a list
    /// of cascades: Hugo 0.111 ignores one in a single table, current Hugo does not). An edit of
    /// the cascade alone is seen through the build stamp and the scan cache.
    func testCascadedBuildOptionsAndTermsGiveHugosFeeds() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://c.example/'\n[[cascade]]\ntags = ['site']\n[cascade._target]\npath = '/docs/**'\n")
        folder.write(
            "site/content/posts/snippets/_index.md",
            "---\ntitle: Snippets\ncascade:\n  _build:\n    list: never\n    render: never\n---\n")
        folder.write(
            "site/content/posts/_index.md",
            "---\ntitle: Posts\ncascade:\n  - tags: [cascaded]\n    _target:\n      path: '/posts/deep/**'\n---\n")
        func post(_ path: String, _ front: String = "") {
            folder.write("site/content/\(path)", "---\ntitle: T\ndate: 2024-03-01\n\(front)---\nx\n")
        }
        post("posts/a.md")
        post("posts/snippets/s1.md")
        post("posts/snippets/s2/index.md")
        post("posts/deep/d1.md", "date: 2024-03-02\n")
        post("posts/deep/d2.md", "tags: [own]\n")
        post("docs/x.md")
        let (hugo, herald) = try build(folder)
        XCTAssertEqual(herald, hugo)
        let root = "https://c.example/"
        XCTAssertEqual(hugo["tags/cascaded/index.xml"], [root + "posts/deep/d1/"])
        XCTAssertEqual(hugo["tags/site/index.xml"], [root + "docs/x/"])
        XCTAssertEqual(hugo["posts/index.xml"], [root + "posts/deep/d1/", root + "posts/a/", root + "posts/deep/d2/"])

        folder.write("site/herald.toml", "[site]\nsource = '.'\n[feeds]\noutput = 'out'\n[announce]\nstate = 'state'\n")
        let definition = folder.path + "/site/herald.toml"
        let aged = try HeraldProcess.run(
            "find", [folder.path + "/site", "-exec", "touch", "-m", "-d", "1 minute ago", "{}", "+"])
        XCTAssertEqual(aged.status, 0, aged.standardError)
        XCTAssertEqual(try HeraldProcess.herald(["build", "--config", definition]).status, 0)
        let again = try HeraldProcess.herald(["build", "--config", definition])
        XCTAssertTrue(again.standardError.contains("nothing changed"), again.standardError)
        folder.write(
            "site/content/posts/snippets/_index.md", "---\ntitle: Snippets\ncascade:\n  tags: [snippet]\n---\n")
        XCTAssertEqual(try HeraldProcess.herald(["build", "--config", definition]).status, 0)
        XCTAssertEqual(
            try feeds(folder.path + "/site/out")["tags/snippet/index.xml"],
            [root + "posts/snippets/s1/", root + "posts/snippets/s2/"])
    }

    /// A language's own `[languages.fr.cascade]` is for that language's pages, and wins over the
    /// site's `[cascade]` where both set a key; the site's fills in the rest, as current Hugo
    /// merges them (Hugo 0.111 drops the site's for that language). Hugo's term feeds list the
    /// home and section pages the cascade reaches too; Herald's list posts.
    func testALanguagesCascadeIsForItsPages() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://l.example/'\n[cascade]\ntags = ['site']\ncategories = ['all']\n"
                + "[languages.en]\nweight = 1\n[languages.fr]\nweight = 2\n[languages.fr.cascade]\ntags = ['fr']\n")
        folder.write("site/content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nx\n")
        folder.write("site/content/posts/a.fr.md", "---\ntitle: A\ndate: 2024-01-01\n---\nx\n")
        var (hugo, herald) = try build(folder)
        let lists = ["", "posts/", "fr/", "fr/posts/"].map { "https://l.example/" + $0 }
        hugo = hugo.mapValues { links in links.filter { !lists.contains($0) } }
        XCTAssertEqual(hugo["fr/categories/index.xml"], [])
        XCTAssertEqual(herald["fr/categories/index.xml"], ["https://l.example/fr/categories/all/"])
        XCTAssertEqual(herald.removeValue(forKey: "fr/categories/all/index.xml"), ["https://l.example/fr/posts/a/"])
        hugo["fr/categories/index.xml"] = herald["fr/categories/index.xml"]
        XCTAssertEqual(herald, hugo)
        XCTAssertEqual(hugo["fr/tags/fr/index.xml"], ["https://l.example/fr/posts/a/"])
        XCTAssertEqual(hugo["tags/site/index.xml"], ["https://l.example/posts/a/"])
        XCTAssertNil(hugo["fr/tags/site/index.xml"])
    }

    /// List pages of sections, taxonomies and terms give their feeds' titles, a term's `url`
    /// its feed's folder (under the language's), a term's own date its place in the list of
    /// terms, and a term page with no post an empty feed, as Hugo builds them.
    func testListPagesTitleDateAndPlaceTheirFeeds() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://l.example/'\ntitle = 'Site'\n[taxonomies]\ntag = 'tags'\nauthor = 'authors'\n"
                + "[languages.en]\nweight = 1\n[languages.pt-br]\nweight = 2\ntitle = 'Sítio'\n")
        func write(_ path: String, _ front: String) {
            folder.write("site/content/\(path)", "---\n\(front)---\nx\n")
        }
        write("posts/_index.md", "title: Writing\n")
        write("tags/_index.md", "title: Every Tag\n")
        write("tags/go/_index.md", "title: The Go Language\ndate: 2020-01-01\n")
        write("tags/go/_index.pt-br.md", "title: Linguagem Go\nurl: etiqueta/go\n")
        write("authors/nobody/_index.md", "title: Nobody At All\ndate: 2023-01-05\n")
        // Terms written capitalized: Hugo 0.111 titles a term as written, current Hugo capitalizes it.
        write("posts/a.md", "title: A\ndate: 2024-03-01\ntags: [go, Swift]\n")
        write("posts/b.md", "title: B\ndate: 2024-03-02\ntags: [go]\nauthors: [Ada]\n")
        write("posts/a.pt-br.md", "title: A PT\ndate: 2024-03-01\ntags: [go]\n")
        let (hugo, herald) = try build(folder)
        XCTAssertEqual(herald, hugo)
        XCTAssertEqual(try titles(folder.path + "/herald"), try titles(folder.path + "/hugo"))
        XCTAssertEqual(hugo["pt-br/etiqueta/go/index.xml"], ["https://l.example/pt-br/posts/a/"])
        XCTAssertEqual(hugo["authors/nobody/index.xml"], [])
        let list = try titles(folder.path + "/hugo")
        XCTAssertEqual(list["tags/index.xml"], ["Every Tag on Site", "Swift", "The Go Language"])
        XCTAssertEqual(list["posts/index.xml"]?.first, "Writing on Site")
    }

    /// A section without a titled list page is titled by its folder, pluralized as Hugo
    /// pluralizes it; `pluralizeListTitles = false` keeps the folder's name.
    func testSectionsAreTitledByTheirFoldersPluralized() throws {
        let folder = TemporaryFolder()
        folder.write("site/hugo.toml", "baseURL = 'https://s.example/'\ntitle = 'Site'\n")
        let sections = ["post", "notes", "story", "church", "person", "child", "news", "series", "bus", "quiz"]
        for section in sections {
            folder.write("site/content/\(section)/a.md", "---\ntitle: A\ndate: 2024-03-01\n---\nx\n")
        }
        let (hugo, herald) = try build(folder)
        XCTAssertEqual(herald, hugo)
        let heraldTitles = try titles(folder.path + "/herald")
        XCTAssertEqual(heraldTitles, try titles(folder.path + "/hugo"))
        XCTAssertEqual(
            sections.map { heraldTitles["\($0)/index.xml"]?.first },
            [
                "Posts on Site", "Notes on Site", "Stories on Site", "Churches on Site", "People on Site",
                "Children on Site", "News on Site", "Series on Site", "Buses on Site", "Quizzes on Site",
            ])
        folder.write("site/hugo.toml", "baseURL = 'https://s.example/'\ntitle = 'Site'\npluralizeListTitles = false\n")
        let output = folder.path + "/plain"
        XCTAssertEqual(
            try HeraldProcess.herald(["build", "--site", folder.path + "/site", "--output", output]).status, 0)
        XCTAssertEqual(try titles(output)["story/index.xml"]?.first, "Story on Site")
    }

    /// Current Hugo capitalizes the titles it makes for terms, taxonomies and sections in the
    /// site's `titleCaseStyle` (Hugo 0.111 left terms as written, so exact expectations here).
    func testListTitlesAreCapitalizedInTheSitesStyle() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/content/blog-posts/a.md", "---\ntitle: A\ndate: 2024-03-01\ntags: [notes from the road]\n---\nx\n")
        func titles(_ configuration: String) throws -> [String: String] {
            folder.write("site/hugo.toml", "baseURL = 'https://c.example/'\ntitle = 'Site'\n" + configuration)
            let output = folder.path + "/out-\(configuration.hashValue)"
            let build = try HeraldProcess.herald(["build", "--site", folder.path + "/site", "--output", output])
            XCTAssertEqual(build.status, 0, build.standardError)
            return try self.titles(output).compactMapValues(\.first)
        }
        XCTAssertEqual(
            try titles(""),
            [
                "index.xml": "Site", "blog-posts/index.xml": "Blog-Posts on Site", "tags/index.xml": "Tags on Site",
                "tags/notes-from-the-road/index.xml": "Notes From the Road on Site",
                "categories/index.xml": "Categories on Site",
            ])
        XCTAssertEqual(
            try titles("titleCaseStyle = 'firstupper'\n")["tags/notes-from-the-road/index.xml"],
            "Notes from the road on Site")
        XCTAssertEqual(
            try titles("capitalizeListTitles = false\n")["tags/notes-from-the-road/index.xml"],
            "notes from the road on Site")
    }
}
