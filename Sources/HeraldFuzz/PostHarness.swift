import Foundation
import Site

/// A post file's bytes through the whole scan, as a Hugo and as a Jekyll post: front matter
/// found and read, fields and dates, status, permalink; then the body rendered, and the post
/// scanned again from the scan cache, which must give exactly what reading the file gave.
struct PostHarness: Harness {
    private let folder = ScratchFolder("post")
    /// Statuses are judged at a fixed moment, so an input always does the same.
    private let now = Date(timeIntervalSince1970: 1_713_168_000)

    func run(_ input: [UInt8]) {
        folder.reset()
        var hugo = site(root: "hugo", content: "hugo/content")
        hugo.permalinks = ["posts": "/:year/:month/:slug/"]
        check(hugo, file: folder.write(input, to: "hugo/content/posts/fuzz.md"))
        var jekyll = site(root: "jekyll", content: "jekyll")
        jekyll.generator = .jekyll
        jekyll.permalinks = ["": "date"]
        check(jekyll, file: folder.write(input, to: "jekyll/_posts/2024-04-15-fuzz.md"))
    }

    private func site(root: String, content: String) -> SiteConfiguration {
        var site = SiteConfiguration(
            rootDirectory: folder.path.appendingPathComponent(root),
            contentDirectory: folder.path.appendingPathComponent(content))
        site.baseURL = "https://blog.example.org/"
        site.timeZone = TimeZone(identifier: "Europe/Berlin") ?? site.timeZone
        return site
    }

    private func check(_ site: SiteConfiguration, file: String) {
        // Old enough for the scan cache to keep what was read.
        var times = [timespec(tv_sec: 1_700_000_000, tv_nsec: 0), timespec(tv_sec: 1_700_000_000, tv_nsec: 0)]
        utimensat(AT_FDCWD, file, &times, 0)
        let cache = site.rootDirectory.appendingPathComponent("cache")
        let scanner = PostScanner(site: site, now: now)
        guard let read = try? scanner.scan(cacheDirectory: cache), let cached = try? scanner.scan(cacheDirectory: cache)
        else { fatalError("the content folder \(site.contentDirectory) cannot be scanned") }
        guard read.posts.count + read.problems.count == 1 else {
            fatalError("the scan lost the post: \(read.posts.count) posts, problems \(read.problems)")
        }
        let renderer = PostRenderer(site: site, posts: read.posts)
        for post in read.posts { _ = renderer.render(post) }
        let (fromFile, fromCache) = (Self.described(read.posts), Self.described(cached.posts))
        guard fromCache == fromFile, cached.problems == read.problems else {
            fatalError(
                "the scan cache changed what was read: \(fromFile) \(read.problems) ≠ \(fromCache) \(cached.problems)")
        }
    }

    /// Every field of the posts, dates to the fraction of a second that a `Date`'s own description leaves out.
    private static func described(_ posts: [Post]) -> String {
        posts.map { post in
            let dates = [post.date, post.publishDate, post.lastmod, post.expiryDate]
            return "\(post) \(dates.map { $0?.instant.timeIntervalSince1970 })"
        }.joined(separator: "\n")
    }
}
