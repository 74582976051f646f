import Foundation
import XCTest

/// `herald build` and `herald check` on the example site, on hostile posts and on a generated
/// site, with the feeds read back by our own checks, libxml2's xmllint and feedparser.
final class FeedBuildTests: XCTestCase {
    private let now = "2026-01-01T00:00:00Z"
    private var folder: TemporaryFolder!

    override func setUp() {
        folder = TemporaryFolder()
    }

    private func build(_ arguments: [String], output: String) throws -> HeraldProcess.Output {
        try HeraldProcess.herald(["build"] + arguments + ["--output", output, "--now", now])
    }

    private func buildExample() throws -> String {
        let output = folder.path + "/example"
        let result = try build(["--config", "feeds/example.toml"], output: output)
        XCTAssertEqual(result.status, 0, result.standardError)
        return output
    }

    // MARK: - The example site

    /// The files feeds for the site, a section and a tag, byte for byte. To accept a deliberate
    /// change, run the tests once with HERALD_UPDATE_GOLDEN=1 and review the diff.
    func testGoldenFiles() throws {
        let output = try buildExample()
        let golden = HeraldProcess.repositoryRoot + "/Tests/HeraldTests/Golden"
        let update = ProcessInfo.processInfo.environment["HERALD_UPDATE_GOLDEN"] == "1"
        for path in [
            "index.xml", "atom.xml", "feed.json", "posts/index.xml", "posts/atom.xml", "tags/café/index.xml",
            "tags/café/atom.xml", "tags/café/feed.json",
        ] {
            let expectedPath = golden + "/" + path.replacingOccurrences(of: "/", with: "--")
            let actual = try XCTUnwrap(FileManager.default.contents(atPath: output + "/" + path), path)
            if update { try actual.write(to: URL(fileURLWithPath: expectedPath)) }
            let expected = try XCTUnwrap(FileManager.default.contents(atPath: expectedPath), expectedPath)
            XCTAssertEqual(String(decoding: actual, as: UTF8.self), String(decoding: expected, as: UTF8.self), path)
        }
    }

    func testAFeedReaderSeesTitlesLinksDatesAuthorsTagsAndContent() throws {
        let output = try buildExample()
        let feeds = try FeedReader.read([output + "/index.xml", output + "/atom.xml"])
        for (path, feed) in feeds {
            XCTAssertFalse(feed.bozo, "\(path): \(feed.bozo_exception)")
            XCTAssertEqual(feed.title, "Field Notes", path)
            XCTAssertEqual(feed.link, "https://blog.example.org/", path)
            XCTAssertEqual(feed.entries.count, 13, "every published post of the posts and notes sections: \(path)")
            let cafe = try XCTUnwrap(feed.entries.first { $0.title == "Profiling a Slow Go Service From a Café Table" })
            XCTAssertEqual(
                cafe.link, "https://blog.example.org/2024/01/profiling-a-slow-go-service-from-a-caf%C3%A9-table/")
            XCTAssertEqual(cafe.id, cafe.link)
            XCTAssertEqual(cafe.authors, ["Ada Example"], path)
            let terminal = try XCTUnwrap(feed.entries.first { $0.title == "My Terminal Setup in 2024" })
            XCTAssertEqual(terminal.authors, ["Ada Example", "Grace Example"], path)
            XCTAssertTrue(cafe.tags.contains("cloud native") && cafe.tags.contains("café"), "\(cafe.tags)")
            XCTAssertTrue(cafe.content.first?.contains("<p>") == true, "full content as HTML: \(path)")
            let bundle = try XCTUnwrap(
                feed.entries.first { $0.title == "Rebuilding a Ten-Year-Old Mechanical Keyboard" })
            XCTAssertTrue(
                bundle.content.first?.contains(
                    "src=\"https://blog.example.org/2023/10/rebuilding-a-ten-year-old-mechanical-keyboard/cover.png\"")
                    == true, "images made absolute: \(path)")
        }
        XCTAssertEqual(feeds[output + "/atom.xml"]?.version, "atom10")
        XCTAssertEqual(feeds[output + "/index.xml"]?.version, "rss20")
        XCTAssertEqual(feeds[output + "/atom.xml"]?.entries.first?.published, "2024-05-19T08:00:00+04:00")
        XCTAssertEqual(feeds[output + "/index.xml"]?.entries.first?.published, "Sun, 19 May 2024 08:00:00 +0400")
    }

    func testCheckPassesAndXmllintValidatesEveryAtomFeed() throws {
        let output = try buildExample()
        let check = try HeraldProcess.herald(["check", "--config", "feeds/example.toml", "--output", output])
        XCTAssertEqual(check.status, 0, check.standardError)
        XCTAssertTrue(check.standardError.hasSuffix(": all valid\n"), check.standardError)
        let atomFeeds = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.hasSuffix("atom.xml") }
        XCTAssertEqual(atomFeeds.count, 43, "the site's, its sections', terms' and taxonomies' feeds")
        let schema = HeraldProcess.repositoryRoot + "/Sources/Feeds/Schemas/atom.rng"
        let xmllint = try HeraldProcess.run(
            "xmllint", ["--noout", "--relaxng", schema] + atomFeeds.map { output + "/" + $0 })
        XCTAssertEqual(xmllint.status, 0, xmllint.standardError)
    }

    func testCheckReportsRelativeLinksAndDuplicateIDs() throws {
        let output = try buildExample()
        let rss = output + "/index.xml"
        var text = try String(contentsOfFile: rss, encoding: .utf8)
        text = text.replacingOccurrences(of: "<link>https://blog.example.org/</link>", with: "<link>/</link>")
        let firstGUID = try XCTUnwrap(
            text.range(of: "<guid isPermaLink=\"true\">https://blog.example.org/custom/path/</guid>"))
        text.replaceSubrange(
            firstGUID, with: "<guid isPermaLink=\"true\">https://blog.example.org/notes/jq-slurp/</guid>")
        try text.write(toFile: rss, atomically: true, encoding: .utf8)
        let check = try HeraldProcess.herald(["check", "--config", "feeds/example.toml", "--output", output])
        XCTAssertEqual(check.status, 1)
        XCTAssertTrue(
            check.standardError.contains("\(rss):6: link '/' is not an absolute http(s) URL"), check.standardError)
        XCTAssertTrue(
            check.standardError.contains("the id 'https://blog.example.org/notes/jq-slurp/' is used twice"),
            check.standardError)
    }

    func testAFrontMatterIDOutlivesAPermalinkChange() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://i.example.org/'\n[permalinks]\nposts = '/:year/:slug/'\n")
        site.write(
            "content/posts/a.md", "---\ntitle: Moved\ndate: 2024-01-01\nid: tag:i.example.org,2024:moved\n---\nBody\n")
        let output = folder.path + "/ids"
        XCTAssertEqual(try build(["--site", site.path], output: output).status, 0)
        let rss = try String(contentsOfFile: output + "/index.xml", encoding: .utf8)
        XCTAssertTrue(rss.contains("<guid isPermaLink=\"false\">tag:i.example.org,2024:moved</guid>"), rss)
        XCTAssertTrue(rss.contains("<link>https://i.example.org/2024/moved/</link>"), rss)
        let feeds = try FeedReader.read([output + "/atom.xml"])
        XCTAssertEqual(feeds[output + "/atom.xml"]?.entries.first?.id, "tag:i.example.org,2024:moved")
        let json = try String(contentsOfFile: output + "/feed.json", encoding: .utf8)
        XCTAssertTrue(json.contains("\"id\" : \"tag:i.example.org,2024:moved\""), json)
    }

    // MARK: - Deterministic, cache-friendly, atomic

    func testUnchangedFeedsAreNotRewritten() throws {
        let output = try buildExample()
        let feed = output + "/index.xml"
        let before = try FileManager.default.attributesOfItem(atPath: feed)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let again = try build(["--config", "feeds/example.toml"], output: output)
        XCTAssertEqual(again.status, 0)
        XCTAssertEqual(again.standardOutput, "", "nothing changed, so nothing is listed")
        XCTAssertEqual(again.standardError, "nothing changed since the last build of \(output)\n")
        let after = try FileManager.default.attributesOfItem(atPath: feed)[.modificationDate] as? Date
        XCTAssertEqual(before, after)
        // A second output folder gets the very same bytes: nothing depends on the clock or the run.
        let other = folder.path + "/other"
        XCTAssertEqual(try build(["--config", "feeds/example.toml"], output: other).status, 0)
        let diff = try HeraldProcess.run("diff", ["-r", output, other])
        XCTAssertEqual(diff.status, 0, diff.standardOutput)
    }

    /// A build that stopped early because nothing changed must not miss a post whose time came.
    func testAScheduledPostComesOutWhenItsTimeComes() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://s.example.org/'\n")
        site.write("content/posts/now.md", "---\ntitle: Now\ndate: 2024-01-01T00:00:00Z\n---\n")
        site.write("content/posts/later.md", "---\ntitle: Later\ndate: 2026-06-01T00:00:00Z\n---\n")
        let output = folder.path + "/scheduled"
        for moment in ["2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"] {
            let result = try HeraldProcess.herald(["build", "--site", site.path, "--output", output, "--now", moment])
            XCTAssertEqual(result.status, 0, result.standardError)
        }
        XCTAssertFalse(try String(contentsOfFile: output + "/index.xml", encoding: .utf8).contains("Later"))
        let result = try HeraldProcess.herald([
            "build", "--site", site.path, "--output", output, "--now", "2026-06-02T00:00:00Z",
        ])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(
            try String(contentsOfFile: output + "/index.xml", encoding: .utf8).contains("<title>Later</title>"))
    }

    func testModesSurviveTheUmaskAndRewrites() throws {
        let output = folder.path + "/modes"
        let command =
            "umask 077; exec '\(HeraldProcess.heraldPath)' build --config feeds/example.toml --output '\(output)'"
        XCTAssertEqual(try HeraldProcess.run("sh", ["-c", command]).status, 0)
        XCTAssertEqual(try permissions(output + "/index.xml"), 0o644, "a web server must be able to read a new feed")
        XCTAssertEqual(chmod(output + "/atom.xml", 0o640), 0)
        var text = try String(contentsOfFile: output + "/atom.xml", encoding: .utf8)
        text += "\n<!-- edited -->"
        try text.write(toFile: output + "/atom.xml", atomically: false, encoding: .utf8)
        XCTAssertEqual(try HeraldProcess.run("sh", ["-c", command]).status, 0)
        XCTAssertEqual(try permissions(output + "/atom.xml"), 0o640, "a rewritten feed keeps its mode")
        XCTAssertFalse(try String(contentsOfFile: output + "/atom.xml", encoding: .utf8).contains("edited"))
    }

    func testAFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws {
        let output = try buildExample()
        // A file where the tags folder should be: the tag feeds cannot be written.
        try FileManager.default.removeItem(atPath: output + "/tags")
        try FileManager.default.removeItem(atPath: output + "/posts/index.xml")
        XCTAssertTrue(FileManager.default.createFile(atPath: output + "/tags", contents: Data("in the way".utf8)))
        let siteFeed = try String(contentsOfFile: output + "/index.xml", encoding: .utf8)
        let result = try build(["--config", "feeds/example.toml"], output: output)
        XCTAssertEqual(result.status, 73)
        // Each failure names the feed file, the post whose tag named its folder, and what to do.
        XCTAssertTrue(
            result.standardError.contains(
                "herald: cannot write \(output)/tags/café/index.xml, the feed of the tag 'café' of content/posts/profiling-go-from-a-cafe.md:12: "
            ), result.standardError)
        XCTAssertTrue(
            result.standardError.contains(
                "the previous file is left as it was: check that \(output) is writable and has room, or rename the tag in content/posts/profiling-go-from-a-cafe.md:12\n"
            ), result.standardError)
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: output + "/posts/index.xml"), "the other feeds are still written")
        XCTAssertEqual(try String(contentsOfFile: output + "/index.xml", encoding: .utf8), siteFeed)
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.contains(".herald-") }
        XCTAssertEqual(leftovers, [])
    }

    func testDryRunWritesNothing() throws {
        let output = folder.path + "/dry"
        let result = try build(["--config", "feeds/example.toml", "--dry-run"], output: output)
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.standardOutput.hasPrefix("would be created  \(output)/index.xml\n"), result.standardOutput)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output))
    }

    private func permissions(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    // MARK: - The scan cache

    /// A copy of the example site with its own state folder, every file a minute old: a file
    /// changed less than a second before a run is, rightly, never trusted to be unchanged.
    private func copyExampleSite() throws -> TemporaryFolder {
        let site = TemporaryFolder()
        try FileManager.default.removeItem(atPath: site.path)
        try FileManager.default.copyItem(atPath: HeraldProcess.repositoryRoot + "/feeds/example", toPath: site.path)
        site.write("herald.toml", "[site]\nsource = '.'\n[announce]\nstate = 'state'\n")
        try age(site.path)
        return site
    }

    /// Sets the modification time of `path`, and of everything (or every folder) under it, a minute back.
    private func age(_ path: String, foldersOnly: Bool = false) throws {
        let filter = foldersOnly ? ["-type", "d"] : []
        let result = try HeraldProcess.run(
            "find", [path] + filter + ["-exec", "touch", "-m", "-d", "1 minute ago", "{}", "+"])
        XCTAssertEqual(result.status, 0, result.standardError)
    }

    /// `herald build --json` of `site` into `output`.
    private func buildReport(_ site: TemporaryFolder, _ output: String) throws -> [String: Any] {
        let result = try HeraldProcess.herald([
            "build", "--config", site.path + "/herald.toml", "--output", output, "--json", "--now", now,
        ])
        XCTAssertEqual(result.status, 0, result.standardError)
        return try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as! [String: Any]
    }

    func testTheScanCacheNeverChangesWhatFeedsSay() throws {
        let site = try copyExampleSite()
        func build(_ output: String) throws -> [String: Any] { try buildReport(site, output) }
        XCTAssertEqual(try build(folder.path + "/cold")["postsRead"] as? Int, 17, "no cache yet: every post is read")
        // A second output folder: the feeds are written again, from the cache.
        XCTAssertEqual(try build(folder.path + "/warm")["postsRead"] as? Int, 0, "nothing changed: nothing is read")
        XCTAssertEqual(try HeraldProcess.run("diff", ["-r", folder.path + "/cold", folder.path + "/warm"]).status, 0)

        for damaged in ["scan-cache", "content-snapshot"] {
            try Data("not a cache".utf8).write(to: URL(fileURLWithPath: site.path + "/state/" + damaged))
        }
        XCTAssertEqual(try build(folder.path + "/damaged")["postsRead"] as? Int, 17, "a damaged cache is not trusted")
        XCTAssertEqual(
            try HeraldProcess.run("diff", ["-r", folder.path + "/cold", folder.path + "/damaged"]).status, 0)

        let post = site.path + "/content/posts/sqlite-wal.md"
        let text = try String(contentsOfFile: post, encoding: .utf8)
        try text.replacingOccurrences(of: "Actually Changed", with: "Really Changed")
            .write(toFile: post, atomically: true, encoding: .utf8)
        try age(post)
        XCTAssertEqual(try build(folder.path + "/edited")["postsRead"] as? Int, 1, "only the edited post is read again")
        let feed = try String(contentsOfFile: folder.path + "/edited/atom.xml", encoding: .utf8)
        XCTAssertTrue(feed.contains("WAL Mode Really Changed</title>"), feed)
    }

    /// The walk is skipped while no folder changed; a post added, removed, or edited in place
    /// (which leaves its folder as it was) is still seen on the next run.
    func testARunWithoutAWalkStillSeesEveryChange() throws {
        let site = try copyExampleSite()
        let output = folder.path + "/feeds"
        func build() throws -> [String: Any] { try buildReport(site, output) }
        func atom() throws -> String { try String(contentsOfFile: output + "/atom.xml", encoding: .utf8) }
        func isNothingChanged(_ report: [String: Any]) -> Bool { (report["files"] as? [Any])?.isEmpty == true }
        XCTAssertEqual(try build()["postsRead"] as? Int, 17)
        XCTAssertTrue(isNothingChanged(try build()), "nothing changed, so the build stops early")

        let added = site.path + "/content/posts/added-later.md"
        site.write(
            "content/posts/added-later.md", "---\ntitle: Added Later\ndate: 2025-12-30T10:00:00Z\n---\nNew.\n")
        try age(added)
        var report = try build()
        XCTAssertEqual(report["postsRead"] as? Int, 1, "only the new post is read")
        XCTAssertTrue(try atom().contains(">Added Later</title>"))

        try FileManager.default.removeItem(atPath: added)
        report = try build()
        XCTAssertEqual(report["postsRead"] as? Int, 0)
        XCTAssertFalse(isNothingChanged(report))
        XCTAssertFalse(try atom().contains("Added Later"))

        // Rewritten in place, same inode: its folder's modification time does not change.
        let post = site.path + "/content/posts/sqlite-wal.md"
        let text = try String(contentsOfFile: post, encoding: .utf8)
        let handle = try XCTUnwrap(FileHandle(forUpdatingAtPath: post))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.replacingOccurrences(of: "Actually Changed", with: "Edited").utf8))
        try handle.close()
        XCTAssertEqual(try build()["postsRead"] as? Int, 1)
        XCTAssertTrue(try atom().contains("WAL Mode Edited</title>"))
        // Changed a moment ago, so a change in the same clock tick would leave the same stat:
        // it is read again rather than trusted, until it has aged.
        XCTAssertEqual(try build()["postsRead"] as? Int, 1, "a file changed just now is not trusted")
        // Time passes: the post, and the folder the removal changed, are no longer recent.
        try age(post)
        try age(site.path + "/content", foldersOnly: true)
        XCTAssertEqual(try build()["postsRead"] as? Int, 1)
        let last = try build()
        XCTAssertTrue(isNothingChanged(last), "\(last)")
    }

    /// Every feed setting is part of the build stamp: changing any one of them builds again,
    /// though no post changed.
    func testChangingAnyFeedSettingBuildsAgain() throws {
        let site = try copyExampleSite()
        let output = folder.path + "/feeds"
        func build(with setting: String) throws -> [String: Any] {
            site.write("herald.toml", "[site]\nsource = '.'\n[feeds]\n\(setting)\n[announce]\nstate = 'state'\n")
            return try buildReport(site, output)
        }
        XCTAssertEqual(try build(with: "")["postsRead"] as? Int, 17)
        for setting in [
            "limit = 5", "content = 'summary'", "formats = ['rss']", "sections = false", "tags = false",
            "categories = false", "stylesheet = false", "description = 'About'", "description = ''", "icon = 'i.png'",
            "logo = 'l.png'", "rights = 'CC BY'", "max_bytes = 1000000", "paths = { tag = 'topics/:slug' }",
            "file_names = { rss = 'rss.xml' }",
        ] {
            // From the same settings each time, so that only this one differs.
            _ = try build(with: "")
            XCTAssertEqual((try build(with: "")["files"] as? [Any])?.count, 0, "nothing changed before \(setting)")
            let changed = try build(with: setting)
            XCTAssertEqual(changed["postsRead"] as? Int, 0, setting)
            XCTAssertFalse((changed["files"] as? [Any])?.isEmpty ?? true, "\(setting) was not seen as a change")
        }
    }

    // MARK: - Hostile posts

    func testHostilePostsStillGiveValidFeeds() throws {
        let site = folder.path + "/hostile"
        let tags = (1...2000).map { "\"tag \($0)\"" }.joined(separator: ", ")
        let files = [
            "hugo.toml": "baseURL = 'https://h.example.org/'\ntitle = 'Hostile <Site> & Co'\nlanguageCode = 'ar'\n",
            // 100 tag feeds of a post that lists 100 of its 2,000 tags: this test is about the text.
            "herald.toml": "[site]\nsource = '.'\n[feeds]\ntags = false\n",
            "content/posts/control.md":
                "{\"title\": \"Bell\\u0007 and \\u0001 <b>bold</b> & AT&T ]]> -- \\uFFFE\", \"date\": \"2024-01-01\"}\n"
                + "Body with \u{1} control, a CDATA end ]]> and -- a comment marker.\n",
            "content/posts/rtl.md":
                "---\ntitle: \"مرحبا بالعالم 👋 עברית\"\ndate: 2024-01-02\n---\nنص عربي 🚀 and <!-- a comment -->\n",
            "content/posts/huge.md":
                "---\ntitle: Huge\ndate: 2024-01-03\n---\n" + String(repeating: "A long line of text. ", count: 50_000),
            "content/posts/tags.md": "---\ntitle: Many tags\ndate: 2024-01-04\ntags: [\(tags)]\n---\nTagged.\n",
        ]
        let hostile = TemporaryFolder()
        for (path, text) in files { hostile.write(path, text) }
        try FileManager.default.moveItem(atPath: hostile.path, toPath: site)
        let output = folder.path + "/hostile-out"
        let result = try build(["--config", site + "/herald.toml"], output: output)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(
            result.standardError.contains("index.xml: warning: the feed is"), "a 1 MB post trips the size warning")
        let check = try HeraldProcess.herald(["check", "--config", site + "/herald.toml", "--output", output])
        XCTAssertEqual(check.status, 0, check.standardError)
        let xmllint = try HeraldProcess.run(
            "xmllint",
            [
                "--noout", "--relaxng", HeraldProcess.repositoryRoot + "/Sources/Feeds/Schemas/atom.rng",
                output + "/atom.xml",
            ])
        XCTAssertEqual(xmllint.status, 0, xmllint.standardError)
        let feeds = try FeedReader.read([output + "/index.xml", output + "/atom.xml"])
        for (path, feed) in feeds {
            XCTAssertFalse(feed.bozo, "\(path): \(feed.bozo_exception)")
            XCTAssertEqual(feed.entries.count, 4, path)
            XCTAssertTrue(feed.entries.contains { $0.link == "https://h.example.org/posts/control/" }, path)
            XCTAssertEqual(feed.entries.first { $0.title == "Many tags" }?.tags.count, 100, path)
            XCTAssertTrue(feed.entries.contains { $0.title == "مرحبا بالعالم 👋 עברית" }, path)
        }
        // Atom says its titles are text, so a reader shows them literally.
        let atom = try XCTUnwrap(feeds[output + "/atom.xml"])
        XCTAssertEqual(atom.title, "Hostile <Site> & Co")
        XCTAssertEqual(
            atom.entries.first { $0.link == "https://h.example.org/posts/control/" }?.title,
            "Bell and  <b>bold</b> & AT&T ]]> --")
        // RSS titles are ambiguous; the RSS profile's hexadecimal references are what most readers show literally.
        let rss = try String(contentsOfFile: output + "/index.xml", encoding: .utf8)
        XCTAssertTrue(
            rss.contains("<title>Bell and  &#x3C;b&#x3E;bold&#x3C;/b&#x3E; &#x26; AT&#x26;T ]]&#x3E; -- </title>"), rss)
    }

    func testTagsThatLookLikePathsStayInTheirFolder() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://t.example.org/'\ntitle = 'T'\nlanguageCode = 'en_US'\n")
        site.write(
            "content/posts/a.md",
            "---\ntitle: A\ndate: 2024-01-01\nid: 1234\ntags: ['..', '../../../escape', 'C#', '', '.']\n---\nBody\n")
        let output = folder.path + "/odd/out"
        let result = try build(["--site", site.path], output: output)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/escape"))
        let files = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.hasSuffix("index.xml") }
            .sorted()
        XCTAssertEqual(
            files,
            [
                "categories/index.xml", "index.xml", "posts/index.xml", "tags/..-..-..-escape/index.xml",
                "tags/c#/index.xml", "tags/dot/index.xml", "tags/dotdot/index.xml", "tags/index.xml",
            ])
        let siteFeed = try String(contentsOfFile: output + "/atom.xml", encoding: .utf8)
        XCTAssertTrue(
            siteFeed.contains("<title type=\"text\">T</title>"), "the site feed was not overwritten by a tag's")
        XCTAssertTrue(siteFeed.contains("xml:lang=\"en-US\""), siteFeed)
        XCTAssertTrue(siteFeed.contains("<id>https://t.example.org/1234</id>"), "an id that is not an IRI is made one")
        let csharp = try String(contentsOfFile: output + "/tags/c#/atom.xml", encoding: .utf8)
        XCTAssertTrue(csharp.contains("href=\"https://t.example.org/tags/c%23/atom.xml\""), csharp)
        XCTAssertTrue(csharp.contains("<author>\n    <name>T</name>"), "the site, not the feed, is the author")
        let check = try HeraldProcess.herald(["check", "--site", site.path, "--output", output])
        XCTAssertEqual(check.status, 0, check.standardError)
    }

    /// Authors leave stray spaces in titles (`title: " Unforgettable Moments…"`); feeds show the title.
    func testTitlesAreShownWithoutStraySpaces() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://t.example.org/'\n")
        site.write("content/posts/a.md", "---\ntitle: \" Unforgettable Moments \"\ndate: 2024-01-01\n---\nBody\n")
        let output = folder.path + "/titles"
        XCTAssertEqual(try build(["--site", site.path], output: output).status, 0)
        let atom = try String(contentsOfFile: output + "/atom.xml", encoding: .utf8)
        XCTAssertTrue(atom.contains("<title type=\"text\">Unforgettable Moments</title>"), atom)
        XCTAssertTrue(atom.contains("https://t.example.org/posts/a/"), "the permalink is Hugo's, as before")
    }

    /// `--output .` writes the site's own feeds into the working folder too.
    func testFeedsGoIntoTheWorkingFolder() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://w.example.org/'\n")
        site.write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nBody\n")
        let output = TemporaryFolder()
        let result = try HeraldProcess.run(
            HeraldProcess.heraldPath, ["build", "--site", site.path, "--output", "."], in: output.path)
        XCTAssertEqual(result.status, 0, result.standardError)
        for file in ["index.xml", "atom.xml", "feed.json", "feed.xsl", "posts/index.xml"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: output.path + "/" + file), file)
        }
    }

    func testASiteWithoutAnAbsoluteAddressGetsNoFeeds() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "title = 'No address'\n")
        site.write("content/posts/a.md", "---\ntitle: A\n---\n")
        let result = try build(["--site", site.path], output: folder.path + "/none")
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(
            result.standardError.contains("baseURL: feeds and announcements need the site's absolute address"),
            result.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.path + "/none"))
    }

    /// A Jekyll site keeps what jekyll-feed gave its subscribers: `/feed.xml`, and the same ids.
    func testAJekyllSiteKeepsJekyllFeedsAddressAndIDs() throws {
        let site = TemporaryFolder()
        site.write("_config.yml", "title: J\nurl: https://j.example.org\n")
        site.write("_posts/2023-12-12-my-post.md", "---\ntitle: Mine\ncategories: [notes]\n---\nBody\n")
        let output = folder.path + "/jekyll"
        let result = try build(["--site", site.path], output: output)
        XCTAssertEqual(result.status, 0, result.standardError)
        let atom = try String(contentsOfFile: output + "/feed.xml", encoding: .utf8)
        XCTAssertTrue(
            atom.contains("<link rel=\"self\" type=\"application/atom+xml\" href=\"https://j.example.org/feed.xml\"/>"),
            atom)
        XCTAssertTrue(atom.contains("<id>https://j.example.org/notes/2023/12/12/my-post</id>"), atom)
        XCTAssertTrue(atom.contains("href=\"https://j.example.org/notes/2023/12/12/my-post.html\""), atom)
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/atom.xml"))
    }

    // MARK: - Hostile names and sizes

    /// Each tag feed used to repeat all of a post's tags: 10,000 tags made 10,000 feeds of 10,000
    /// categories each, until allocation failed. Only a post's first 100 tags count now.
    func testAPostWithTenThousandTagsGivesBoundedFeeds() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://m.example.org/'\n")
        let tags = (1...10_000).map { "\"tag \($0)\"" }.joined(separator: ", ")
        site.write(
            "content/posts/many.md",
            "---\ntitle: Many tags\ndate: 2024-01-04\ntags: [\(tags)]\ncategories: [one]\n---\nTagged.\n")
        site.write(
            "content/posts/plain.md", "---\ntitle: Plain\ndate: 2024-01-03\ntags: [tag 5000, tag 7]\n---\nPlain.\n")
        let output = folder.path + "/many"
        // A gigabyte of address space: memory must not grow with feeds × entries × tags.
        let command =
            "ulimit -v 1000000; exec '\(HeraldProcess.heraldPath)' build --site '\(site.path)' --output '\(output)' --now \(now)"
        let started = Date()
        let result = try HeraldProcess.run("sh", ["-c", command])
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertTrue(
            result.standardError.contains(
                "content/posts/many.md:4: warning: 10000 tags; feeds list and follow only the first 100"),
            result.standardError)
        let tagFolders = try FileManager.default.contentsOfDirectory(atPath: output + "/tags").filter {
            isFolder(output + "/tags/" + $0)
        }
        XCTAssertEqual(tagFolders.count, 101, "tag 1 to tag 100, and tag 5000 for the other post")
        XCTAssertEqual(try jsonItems(output + "/tags/tag-5000/feed.json").map { $0["title"] as? String }, ["Plain"])
        XCTAssertEqual(
            try jsonItems(output + "/tags/tag-7/feed.json").map { $0["title"] as? String }, ["Many tags", "Plain"])
        let entry = try XCTUnwrap(try jsonItems(output + "/feed.json").first)
        XCTAssertEqual((entry["tags"] as? [String])?.count, 101, "100 tags and the category")
        var bytes = 0
        for path in try FileManager.default.subpathsOfDirectory(atPath: output) {
            bytes += (try FileManager.default.attributesOfItem(atPath: output + "/" + path)[.size] as? Int) ?? 0
        }
        XCTAssertLessThan(bytes, 8_000_000)
        try assertChecked(site: site.path, output: output)
    }

    /// Folder names from tags, categories and sections: at most 255 bytes, never a feed's file
    /// name, never two that differ only in case, and every feed's own address matches its file.
    func testNamesFromPostsBecomeSafeDistinctFolders() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://n.example.org/'\ntitle = 'N'\ndisablePathToLower = true\n")
        let long = String(repeating: "x", count: 300)
        let accented = String(repeating: "é", count: 200)
        site.write(
            "content/posts/a.md",
            "---\ntitle: A\ndate: 2024-01-01\ntags: ['\(long)1', '\(long)2', '\(accented)', Go]\n---\nA\n")
        site.write(
            "content/posts/b.md", "---\ntitle: B\ndate: 2024-01-02\ntags: [go]\ncategories: ['\(long)']\n---\nB\n")
        site.write("content/Posts/c.md", "---\ntitle: C\ndate: 2024-01-03\n---\nC\n")
        site.write("content/index.xml/d.md", "---\ntitle: D\ndate: 2024-01-04\n---\nD\n")
        site.write("content/feed.xsl/e.md", "---\ntitle: E\ndate: 2024-01-05\n---\nE\n")
        let output = folder.path + "/names"
        let result = try build(["--site", site.path], output: output)
        XCTAssertEqual(result.status, 0, result.standardError)
        let paths = try FileManager.default.subpathsOfDirectory(atPath: output)
        for path in paths {
            for component in path.split(separator: "/") { XCTAssertLessThanOrEqual(component.utf8.count, 255, path) }
        }
        XCTAssertEqual(
            try jsonItems(output + "/feed.json").compactMap { $0["title"] as? String }, ["E", "D", "C", "B", "A"],
            "the site feed is not overwritten by a section's")
        XCTAssertEqual(
            FileManager.default.contents(atPath: output + "/feed.xsl"),
            FileManager.default.contents(atPath: HeraldProcess.repositoryRoot + "/Sources/Feeds/Schemas/feed.xsl"))
        // Each of these feeds has its own folder and holds its own posts.
        var titles: [String] = []
        let lists = ["feed.json", "tags/feed.json", "categories/feed.json"]
        for path in paths.filter({ $0.hasSuffix("feed.json") && !lists.contains($0) }) {
            titles += try jsonItems(output + "/" + path).map { "\($0["title"] as? String ?? "")" }
        }
        XCTAssertEqual(titles.sorted(), ["A", "A", "A", "A", "A", "B", "B", "B", "C", "D", "E"], "\(paths)")
        try assertSelfLinksMatchTheirFiles(output, baseURL: "https://n.example.org/")
        try assertChecked(site: site.path, output: output)
    }

    /// A Jekyll site's Atom feed is `feed.xml`, and its first category its section.
    func testAJekyllCategoryNamedLikeAFeedFileGetsItsOwnFolder() throws {
        let site = TemporaryFolder()
        site.write("_config.yml", "title: J\nurl: https://j.example.org\n")
        site.write("_posts/2024-01-01-a.md", "---\ntitle: A\ncategories: [feed.xml]\n---\nA\n")
        site.write("_posts/2024-01-02-b.md", "---\ntitle: B\ncategories: [index.xml]\n---\nB\n")
        site.write("_posts/2024-01-03-c.md", "---\ntitle: C\ncategories: [FEED.JSON]\n---\nC\n")
        let output = folder.path + "/jekyll-names"
        let result = try build(["--site", site.path], output: output)
        XCTAssertEqual(result.status, 0, result.standardError)
        let atom = try String(contentsOfFile: output + "/feed.xml", encoding: .utf8)
        XCTAssertTrue(atom.contains("<title type=\"text\">J</title>") && atom.contains(">A</title>"), atom)
        let names = try FileManager.default.contentsOfDirectory(atPath: output)
        let folders = names.filter { isFolder(output + "/" + $0) }
        XCTAssertEqual(folders.count, 4, "three sections and categories/: \(names)")
        XCTAssertFalse(
            folders.contains { ["feed.xml", "index.xml", "feed.json", "feed.xsl"].contains($0) }, "\(names)")
        try assertSelfLinksMatchTheirFiles(output, baseURL: "https://j.example.org/")
        try assertChecked(site: site.path, output: output)
    }

    /// A folder no name can free (every tag under the site's RSS file) costs those feeds alone.
    func testAFolderThatCannotBeFreedCostsOnlyItsFeed() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://f.example.org/'\n")
        site.write("herald.toml", "[site]\nsource = '.'\n[feeds]\npaths = { tag = 'index.xml/:slug' }\n")
        site.write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [kept out]\n---\nA\n")
        let output = folder.path + "/blocked"
        let result = try build(["--config", site.path + "/herald.toml"], output: output)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(
            result.standardError.contains(
                "content/posts/a.md:4: warning: the tag 'kept out' gets no feed: its folder index.xml/kept-out/ collides with index.xml"
            ), result.standardError)
        XCTAssertEqual(try jsonItems(output + "/feed.json").count, 1)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/posts/index.xml"))
    }

    /// File names that would overwrite each other's files, or the stylesheet, are refused before anything is written.
    func testFileNamesThatWouldOverwriteEachOtherAreRefused() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://f.example.org/'\n")
        site.write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nA\n")
        for (names, reason) in [
            ("{ rss = 'feed.xsl' }", "'feed.xsl' is the stylesheet's; name the rss feed otherwise"),
            ("{ rss = 'ATOM.xml' }", "two formats cannot share a file name"),
            ("{ json = '\(String(repeating: "f", count: 256))' }", "is not a file name"),
        ] {
            site.write("herald.toml", "[site]\nsource = '.'\n[feeds]\nfile_names = \(names)\n")
            let output = folder.path + "/refused"
            let result = try build(["--config", site.path + "/herald.toml"], output: output)
            XCTAssertEqual(result.status, 64, names)
            XCTAssertTrue(result.standardError.contains("herald.toml:4: feeds.file_names: "), result.standardError)
            XCTAssertTrue(result.standardError.contains(reason), result.standardError)
            XCTAssertFalse(FileManager.default.fileExists(atPath: output), names)
        }
    }

    /// A site address with a query cannot prefix a link, and is refused; characters an address
    /// may hold (`&`, `'`) cannot break the `<?xml-stylesheet?>` instruction.
    func testTheStylesheetInstructionStaysWellFormed() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://example.org/a?>b\"c/'\n")
        site.write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\ntags: [x]\n---\nA\n")
        let refused = try build(["--site", site.path], output: folder.path + "/refused")
        XCTAssertEqual(refused.status, 64, refused.standardError)
        XCTAssertTrue(refused.standardError.contains("(found 'https://example.org/a?>b\"c/')"), refused.standardError)
        site.write("hugo.toml", "baseURL = \"https://example.org/a&b'c/\"\n")
        let output = folder.path + "/stylesheet"
        let result = try build(["--site", site.path], output: output)
        XCTAssertEqual(result.status, 0, result.standardError)
        let feeds = try FileManager.default.subpathsOfDirectory(atPath: output).filter { $0.hasSuffix(".xml") }
        XCTAssertEqual(feeds.count, 10, "the site's, its section's, a tag's and two taxonomies' RSS and Atom")
        let xmllint = try HeraldProcess.run("xmllint", ["--noout"] + feeds.map { output + "/" + $0 })
        XCTAssertEqual(xmllint.status, 0, xmllint.standardError)
        let atom = try String(contentsOfFile: output + "/atom.xml", encoding: .utf8)
        XCTAssertTrue(atom.contains("<?xml-stylesheet type=\"text/xsl\" href=\"/a%26b%27c/feed.xsl\"?>"), atom)
        try assertChecked(site: site.path, output: output)
    }

    /// Two posts with one `url` have one id: the newer one stays, and the feeds pass their check.
    func testTwoPostsWithOneIDLeaveAValidFeed() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://d.example.org/'\n")
        site.write("content/docs/a.md", "---\ntitle: A\ndate: 2024-01-01\nurl: /same/\n---\nA\n")
        site.write("content/docs/b.md", "---\ntitle: B\ndate: 2024-01-02\nurl: /same/\n---\nB\n")
        let output = folder.path + "/duplicate"
        let result = try build(["--site", site.path], output: output)
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertTrue(
            result.standardError.contains(
                "content/docs/a.md: warning: its feed id https://d.example.org/same/ is also content/docs/b.md's"),
            result.standardError)
        XCTAssertEqual(try jsonItems(output + "/feed.json").count, 1)
        try assertChecked(site: site.path, output: output)
    }

    /// JSON could carry control characters, but the XML feeds cannot: every format shows the same text.
    func testJSONFeedDropsTheCharactersXMLFeedsDrop() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://c.example.org/'\ntitle = \"Si\\u0001te\"\n")
        site.write(
            "content/posts/a.md",
            "{\"title\": \"Bell\\u0007 \\uFFFF done\", \"date\": \"2024-01-01\", \"author\": \"A\\u0002da\","
                + " \"tags\": [\"t\\u0003ag\"], \"categories\": [\"c\\u001Fat\"], \"summary\": \"Sum\\u0008mary\"}\n"
                + "Body\u{1}.\n")
        let output = folder.path + "/controls"
        let result = try build(["--site", site.path], output: output)
        XCTAssertEqual(result.status, 0, result.standardError)
        let text = try String(contentsOfFile: output + "/feed.json", encoding: .utf8)
        XCTAssertFalse(text.contains("\\u00"), text)
        let feed = try XCTUnwrap(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        XCTAssertEqual(feed["title"] as? String, "Site")
        let item = try XCTUnwrap((feed["items"] as? [[String: Any]])?.first)
        XCTAssertEqual(item["title"] as? String, "Bell  done")
        XCTAssertEqual((item["authors"] as? [[String: String]])?.first?["name"], "Ada")
        XCTAssertEqual(item["tags"] as? [String], ["tag", "cat"])
        XCTAssertEqual(item["summary"] as? String, "Summary")
        XCTAssertEqual(item["content_html"] as? String, "<p>Body.</p>\n")
        let atom = try XCTUnwrap(try FeedReader.read([output + "/atom.xml"]).first?.value.entries.first)
        XCTAssertEqual(atom.title, item["title"] as? String)
        XCTAssertEqual(atom.tags, ["tag", "cat"])
    }

    func testASiteTitleOfOnlyControlCharactersGivesWayToTheDefault() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://c.example.org/'\ntitle = \"\\u0000\\u0001 \"\n")
        site.write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nBody\n")
        let output = folder.path + "/untitled"
        XCTAssertEqual(try build(["--site", site.path], output: output).status, 0)
        let feed = try XCTUnwrap(
            try JSONSerialization.jsonObject(
                with: XCTUnwrap(FileManager.default.contents(atPath: output + "/feed.json")))
                as? [String: Any])
        XCTAssertEqual(feed["title"] as? String, "Posts")
        XCTAssertEqual(try FeedReader.read([output + "/posts/index.xml"]).first?.value.title, "Posts on Posts")
        try assertChecked(site: site.path, output: output)
    }

    /// The items of a JSON feed file.
    private func jsonItems(_ path: String) throws -> [[String: Any]] {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: path), path)
        let feed = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any], path)
        return try XCTUnwrap(feed["items"] as? [[String: Any]], path)
    }

    /// `herald check` finds nothing wrong with the feeds of `site` in `output`.
    private func assertChecked(site: String, output: String) throws {
        let check = try HeraldProcess.herald(["check", "--site", site, "--output", output])
        XCTAssertEqual(check.status, 0, check.standardError)
    }

    private func isFolder(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// Every feed file's own address (Atom and RSS self links, JSON Feed's `feed_url`) is where it was written.
    private func assertSelfLinksMatchTheirFiles(_ output: String, baseURL: String) throws {
        let patterns = [
            "<link rel=\"self\" type=\"application/atom\\+xml\" href=\"([^\"]*)\"",
            "<atom:link href=\"([^\"]*)\" rel=\"self\"", "\"feed_url\" : \"([^\"]*)\"",
        ].map { try! NSRegularExpression(pattern: $0) }
        var checked = 0
        for path in try FileManager.default.subpathsOfDirectory(atPath: output)
        where [".xml", ".json"].contains(where: path.hasSuffix) && !isFolder(output + "/" + path) {
            let text = try String(contentsOfFile: output + "/" + path, encoding: .utf8)
            let range = NSRange(text.startIndex..., in: text)
            let match = try XCTUnwrap(patterns.lazy.compactMap { $0.firstMatch(in: text, range: range) }.first, path)
            let url = String(text[Range(match.range(at: 1), in: text)!])
            XCTAssertEqual(url.removingPercentEncoding, baseURL + path, path)
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0)
    }

    // MARK: - A generated site

    func testGeneratedSiteOfAThousandPosts() throws {
        let site = folder.path + "/generated"
        let generator = try HeraldProcess.run(
            "python3",
            [HeraldProcess.repositoryRoot + "/scripts/generate-site.py", site, "--posts", "1000", "--seed", "5"])
        XCTAssertEqual(generator.status, 0, generator.standardError)
        let output = folder.path + "/generated-out"
        let result = try build(["--site", site], output: output)
        XCTAssertEqual(result.status, 0, result.standardError)
        let check = try HeraldProcess.herald(["check", "--site", site, "--output", output])
        XCTAssertEqual(check.status, 0, check.standardError)
        let feeds = try FeedReader.read([output + "/index.xml", output + "/atom.xml", output + "/posts/index.xml"])
        for (path, feed) in feeds {
            XCTAssertFalse(feed.bozo, "\(path): \(feed.bozo_exception)")
            XCTAssertEqual(feed.entries.count, 20, "the default limit: \(path)")
        }
    }
}
