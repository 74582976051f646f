import Foundation
import XCTest

/// Python's feedparser, a real feed reader, run on feed files; what it saw, per file.
enum FeedReader {
    struct Feed: Decodable {
        let bozo: Bool
        let bozo_exception: String
        let version: String
        let title: String?
        let link: String?
        let updated: String?
        let entries: [Entry]
    }

    struct Entry: Decodable {
        let id: String?
        let title: String?
        let link: String?
        let published: String?
        let updated: String?
        let authors: [String]
        let tags: [String]
        let summary: String?
        let content: [String]
        /// Alternate links by language: the entry's translations.
        let translations: [String: String]
    }

    static func read(_ paths: [String]) throws -> [String: Feed] {
        let python = HeraldProcess.repositoryRoot + "/.build/venv/bin/python"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            XCTFail("feedparser is not installed; run `make deps`")
            return [:]
        }
        let script = HeraldProcess.repositoryRoot + "/Tests/HeraldTests/Scripts/read-feeds.py"
        let output = try HeraldProcess.run(python, [script] + paths)
        XCTAssertEqual(output.status, 0, output.standardError)
        return try JSONDecoder().decode([String: Feed].self, from: Data(output.standardOutput.utf8))
    }
}
