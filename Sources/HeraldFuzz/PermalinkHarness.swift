import Foundation

@testable import Site

/// A permalink pattern and the post fields it is filled from (parts `pattern`, `path`, `title`,
/// `slug`, `url`, `date`, `categories`, `tags`), built the Hugo way with each of Hugo's URL
/// settings off and on, and the Jekyll way; term slugs and feed ids from the same text.
struct PermalinkHarness: Harness {
    func run(_ input: [UInt8]) {
        let parts = InputSections(input)
        var site = SiteConfiguration(rootDirectory: "/srv/blog", contentDirectory: "/srv/blog/content")
        site.baseURL = "https://blog.example.org/"
        let path = parts["path"] ?? "posts/fuzz.md"
        let directories = path.split(separator: "/").dropLast()
        var post = Post(path: "content/" + path, contentPath: path)
        post.title = parts["title"] ?? ""
        post.slug = parts["slug"]
        post.url = parts["url"]
        post.date = parts["date"].flatMap(LocalDateTime.init(parsing:))?.resolved(in: site.timeZone)
        post.categories = parts.lines("categories")
        post.tags = parts.lines("tags")
        post.identifier = parts["id"]
        post.section = directories.first.map(String.init) ?? ""
        post.sectionCount = directories.count
        post.fileKind = path.hasSuffix("/index.md") ? .bundle : .page
        for setting in [false, true] {
            var hugo = site
            if let pattern = parts["pattern"] { hugo.permalinks[post.section] = pattern }
            hugo.uglyURLs = UglyURLs(everywhere: setting)
            hugo.disablePathToLower = setting
            hugo.removePathAccents = setting
            check(hugo.permalink(of: post))
            for term in post.tags + post.categories + [post.title] {
                check(hugo.absoluteURL(path: hugo.slug(term) + "/"))
            }
            var jekyll = hugo
            jekyll.generator = .jekyll
            jekyll.permalinks = ["": parts["pattern"] ?? "date"]
            check(jekyll.permalink(of: post))
            let addresses = JekyllPermalink(site: jekyll).addresses(for: post, file: JekyllFileName(relativePath: path))
            check(addresses.permalink)
            check(addresses.id)
        }
    }

    /// Feeds and messages carry permalinks as they are: every byte must be one a URL may hold.
    private func check(_ url: String) {
        guard url.hasPrefix("https://blog.example.org/"), url.utf8.allSatisfy({ (0x21...0x7E).contains($0) }) else {
            fatalError("not a URL: \(url.debugDescription)")
        }
    }
}
