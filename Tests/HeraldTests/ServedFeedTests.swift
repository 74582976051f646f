import Foundation
import XCTest

/// A site switching to Herald keeps the feed addresses and lengths its generator configured.
final class ServedFeedTests: XCTestCase {
    private func items(_ path: String) throws -> Int {
        try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "<item>").count - 1
    }

    /// Hugo writes the RSS it is told to (`baseName`, `limit`); Herald's is at the same paths
    /// with as many posts.
    func testHugosRSSNameAndLimitAreKept() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://s.example/'\n[outputFormats.RSS]\nbaseName = 'feed'\n[services.rss]\nlimit = 2\n")
        for day in 1...4 {
            folder.write(
                "site/content/posts/p\(day).md", "---\ntitle: Post \(day)\ndate: 2024-03-0\(day)\ntags: [t]\n---\nx\n")
        }
        let site = folder.path + "/site"
        let hugo = try HeraldProcess.run("hugo", ["--quiet", "-d", folder.path + "/hugo"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        let output = folder.path + "/herald"
        let herald = try HeraldProcess.herald(["build", "--site", site, "--output", output])
        XCTAssertEqual(herald.status, 0, herald.standardError)
        for feed in ["feed.xml", "posts/feed.xml", "tags/t/feed.xml"] {
            XCTAssertEqual(try items(output + "/" + feed), try items(folder.path + "/hugo/" + feed), feed)
            XCTAssertEqual(try items(output + "/" + feed), 2, feed)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output + "/index.xml"))
    }

    /// jekyll-feed's `feed.path` and `feed.posts_limit` (ten posts by default).
    func testJekyllFeedsPathAndLimitAreKept() throws {
        let folder = TemporaryFolder()
        for day in 1...12 {
            folder.write("site/_posts/2024-03-\(day < 10 ? "0" : "")\(day)-p.md", "---\ntitle: Post \(day)\n---\nx\n")
        }
        let site = folder.path + "/site"
        folder.write("site/_config.yml", "url: https://j.example\n")
        let output = folder.path + "/default"
        XCTAssertEqual(try HeraldProcess.herald(["build", "--site", site, "--output", output]).status, 0)
        let atom = try String(contentsOfFile: output + "/feed.xml", encoding: .utf8)
        XCTAssertEqual(atom.components(separatedBy: "<entry>").count - 1, 10)
        folder.write("site/_config.yml", "url: https://j.example\nfeed:\n  path: atom.xml\n  posts_limit: 3\n")
        let configured = folder.path + "/configured"
        XCTAssertEqual(try HeraldProcess.herald(["build", "--site", site, "--output", configured]).status, 0)
        let limited = try String(contentsOfFile: configured + "/atom.xml", encoding: .utf8)
        XCTAssertEqual(limited.components(separatedBy: "<entry>").count - 1, 3)
    }
}
