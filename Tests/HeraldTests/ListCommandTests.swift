import Foundation
import XCTest

/// `herald list` run as a user runs it: the real binary, real files, exit statuses.
final class ListCommandTests: XCTestCase {
    func testExampleSiteDefinition() throws {
        let output = try HeraldProcess.herald([
            "list", "--config", "feeds/example.toml", "--now", "2026-01-01T00:00:00Z",
        ])
        XCTAssertEqual(output.status, 0, output.standardError)
        let lines = output.standardOutput.split(separator: "\n")
        XCTAssertEqual(lines.count, 16, "every post of the posts and notes sections, not the About page")
        XCTAssertEqual(
            lines.first,
            "scheduled  2099-01-01  https://blog.example.org/2099/01/a-letter-to-whoever-maintains-this-blog-in-2099/  A Letter to Whoever Maintains This Blog in 2099  [meta, long-term]"
        )
        XCTAssertTrue(
            lines.contains(
                "published  2024-01-18  https://blog.example.org/2024/01/profiling-a-slow-go-service-from-a-caf%C3%A9-table/  Profiling a Slow Go Service From a Café Table  [go, performance, cloud native, open-source, café]"
            ))
        XCTAssertEqual(
            output.standardError, "16 posts: 1 draft, 1 scheduled, 1 expired, 13 published\n")
    }

    func testJSONForScripts() throws {
        let output = try HeraldProcess.herald(["list", "--config", "feeds/example.toml", "--json", "--render"])
        XCTAssertEqual(output.status, 0, output.standardError)
        let listing = try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as! [String: Any]
        XCTAssertEqual(listing["site"] as? String, "Field Notes")
        XCTAssertEqual(listing["baseURL"] as? String, "https://blog.example.org/")
        let posts = listing["posts"] as! [[String: Any]]
        let bundle = try XCTUnwrap(
            posts.first { $0["path"] as? String == "content/posts/rebuilding-my-keyboard/index.md" })
        XCTAssertEqual(bundle["status"] as? String, "published")
        XCTAssertEqual(bundle["date"] as? String, "2023-10-07T15:30:00+04:00")
        XCTAssertTrue(
            (bundle["content"] as? String)?.contains(
                "<img src=\"https://blog.example.org/2023/10/rebuilding-a-ten-year-old-mechanical-keyboard/cover.png\" alt=\"cover\">"
            )
                == true)
        XCTAssertEqual(bundle["summaryTruncated"] as? Bool, true)
        let cafe = try XCTUnwrap(posts.first { $0["path"] as? String == "content/posts/profiling-go-from-a-cafe.md" })
        XCTAssertEqual(
            cafe["description"] as? String, "pprof, a flaky café Wi-Fi connection and one very surprising mutex.")
        let draft = try XCTUnwrap(posts.first { $0["status"] as? String == "draft" })
        XCTAssertNil(draft["content"], "only published posts are rendered")
        XCTAssertEqual((listing["problems"] as? [Any])?.count, 0)
    }

    func testABrokenPostIsReportedSkippedAndFailsTheRun() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://b.example.org/'\n")
        site.write("content/posts/good.md", "---\ntitle: Good\ndate: 2024-01-01\n---\nBody\n")
        site.write("content/posts/bad.md", "---\ntitle: Bad\ndate: tomorrow\n---\nBody\n")
        let output = try HeraldProcess.herald(["list", "--site", site.path])
        XCTAssertEqual(output.status, 1)
        XCTAssertEqual(output.standardOutput, "published  2024-01-01  https://b.example.org/posts/good/  Good\n")
        XCTAssertEqual(
            output.standardError,
            """
            content/posts/bad.md:3: date: 'tomorrow' is not a date Herald can read; write 2006-01-02 or 2006-01-02T15:04:05-07:00
            1 post: 1 published; 1 skipped with errors

            """)
    }

    /// A shortcode Herald cannot run is a warning, once for the run however many posts use it,
    /// pointing at the generator's rendering; with --json every post's is listed.
    func testUnknownShortcodeIsAWarningWithRenderOncePerRun() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://b.example.org/'\n")
        site.write("content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nLine one\n\n{{< tweet 123 >}}\n")
        for name in ["b", "c"] {
            site.write(
                "content/posts/\(name).md", "---\ntitle: B\ndate: 2024-01-02\n---\n{{< tweet 1 >}} {{< tweet 2 >}}\n")
        }
        let output = try HeraldProcess.herald(["list", "--site", site.path, "--render"])
        XCTAssertEqual(output.status, 0)
        XCTAssertEqual(
            output.standardError,
            """
            content/posts/a.md:7: warning: shortcode 'tweet' is the site's or its theme's, which Herald cannot run: \
            its tags were removed and what they enclose kept; for the site's own rendering, run herald init \
            --rendering generator (the same in 2 other files)
            3 posts: 3 published

            """)
        let json = try HeraldProcess.herald(["list", "--site", site.path, "--render", "--json"])
        let listing = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        XCTAssertEqual((listing?["problems"] as? [Any])?.count, 3)
    }

    func testBadSiteDefinitionExitsWith64AndSaysWhy() throws {
        let folder = TemporaryFolder()
        folder.write("site.toml", "[site]\nsource = '.'\nbase_ur = 'x'\n")
        let output = try HeraldProcess.herald(["list", "--config", folder.path + "/site.toml"])
        XCTAssertEqual(output.status, 64)
        XCTAssertTrue(
            output.standardError.hasPrefix(
                "herald: \(folder.path)/site.toml:3: site.base_ur: unknown key (did you mean 'base_url'?)"),
            output.standardError)
    }

    func testMissingSiteIsAUsageError() throws {
        let output = try HeraldProcess.herald(["list"])
        XCTAssertEqual(output.status, 64)
        XCTAssertTrue(output.standardError.contains("Say which site: --config FILE"), output.standardError)
    }

    func testHelpTeaches() throws {
        let output = try HeraldProcess.herald(["list", "--help"])
        XCTAssertEqual(output.status, 0)
        for text in ["--config <file>", "--site <dir>", "--json", "--render", "--now <time>", "path:line: reason"] {
            XCTAssertTrue(output.standardOutput.contains(text), text)
        }
    }
}

/// Folders a run cannot read: their posts are missing, so the run says so and fails.
final class UnreadableFolderTests: XCTestCase {
    func testAnUnreadableSectionOrBundleIsReportedNotDroppedSilently() throws {
        let site = TemporaryFolder()
        site.write("hugo.toml", "baseURL = 'https://blog.example.org/'\ntitle = 'Blog'\n")
        site.write("content/posts/open.md", "---\ntitle: Open\ndate: 2024-01-02\n---\nBody.\n")
        site.write("content/posts/private/secret.md", "---\ntitle: Secret\ndate: 2024-01-03\n---\nBody.\n")
        site.write("content/posts/trip/index.md", "---\ntitle: Trip\ndate: 2024-01-04\n---\nBody.\n")
        for folder in ["content/posts/private", "content/posts/trip"] {
            XCTAssertEqual(chmod(site.path + "/" + folder, 0), 0)
        }
        defer {
            for folder in ["content/posts/private", "content/posts/trip"] { chmod(site.path + "/" + folder, 0o755) }
        }
        // Root reads every folder whatever its mode, so the run is made as nobody.
        let arguments = ["list", "--site", site.path, "--now", "2025-01-01T00:00:00Z"]
        let output =
            geteuid() == 0
            ? try HeraldProcess.run(
                "/usr/bin/setpriv",
                ["--reuid=65534", "--regid=65534", "--clear-groups", HeraldProcess.heraldPath] + arguments)
            : try HeraldProcess.herald(arguments)
        XCTAssertEqual(output.status, 1, output.standardError)
        XCTAssertEqual(output.standardOutput.split(separator: "\n").count, 1, output.standardOutput)
        XCTAssertTrue(output.standardOutput.contains("Open"))
        XCTAssertTrue(
            output.standardError.contains(
                "content/posts/private: cannot list the folder (Permission denied); its posts are left out"),
            output.standardError)
        XCTAssertTrue(
            output.standardError.contains(
                "content/posts/trip: cannot list the folder (Permission denied); its posts are left out"),
            output.standardError)
    }
}
