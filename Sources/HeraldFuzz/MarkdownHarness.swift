import Foundation

@testable import Site

/// A post's Markdown body through shortcodes, cmark-gfm, summaries and absolute URLs: once as
/// Hugo renders it by default, once with raw HTML kept and a front matter summary.
struct MarkdownHarness: Harness {
    /// Posts a `ref` or `relref` shortcode can name: a page and a bundle.
    private let others = [("posts/other.md", "/posts/other/"), ("posts/trip/index.md", "/posts/trip/")].map {
        var post = Post(path: "content/" + $0.0, contentPath: $0.0)
        post.permalink = "https://blog.example.org" + $0.1
        return post
    }

    func run(_ input: [UInt8]) {
        // The renderer reads bodies that pass this check, and only those.
        let invalid = input.withUnsafeBytes { TextValidation.firstProblem(in: $0, range: 0..<$0.count, firstLine: 5) }
        guard invalid == nil else { return }
        let markdown = String(decoding: input, as: UTF8.self)
        var site = SiteConfiguration(rootDirectory: "/srv/blog", contentDirectory: "/srv/blog/content")
        site.baseURL = "https://blog.example.org/"
        var post = Post(path: "content/posts/fuzz.md", contentPath: "posts/fuzz.md")
        post.permalink = "https://blog.example.org/posts/fuzz/"
        post.bodyLine = 5
        _ = try? PostRenderer(site: site, posts: others + [post]).render(markdown: markdown, of: post)
        site.markdown.allowsRawHTML = true
        post.summary = markdown.split(separator: "\n", maxSplits: 1).first.map(String.init)
        _ = try? PostRenderer(site: site, posts: others + [post]).render(markdown: markdown, of: post)
    }
}
