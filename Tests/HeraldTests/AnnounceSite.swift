import Foundation
import XCTest

/// A small Hugo site and a site definition whose targets point at a loopback receiver.
final class AnnounceSite {
    let folder = TemporaryFolder()
    var definition: String { folder.path + "/herald.toml" }
    var ledgerPath: String { folder.path + "/state/ledger.json" }

    init(posts: Int = 3) {
        folder.write(
            "site/hugo.toml", "baseURL = 'https://a.example.org/'\ntitle = 'Announce & Co'\nlanguageCode = 'en'\n")
        for number in 1...posts { addPost(number) }
    }

    /// `content/posts/post-N.md`, dated 2024-01-N, tagged `tag-N` and `common`.
    func addPost(_ number: Int, frontMatter: String = "") {
        folder.write(
            "site/content/posts/post-\(number).md",
            """
            ---
            title: "Post \(number): <b>bold</b> & more"
            date: 2024-01-\(number < 10 ? "0" : "")\(number)T10:00:00Z
            tags: [tag-\(number), common]
            \(frontMatter)
            ---
            The summary of post \(number), with **Markdown** and a [link](/about/).

            More text.
            """)
    }

    func removePost(_ number: Int) throws {
        try FileManager.default.removeItem(atPath: folder.path + "/site/content/posts/post-\(number).md")
    }

    /// Writes the definition with one target; `target` holds its keys after `name` and `type`.
    func configure(_ type: String, _ target: String) {
        folder.write(
            "herald.toml",
            """
            [site]
            source = "site"
            [announce]
            state = "state"
            lock_wait = 20

            [[targets]]
            name = "\(type)-target"
            type = "\(type)"
            allow_plain_http = true
            retry_delay = 0.05
            \(target)
            """)
    }

    func announce(_ arguments: [String] = []) throws -> HeraldProcess.Output {
        // The real clock: the ledger records what really went out, so --now needs --dry-run here.
        try HeraldProcess.herald(["announce", "--config", definition] + arguments)
    }

    /// `herald announce` as a process of its own, not yet started, for tests that run it
    /// alongside something else; what it prints is dropped.
    func announceProcess() -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: HeraldProcess.heraldPath)
        process.arguments = ["announce", "--config", definition]
        process.standardError = FileHandle.nullDevice
        return process
    }

    var ledger: [String: Any] {
        guard let data = FileManager.default.contents(atPath: ledgerPath) else { return [:] }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }

    /// The ledger entries of the only target, by post permalink.
    var entries: [String: [String: Any]] {
        let targets = ledger["targets"] as? [String: [String: Any]] ?? [:]
        return targets.values.first?["posts"] as? [String: [String: Any]] ?? [:]
    }

    func status(of post: Int) -> String? {
        entries["https://a.example.org/posts/post-\(post)/"]?["status"] as? String
    }
}
