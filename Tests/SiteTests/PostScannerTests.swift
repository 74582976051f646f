import XCTest

@testable import Site

final class PostScannerTests: XCTestCase {
    private var site: TemporarySite!

    override func setUp() {
        site = TemporarySite()
        site.write("hugo.toml", "baseURL = 'https://blog.example.org/'\ntimeZone = 'Europe/Berlin'\n")
        site.write("content/posts/good.md", "---\ntitle: Good\ndate: 2024-01-02T03:04:05+04:00\n---\nBody.\n")
    }

    private func scan(now: String = "2025-01-01T00:00:00Z") throws -> PostScanner.Result {
        let configuration = try SiteConfiguration.detect(siteRoot: site.root)
        let moment = LocalDateTime(parsing: now)!.resolved(in: TimeZone(identifier: "UTC")!).instant
        return try PostScanner(site: configuration, now: moment).scan()
    }

    /// Asserts that exactly one problem was found, with this text, and the good post was still read.
    private func assertSkipped(_ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let result = try scan()
        XCTAssertEqual(result.problems.map(\.description), [expected], file: file, line: line)
        XCTAssertEqual(result.posts.map(\.title), ["Good"], file: file, line: line)
    }

    // MARK: - Front matter formats

    func testReadsYAMLTOMLAndJSONFrontMatter() throws {
        site.write(
            "content/posts/toml.md",
            "+++\ntitle = 'From TOML'\ndate = 2024-02-03T10:00:00Z\ntags = ['a b', 'c-d']\n+++\nText\n")
        site.write(
            "content/posts/json.md",
            "{\n  \"title\": \"From JSON\",\n  \"date\": \"2024-03-04\",\n  \"categories\": [\"Tech\"],\n  \"draft\": false\n}\nText\n"
        )
        let posts = try scan().posts
        XCTAssertEqual(posts.map(\.title), ["Good", "From JSON", "From TOML"])
        XCTAssertEqual(posts[2].tags, ["a b", "c-d"])
        XCTAssertEqual(posts[2].date?.rfc3339, "2024-02-03T10:00:00Z")
        XCTAssertEqual(posts[1].categories, ["Tech"])
        XCTAssertEqual(
            posts[1].date?.rfc3339, "2024-03-04T00:00:00+01:00", "a date without an offset is in the site's timezone")
        XCTAssertEqual(posts[0].date?.rfc3339, "2024-01-02T03:04:05+04:00", "the author's offset is kept")
    }

    /// A section `mainSections` names that the site does not have is a warning at its line,
    /// naming the sections there are; one that exists, even empty, is not.
    func testAMainSectionTheSiteDoesNotHaveIsAWarning() throws {
        site.write(
            "hugo.toml", "baseURL = 'https://blog.example.org/'\n[params]\nmainSections = ['post', 'posts', 'notes']\n")
        site.write("content/notes/.keep", "")
        site.write("content/about.md", "---\ntitle: About\n---\n")
        let result = try scan()
        XCTAssertEqual(
            result.problems.map(\.description),
            [
                "\(site.root)/hugo.toml:3: warning: params.mainSections: the site has no section 'post', so no post of it is read (its sections: notes, posts)"
            ])
        XCTAssertEqual(result.posts.map(\.title), ["Good"])
    }

    func testListPagesAndBundleResourcesAreNotPosts() throws {
        site.write("content/posts/_index.md", "---\ntitle: Posts\n---\n")
        site.write("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2024-01-01\n---\n![map](map.png)\n")
        site.write("content/posts/trip/notes.md", "---\ntitle: A resource, not a page\n---\n")
        let posts = try scan().posts
        XCTAssertEqual(posts.map(\.title).sorted(), ["Good", "Trip"])
        XCTAssertEqual(posts.first { $0.title == "Trip" }?.permalink, "https://blog.example.org/posts/trip/")
    }

    /// Folders are listed level by level on every core and put back together in the byte order
    /// of the names in each folder, also of names alike in their first eight bytes; sections,
    /// bundles and list pages are told apart at every depth.
    func testFilesComeInByteOrderOfTheirPathsFromEveryLevel() throws {
        let paths = [
            "content/posts/2024-01-01-b.md", "content/posts/2024-01-01-a.md", "content/posts/2024-01-01.md",
            "content/posts/2024-01-01/index.md", "content/posts/Zebra.md", "content/posts/a-b.md",
            "content/posts/a/b.md", "content/notes/deep/er/still/index.md", "content/notes/deep/er/x.md",
            "content/top.md",
        ]
        for path in paths { site.write(path, "---\ntitle: \(path)\n---\n") }
        site.write("content/notes/deep/_index.md", "---\ntitle: A section\n---\n")
        for number in 0..<70 { site.write("content/posts/many/\(number)/index.md", "---\ntitle: M\n---\n") }
        let posts = try scan().posts.filter { $0.title != "M" }
        XCTAssertEqual(
            posts.map(\.contentPath),
            [
                "notes/deep/er/still/index.md", "notes/deep/er/x.md", "posts/2024-01-01/index.md",
                "posts/2024-01-01-a.md", "posts/2024-01-01-b.md", "posts/2024-01-01.md", "posts/Zebra.md",
                "posts/a/b.md", "posts/a-b.md", "posts/good.md", "top.md",
            ])
        XCTAssertEqual(
            posts.map { $0.permalink.replacingOccurrences(of: "https://blog.example.org", with: "") },
            [
                "/notes/deep/er/still/", "/notes/deep/er/x/", "/posts/2024-01-01/", "/posts/2024-01-01-a/",
                "/posts/2024-01-01-b/", "/posts/2024-01-01/", "/posts/zebra/", "/posts/a/b/", "/posts/a-b/",
                "/posts/good/", "/top/",
            ])
        XCTAssertEqual(try scan().posts.count { $0.title == "M" }, 70)
    }

    /// A folder holding `index.md` is a leaf bundle known from two stats, without being listed;
    /// one whose `index.md` is a folder, or a link to nothing, is listed and read as it is.
    func testLeafBundlesAreFoundWithoutListingThemAndOddOnesAreListed() throws {
        site.write("content/posts/trip/index.md", "---\ntitle: Trip\n---\n")
        site.write("content/posts/trip/images/inner.md", "---\ntitle: A resource\n---\n")
        site.write("content/posts/linked/real.txt", "---\ntitle: Linked\n---\n")
        XCTAssertEqual(symlink("real.txt", site.root + "/content/posts/linked/index.md"), 0)
        site.write("content/posts/odd/index.md/page.md", "---\ntitle: Inside a folder named index.md\n---\n")
        site.write("content/posts/upper/index.MD", "---\ntitle: Upper\n---\n")
        let result = try scan()
        XCTAssertEqual(
            result.posts.map(\.contentPath),
            [
                "posts/good.md", "posts/linked/index.md", "posts/odd/index.md/page.md", "posts/trip/index.md",
                "posts/upper/index.MD",
            ])
        XCTAssertEqual(
            result.posts.map(\.title), ["Good", "Linked", "Inside a folder named index.md", "Trip", "Upper"])
        XCTAssertEqual(result.problems.map(\.description), [])
    }

    func testStatusesAgainstTheClock() throws {
        site.write("content/posts/draft.md", "---\ntitle: D\ndraft: true\n---\n")
        site.write("content/posts/future.md", "---\ntitle: F\ndate: 2025-06-01T00:00:00Z\n---\n")
        site.write("content/posts/expired.md", "---\ntitle: E\nexpiryDate: 2024-06-01T00:00:00Z\n---\n")
        site.write(
            "content/posts/edge.md",
            "---\ntitle: X\npublishDate: 2025-01-01T00:00:00Z\nexpiryDate: 2025-01-01T00:00:00Z\n---\n")
        site.write("content/posts/lastmod.md", "---\ntitle: L\nlastmod: 2099-01-01T00:00:00Z\n---\n")
        let statuses = Dictionary(uniqueKeysWithValues: try scan().posts.map { ($0.title, $0.status) })
        XCTAssertEqual(statuses["D"], .draft)
        XCTAssertEqual(statuses["F"], .scheduled)
        XCTAssertEqual(statuses["E"], .expired)
        XCTAssertEqual(statuses["X"], .published, "publishing at now is published; expiring at now has not expired yet")
        XCTAssertEqual(statuses["L"], .published, "lastmod does not decide when a post is out, as in Hugo")
        let later = Dictionary(
            uniqueKeysWithValues: try scan(now: "2025-07-01T00:00:00Z").posts.map { ($0.title, $0.status) })
        XCTAssertEqual(later["F"], .published, "a scheduled post is published once its date has come")
    }

    // MARK: - Bad input: one test per case

    func testBrokenYAMLIsReportedWithItsLine() throws {
        site.write("content/posts/broken.md", "---\ntitle: Fine\ntags: [unclosed\ndate: 2024-01-01\n---\nBody\n")
        let result = try scan()
        XCTAssertEqual(result.posts.map(\.title), ["Good"])
        XCTAssertEqual(result.problems.count, 1)
        XCTAssertTrue(
            result.problems[0].description.hasPrefix("content/posts/broken.md:4: YAML:"), result.problems[0].description
        )
    }

    func testBrokenTOMLIsReportedWithItsLine() throws {
        site.write("content/posts/broken.md", "+++\ntitle = 'Fine'\ndate = = 2024\n+++\nBody\n")
        let result = try scan()
        XCTAssertEqual(result.posts.map(\.title), ["Good"])
        XCTAssertTrue(
            result.problems.first?.description.hasPrefix("content/posts/broken.md:3: TOML:") == true,
            "\(result.problems)")
    }

    /// These aborted every command (an assertion inside toml++) before TOML had a reader of its own.
    func testTOMLThatCrashedTheOldReaderSkipsOnlyItsPost() throws {
        site.write("content/posts/a.md", "+++\ntitle = 'A'\n[.]\n+++\nBody\n")
        site.write("content/posts/b.md", "+++\ntitle = 'B'\ndate = 2024-04-15Tx08:40:00\n+++\nBody\n")
        site.write("content/posts/c.md", "+++\n[\n+++\nBody\n")
        let result = try scan()
        XCTAssertEqual(result.posts.map(\.title), ["Good"])
        XCTAssertEqual(
            result.problems.map(\.description).sorted(),
            [
                "content/posts/a.md:3: TOML: expected a key, found '.'",
                "content/posts/b.md:3: TOML: '2024-04-15Tx08:40:00' is not a TOML value; quote text, as in key = \"text\"",
                "content/posts/c.md:2: TOML: expected a key, found the end of the line",
            ])
    }

    /// libyaml counts U+2028, U+2029 and U+0085 as line breaks; the line is the editor's.
    func testYAMLErrorLinesCountOnlyLineFeeds() throws {
        site.write(
            "content/posts/broken.md",
            "---\ntitle: \"a\u{2028}b\u{2029}c\u{85}d\"\nsummary: one\u{2028}two\ntags: [unclosed\ndate: 2024-01-01\n---\nBody\n"
        )
        let result = try scan()
        XCTAssertTrue(
            result.problems.first?.description.hasPrefix("content/posts/broken.md:5: YAML:") == true,
            "\(result.problems)")
    }

    /// To Hugo and Jekyll these are characters of the text, not line breaks.
    func testUnicodeLineSeparatorsStayInTheText() throws {
        site.write(
            "content/posts/lines.md", "---\ntitle: one\u{2028}two\u{85}three\nsummary: \"a\u{2029}b\"\n---\nBody\n")
        let post = try XCTUnwrap(try scan().posts.first { $0.path == "content/posts/lines.md" })
        XCTAssertEqual(post.title, "one\u{2028}two\u{85}three")
        XCTAssertEqual(post.summary, "a\u{2029}b")
    }

    /// Each key used to be looked up in a list of those before it: 80,000 keys took 15 s.
    func testFrontMatterOfManyKeysIsReadInOnePass() throws {
        let keys = (0..<80_000).map { "k\($0)" }
        site.write("content/posts/yaml.md", "---\ntitle: Y\n" + keys.map { "\($0): 1\n" }.joined() + "---\nBody\n")
        site.write("content/posts/toml.md", "+++\ntitle = 'T'\n" + keys.map { "\($0) = 1\n" }.joined() + "+++\nBody\n")
        site.write(
            "content/posts/json.md",
            "{\"title\": \"J\",\n" + keys.map { "\"\($0)\": 1" }.joined(separator: ",\n") + "\n}\nBody\n")
        let result = try scan()
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(Set(result.posts.map(\.title)), ["Good", "Y", "T", "J"])
    }

    func testUnterminatedFrontMatter() throws {
        site.write("content/posts/open.md", "---\ntitle: Never closed\n\nBody text\n")
        try assertSkipped(
            "content/posts/open.md:1: the YAML front matter is never closed; end it with a line holding only ---")
    }

    func testInvalidUTF8() throws {
        site.write("content/posts/latin1.md", bytes: Array("---\ntitle: Caf".utf8) + [0xE9] + Array("\n---\n".utf8))
        try assertSkipped("content/posts/latin1.md:2: invalid UTF-8 (byte 0xE9); save the file as UTF-8")
    }

    func testNULByte() throws {
        site.write(
            "content/posts/binary.md",
            bytes: Array("---\ntitle: A\ndate: 2024-01-01\n".utf8) + [0] + Array("\n---\n".utf8))
        try assertSkipped(
            "content/posts/binary.md:4: NUL byte: the file is not text (is it binary, or saved in UTF-16?)")
    }

    /// Text is checked eight bytes at a time while it is plain ASCII: a bad byte is still
    /// found wherever it sits in a word, and its line counted.
    func testABadByteAfterLongASCIILinesIsReportedAtItsLine() throws {
        let line = "description: " + String(repeating: "abcdefgh", count: 9) + "\n"
        for offset in 0..<8 {
            site.write(
                "content/posts/late.md",
                bytes: Array(
                    ("---\ntitle: A\n" + line + line + "summary: " + String(repeating: "x", count: offset)).utf8)
                    + [0xC3, 0x28] + Array("\n---\n".utf8))
            try assertSkipped("content/posts/late.md:5: invalid UTF-8 (byte 0xC3); save the file as UTF-8")
        }
    }

    func testDateHugoRejects() throws {
        site.write("content/posts/when.md", "---\ntitle: When\ndate: 2023-12-12 16:14\n---\n")
        try assertSkipped(
            "content/posts/when.md:3: date: '2023-12-12 16:14' is not a date Herald can read; write 2006-01-02 or 2006-01-02T15:04:05-07:00"
        )
    }

    func testImpossibleDate() throws {
        site.write("content/posts/when.md", "---\ntitle: When\npublishDate: 2023-02-30\n---\n")
        try assertSkipped(
            "content/posts/when.md:3: publishDate: '2023-02-30' is not a date Herald can read; write 2006-01-02 or 2006-01-02T15:04:05-07:00"
        )
    }

    func testByteOrderMarkIsReadCorrectly() throws {
        site.write(
            "content/posts/bom.md",
            bytes: [0xEF, 0xBB, 0xBF] + Array("---\ntitle: With BOM\ndate: 2024-05-01\n---\nBody\n".utf8))
        let result = try scan()
        XCTAssertEqual(result.problems, [])
        let post = try XCTUnwrap(result.posts.first { $0.title == "With BOM" })
        XCTAssertEqual(post.permalink, "https://blog.example.org/posts/bom/")
        XCTAssertEqual(post.bodyLine, 5)
    }

    func testCRLFLineEndsAreReadCorrectly() throws {
        site.write(
            "content/posts/crlf.md", "---\r\ntitle: Windows\r\ndate: 2024-05-01\r\ntags:\r\n- a\r\n---\r\nBody\r\n")
        site.write("content/posts/crlf-toml.md", "+++\r\ntitle = 'Windows TOML'\r\n+++\r\nBody\r\n")
        let result = try scan()
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.posts.first { $0.title == "Windows" }?.tags, ["a"])
        XCTAssertNotNil(result.posts.first { $0.title == "Windows TOML" })
    }

    func testFiftyMegabyteBodyIsReadFromItsFrontMatterOnly() throws {
        let body = [UInt8](repeating: UInt8(ascii: "x"), count: 50 * 1024 * 1024)
        site.write("content/posts/huge.md", bytes: Array("---\ntitle: Huge\ndate: 2024-05-01\n---\n".utf8) + body)
        let result = try scan()
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(result.posts.map(\.title).sorted(), ["Good", "Huge"])
    }

    func testFiftyMegabyteFrontMatterIsRefusedByTheSizeLimit() throws {
        let filler = String(repeating: "# filler\n", count: 6 * 1024 * 1024)
        site.write("content/posts/huge.md", "---\ntitle: Huge\n" + filler)
        let result = try scan()
        XCTAssertEqual(result.posts.map(\.title), ["Good"])
        XCTAssertEqual(result.problems.count, 1)
        XCTAssertTrue(
            result.problems[0].description.contains("more than max_post_bytes (16777216)"), "\(result.problems)")
    }

    func testWrongTypeNamesTheKeyAndLine() throws {
        site.write("content/posts/typed.md", "---\ntitle: T\ndraft: maybe\n---\n")
        try assertSkipped("content/posts/typed.md:3: draft: expected true or false, found 'maybe'")
        // TOML front matter finds the line only for the message, and finds the right one.
        site.write("content/posts/typed.md", "+++\ntitle = 'T'\n# a comment\ndraft = 'maybe'\n+++\n")
        try assertSkipped("content/posts/typed.md:4: draft: expected true or false, found 'maybe'")
    }

    func testAnUnpairedSurrogateInJSONIsReported() throws {
        site.write("content/posts/json.md", "{\"title\": \"\\uD800\\u0041\", \"date\": \"2024-01-04\"}\nbody\n")
        try assertSkipped("content/posts/json.md:1: JSON: unpaired surrogate")
    }

    func testFrontMatterNestedTooDeeplyIsReportedNotACrash() throws {
        site.write(
            "content/posts/deep.md",
            "---\ntags: " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n---\n")
        try assertSkipped("content/posts/deep.md:2: YAML: nested more than 64 levels deep")
    }

    func testLinksToFoldersAreNotFollowed() throws {
        XCTAssertEqual(symlink("..", site.root + "/content/posts/loop"), 0)
        XCTAssertEqual(try scan().posts.map(\.title), ["Good"])
    }

    func testBuildFutureAndBuildExpiredPublishThosePosts() throws {
        site.write("hugo.toml", "baseURL = 'https://blog.example.org/'\nbuildFuture = true\nbuildExpired = true\n")
        site.write("content/posts/future.md", "---\ntitle: F\ndate: 2030-01-01\n---\n")
        site.write("content/posts/expired.md", "---\ntitle: E\nexpiryDate: 2020-01-01\n---\n")
        XCTAssertEqual(Set(try scan().posts.map(\.status)), [.published])
    }

    func testFrontMatterThatIsNotAMapping() throws {
        site.write("content/posts/list.md", "---\n- a\n- b\n---\n")
        try assertSkipped("content/posts/list.md:2: front matter must be a mapping of keys to values")
    }

    // MARK: - Permalinks left for later

    /// `herald build` scans without permalinks and caches what it read; a later scan that needs
    /// them (announce, check) must build them for the cached posts, the same as a fresh scan's.
    func testPermalinksLeftForLaterAreBuiltFromTheCache() throws {
        site.write("hugo.toml", "baseURL = 'https://blog.example.org/'\n[permalinks]\nposts = '/:year/:slug/'\n")
        site.write("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2024-01-01\nslug: away\n---\n")
        site.write("content/notes/deep/_index.md", "---\ntitle: Deep\n---\n")
        site.write("content/notes/deep/one.md", "---\ntitle: One\ndate: 2024-01-01\n---\n")
        site.age()
        let configuration = try SiteConfiguration.detect(siteRoot: site.root)
        let cache = site.root + "/state"
        let fresh = try PostScanner(site: configuration).scan().posts
        XCTAssertEqual(
            fresh.map(\.permalink),
            [
                "https://blog.example.org/notes/deep/one/", "https://blog.example.org/2024/good/",
                "https://blog.example.org/2024/away/",
            ])

        var lazy = PostScanner(site: configuration)
        lazy.resolvesPermalinks = false
        let lazyPosts = try lazy.scan(cacheDirectory: cache).posts
        XCTAssertEqual(lazyPosts.map(\.permalink), ["", "", ""], "left for later")
        XCTAssertEqual(lazyPosts.map { configuration.permalink(of: $0) }, fresh.map(\.permalink))

        let cached = try PostScanner(site: configuration).scan(cacheDirectory: cache)
        XCTAssertEqual(cached.filesRead, 0, "every post came from the cache")
        XCTAssertEqual(cached.posts.map(\.permalink), fresh.map(\.permalink))
    }

    // MARK: - Caches that must not be trusted blindly

    private func cachedScan(_ cache: String) throws -> PostScanner.Result {
        let configuration = try SiteConfiguration.detect(siteRoot: site.root)
        return try PostScanner(site: configuration).scan(cacheDirectory: cache)
    }

    /// Every one-byte corruption of the scan cache and of the content snapshot is rejected or
    /// read as some other post: never a crash, and every post file still gives a post or a problem.
    func testEveryDamagedByteOfTheCachesIsSurvived() throws {
        site.write("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2024-01-01\ntags: [a, b]\n---\nBody\n")
        site.age()
        let cache = site.root + "/state"
        XCTAssertEqual(try cachedScan(cache).posts.count, 2)
        for name in [ScanCache.fileName, ContentSnapshot.fileName] {
            let path = cache + "/" + name
            let original = try XCTUnwrap(FileManager.default.contents(atPath: path))
            for index in original.indices {
                var damaged = original
                damaged[index] ^= 0xFF
                try damaged.write(to: URL(fileURLWithPath: path))
                let result = try cachedScan(cache)
                XCTAssertEqual(result.posts.count + result.problems.count, 2, "\(name), byte \(index)")
                try original.write(to: URL(fileURLWithPath: path))
            }
        }
    }

    /// A post dated centuries ahead (`touch -d 2400-01-01`) is read each time, never cached.
    func testAFileDatedFarAheadIsReadEachTime() throws {
        site.age()
        let future = Date(timeIntervalSince1970: 13_569_465_600)  // 2400-01-01
        try FileManager.default.setAttributes(
            [.modificationDate: future], ofItemAtPath: site.root + "/content/posts/good.md")
        let cache = site.root + "/state"
        XCTAssertEqual(try cachedScan(cache).filesRead, 1)
        XCTAssertEqual(try cachedScan(cache).filesRead, 1)
    }

    /// A folder that cannot be examined (here a link to a file that does not exist yet) keeps
    /// the walk from being remembered: when the link's target appears, no remembered folder
    /// changes, and only a new walk finds it.
    func testAnIncompleteWalkIsNotRemembered() throws {
        site.age()
        let cache = site.root + "/state"
        let target = site.root + "/elsewhere/linked.md"
        try FileManager.default.createSymbolicLink(
            atPath: site.root + "/content/posts/linked.md", withDestinationPath: target)
        XCTAssertEqual(try cachedScan(cache).posts.map(\.title), ["Good"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: cache + "/" + ContentSnapshot.fileName))
        site.write("elsewhere/linked.md", "---\ntitle: Linked\ndate: 2024-01-01\n---\n")
        XCTAssertEqual(try cachedScan(cache).posts.map(\.title), ["Good", "Linked"])
    }

    /// An `_index.md` added above a post makes a deeper folder a section: the cached post's
    /// permalink (`:sections`) must change although its file did not.
    func testASectionAddedAboveACachedPostChangesItsPermalink() throws {
        site.write("hugo.toml", "baseURL = 'https://blog.example.org/'\n[permalinks]\nposts = '/:sections/:slug/'\n")
        site.write("content/posts/deep/one.md", "---\ntitle: One\ndate: 2024-01-01\n---\n")
        site.age()
        let cache = site.root + "/state"
        func permalinkOfOne() throws -> String? { try cachedScan(cache).posts.first { $0.title == "One" }?.permalink }
        XCTAssertEqual(try permalinkOfOne(), "https://blog.example.org/posts/one/")
        site.write("content/posts/deep/_index.md", "---\ntitle: Deep\n---\n")
        XCTAssertEqual(try permalinkOfOne(), "https://blog.example.org/posts/deep/one/")
    }
}
