import Announcer
import Foundation
import Site

/// An announcement from fuzzed post fields (parts `title`, `summary` and `body` in Markdown,
/// front matter `url`, `tags`, `categories`, `author`, `date`, `site`; `update` present for an edit), with a
/// target `template` and Mastodon `limit`, built into every platform's request (a file target's line).
/// Requests must carry headers that are one line of text, and JSON that parses.
struct MessageHarness: Harness {
    private let folder = ScratchFolder("messages")
    private let now = Date(timeIntervalSince1970: 1_713_168_000)

    func run(_ input: [UInt8]) {
        let parts = InputSections(input)
        var site = SiteConfiguration(rootDirectory: folder.path, contentDirectory: folder.path + "/content")
        site.baseURL = "https://blog.example.org/"
        site.title = parts["site"] ?? "Field Notes"
        var post = Post(path: "content/posts/fuzz.md", contentPath: "posts/fuzz.md")
        post.title = parts["title"] ?? ""
        // As the scan makes it: from a front matter `url`, else from the file's path.
        post.url = parts["url"]
        post.permalink = site.permalink(of: post)
        post.summary = parts["summary"]
        post.tags = parts.lines("tags")
        post.categories = parts.lines("categories")
        post.authors = parts.lines("author")
        post.date = parts["date"].flatMap(LocalDateTime.init(parsing:))?.resolved(in: site.timeZone)
        // A body Hugo would refuse never reaches a message.
        guard
            let rendered = try? PostRenderer(site: site, posts: [post]).render(markdown: parts["body"] ?? "", of: post)
        else { return }
        let announcement = Announcement(post: post, rendered: rendered, site: site, isUpdate: parts["update"] != nil)
        for platform in Platform.allCases {
            var target = TargetSettings(name: "fuzz", platform: platform)
            target.url = .literal("https://hooks.example.org/services/T0/B0/fuzz")
            target.token = .literal("fuzz-token")
            target.signingSecret = .literal("whsec_" + Data(repeating: 7, count: 32).base64EncodedString())
            target.server = "https://chat.example.org"
            target.room = "!room:example.org"
            target.path = folder.path + "/announcements.jsonl"
            target.template = parts["template"]
            target.characterLimit = parts["limit"].flatMap { Int($0) }.map { max(1, $0) } ?? 500
            if let client = try? TargetClient(target),
                let request = try? client.request(for: announcement, key: "k", now: now)
            {
                check(request)
            }
            // A file target has no request; its preview is the line it would append.
            if platform == .file { _ = try? RequestPreview(target: target).render(announcement, key: "k") }
        }
    }

    private func check(_ request: HTTPRequest) {
        for (name, value) in request.headers
        where (name + value).utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0 }) {
            fatalError("header \(name) holds a line break or a NUL: \(value.debugDescription)")
        }
        let isJSON = request.headers.contains { $0.name == "Content-Type" && $0.value.hasPrefix("application/json") }
        if isJSON, (try? JSONSerialization.jsonObject(with: Data(request.body))) == nil {
            fatalError("the body is not JSON: \(String(decoding: request.body, as: UTF8.self).debugDescription)")
        }
    }
}
