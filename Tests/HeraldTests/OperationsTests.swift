import Foundation
import XCTest

/// What running unattended needs: `herald init`, quiet `run`, journald priorities.
final class OperationsTests: XCTestCase {
    func testInitWritesADefinitionThatWorks() throws {
        let folder = TemporaryFolder()
        let site = HeraldProcess.repositoryRoot + "/feeds/example"
        let definition = folder.path + "/blog.toml"
        let result = try HeraldProcess.herald(["init", "--hugo", site, "--output", definition])
        XCTAssertEqual(result.status, 0, result.standardError)
        let text = try String(contentsOfFile: definition, encoding: .utf8)
        XCTAssertTrue(text.contains("source = \"\(site)\""), text)
        XCTAssertTrue(
            text.contains(
                "# Found: base URL https://blog.example.org/, timezone Europe/Berlin, 17 posts (14 published) in notes, posts."
            ), text)
        XCTAssertTrue(text.contains("output = \"\(site)/public\""), text)
        let list = try HeraldProcess.herald(["list", "--config", definition])
        XCTAssertEqual(list.status, 0, list.standardError)
        XCTAssertEqual(list.standardOutput.split(separator: "\n").count, 17)
        let again = try HeraldProcess.herald(["init", "--hugo", site, "--output", definition])
        XCTAssertEqual(again.status, 73, "an existing definition is not replaced without --force")
        XCTAssertEqual(try HeraldProcess.herald(["init", "--hugo", site, "--output", definition, "--force"]).status, 0)
    }

    func testInitWithoutASiteWritesAPlainDefinition() throws {
        let result = try HeraldProcess.herald(["init"])
        XCTAssertEqual(result.status, 0)
        XCTAssertTrue(result.standardOutput.contains("content = \"posts\""), result.standardOutput)
    }

    /// Cron mails whatever a job prints: a run in which all went well prints nothing.
    func testRunIsQuietWhenAllIsWellAndSaysWhatWentWrong() throws {
        let site = AnnounceSite(posts: 1)
        site.configure("file", "path = \"announcements.jsonl\"\nbackfill = 1")
        let quiet = try HeraldProcess.herald([
            "run", "--config", site.definition, "--output", site.folder.path + "/out",
        ])
        XCTAssertEqual(quiet.status, 0, quiet.standardError)
        XCTAssertEqual(quiet.standardOutput + quiet.standardError, "")
        XCTAssertTrue(FileManager.default.fileExists(atPath: site.folder.path + "/out/index.xml"))
        XCTAssertEqual(
            try String(contentsOfFile: site.folder.path + "/announcements.jsonl", encoding: .utf8).split(
                separator: "\n"
            ).count, 1)
        site.addPost(2, frontMatter: "date: someday")
        let broken = try HeraldProcess.herald([
            "run", "--config", site.definition, "--output", site.folder.path + "/out",
        ])
        XCTAssertEqual(broken.status, 1)
        XCTAssertEqual(broken.standardOutput, "")
        XCTAssertTrue(broken.standardError.hasPrefix("content/posts/post-2.md:"), broken.standardError)
    }

    /// journald reads `<N>` at the start of each line as its priority.
    func testJournaldGetsPriorities() throws {
        let site = AnnounceSite(posts: 1)
        site.configure("file", "path = \"announcements.jsonl\"\nbackfill = 1")
        site.addPost(2, frontMatter: "date: someday")
        let result = try HeraldProcess.run(
            "env",
            [
                "JOURNAL_STREAM=8:12345", HeraldProcess.heraldPath, "run", "--config", site.definition, "--output",
                site.folder.path + "/out",
            ])
        let lines = result.standardError.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.hasPrefix("<3>content/posts/post-2.md:") }, result.standardError)
        XCTAssertTrue(
            lines.contains { $0.hasPrefix("<5>announce target=file-target") && $0.contains(" sent ") },
            result.standardError)
        XCTAssertTrue(lines.allSatisfy { $0.first == "<" }, "every line carries a priority")
    }
}
