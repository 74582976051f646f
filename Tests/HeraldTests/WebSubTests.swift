import Foundation
import XCTest

/// Publish pings to a WebSub hub, a real HTTP server on loopback that the test starts.
final class WebSubTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUp() {
        folder = TemporaryFolder()
    }

    /// A one-post Hugo site whose definition names `hub`; only the site feed, in RSS.
    private func definition(hub: String) -> String {
        folder.write("site/hugo.toml", "baseURL = 'https://w.example.org/'\ntitle = 'W'\n")
        folder.write("site/content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nHello.\n")
        folder.write(
            "herald.toml",
            """
            [site]
            source = "site"
            [feeds]
            output = "out"
            formats = ["rss", "atom"]
            sections = false
            tags = false
            categories = false
            hubs = ["\(hub)/hub"]
            allow_plain_http = true
            """)
        return folder.path + "/herald.toml"
    }

    func testChangedFeedsArePingedOnceAndUnchangedOnesNever() throws {
        let hub = try Receiver()
        let config = definition(hub: hub.url)
        let first = try HeraldProcess.herald(["build", "--config", config])
        XCTAssertEqual(first.status, 0, first.standardError)
        let pings = hub.requests
        XCTAssertEqual(pings.map(\.method), ["POST", "POST"])
        XCTAssertEqual(pings.map(\.path), ["/hub", "/hub"])
        XCTAssertEqual(pings.first?.headers["content-type"], "application/x-www-form-urlencoded")
        XCTAssertTrue(pings.first?.headers["user-agent"]?.hasPrefix("herald/") == true)
        XCTAssertEqual(
            pings.map(\.body),
            [
                "hub.mode=publish&hub.url=https%3A%2F%2Fw.example.org%2Findex.xml",
                "hub.mode=publish&hub.url=https%3A%2F%2Fw.example.org%2Fatom.xml",
            ])
        let rss = try String(contentsOfFile: folder.path + "/out/index.xml", encoding: .utf8)
        XCTAssertTrue(rss.contains("<atom:link href=\"\(hub.url)/hub\" rel=\"hub\"/>"), rss)

        let second = try HeraldProcess.herald(["build", "--config", config])
        XCTAssertEqual(second.status, 0)
        XCTAssertEqual(hub.requests.count, 2, "nothing changed, so no hub is told anything")
    }

    /// libcurl, and the two dozen libraries it loads, are opened only when something is sent:
    /// the dynamic loader's own report (`LD_DEBUG=files`) says which runs loaded it.
    func testLibcurlIsLoadedOnlyWhenARequestIsSent() throws {
        let hub = try Receiver()
        let config = definition(hub: hub.url)
        func loadsLibcurl(_ arguments: [String]) throws -> Bool {
            let result = try HeraldProcess.run("env", ["LD_DEBUG=files", HeraldProcess.heraldPath] + arguments)
            XCTAssertEqual(result.status, 0, result.standardError)
            // libcrypto comes with libcurl, and is not opened without it: only announcements sign.
            XCTAssertEqual(
                result.standardError.contains("libcrypto.so"), result.standardError.contains("libcurl.so"),
                arguments.joined(separator: " "))
            return result.standardError.contains("libcurl.so")
        }
        XCTAssertFalse(try loadsLibcurl(["build", "--config", config, "--dry-run"]), "a dry run sends nothing")
        XCTAssertTrue(try loadsLibcurl(["build", "--config", config]), "the hub is pinged")
        XCTAssertEqual(hub.requests.count, 2)
        XCTAssertFalse(try loadsLibcurl(["build", "--config", config]), "nothing changed, nothing sent")
        XCTAssertFalse(try loadsLibcurl(["--version"]))
    }

    func testAFailingHubIsRetriedThenReported() throws {
        let hub = try Receiver(statuses: [503, 200, 500, 500, 500])
        let result = try HeraldProcess.herald(["build", "--config", definition(hub: hub.url)])
        XCTAssertEqual(hub.requests.count, 5, "RSS: 503 then 200; Atom: three 500s")
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.standardError.contains(
                "herald: hub 127.0.0.1:\(hub.port): publish ping for https://w.example.org/atom.xml failed: HTTP 500"),
            result.standardError)
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: folder.path + "/out/atom.xml"), "the feed itself is written")
    }

    func testDryRunSendsNothing() throws {
        let hub = try Receiver()
        let result = try HeraldProcess.herald(["build", "--config", definition(hub: hub.url), "--dry-run"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(hub.requests.count, 0)
    }

    func testPlainHTTPHubsNeedExplicitPermission() throws {
        folder.write("site/hugo.toml", "baseURL = 'https://w.example.org/'\n")
        folder.write("site/content/posts/a.md", "---\ntitle: A\n---\n")
        folder.write("herald.toml", "[site]\nsource = 'site'\n[feeds]\nhubs = ['http://127.0.0.1:9/hub']\n")
        let result = try HeraldProcess.herald(["build", "--config", folder.path + "/herald.toml"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(
            result.standardError.contains("feeds.hubs: 'http://127.0.0.1:9/hub' is not an https:// address"),
            result.standardError)
    }
}
