import Foundation
import Site

/// Decides which feeds a site gets: the whole site, each section, each tag and each category,
/// at the folders Hugo uses for them (`/tags/kubecon/`) unless the settings say otherwise.
public struct FeedPlanner: Sendable {
    public let site: SiteConfiguration
    public let settings: FeedSettings

    public init(site: SiteConfiguration, settings: FeedSettings) {
        self.site = site
        self.settings = settings
    }

    /// - Parameter posts: the published posts, newest first.
    public func plan(_ posts: some Collection<Post>) -> [PlannedFeed] {
        let siteTitle = site.title.isEmpty ? "Posts" : site.title
        var feeds = [
            PlannedFeed(
                scope: .site, title: siteTitle, directory: Self.folder(settings.sitePath), posts: limited(posts))
        ]
        if settings.sectionFeeds {
            for (name, members) in grouped(posts, by: { $0.section.isEmpty ? [] : [$0.section] }) {
                feeds.append(
                    PlannedFeed(
                        scope: .section(name), title: "\(Self.titleCased(name)) on \(siteTitle)",
                        directory: folder(settings.sectionPath, name), posts: limited(members)))
            }
        }
        if settings.tagFeeds {
            for (name, members) in grouped(posts, by: { FeedTerms.followed($0.tags) }) {
                feeds.append(
                    PlannedFeed(
                        scope: .tag(name), title: "\(name) on \(siteTitle)", directory: folder(settings.tagPath, name),
                        posts: limited(members)))
            }
        }
        if settings.categoryFeeds {
            for (name, members) in grouped(posts, by: { FeedTerms.followed($0.categories) }) {
                feeds.append(
                    PlannedFeed(
                        scope: .category(name), title: "\(name) on \(siteTitle)",
                        directory: folder(settings.categoryPath, name), posts: limited(members)))
            }
        }
        return withPermalinks(Self.withoutCollisions(feeds))
    }

    /// The feeds with their posts' permalinks built, once per post, when the scan left them for
    /// later: a site has thousands of posts and its feeds name a few dozen.
    private func withPermalinks(_ feeds: [PlannedFeed]) -> [PlannedFeed] {
        var permalinks: [String: String] = [:]
        return feeds.map { feed in
            var feed = feed
            for index in feed.posts.indices where feed.posts[index].permalink.isEmpty {
                let post = feed.posts[index]
                let permalink = permalinks[post.path] ?? site.permalink(of: post)
                permalinks[post.path] = permalink
                feed.posts[index].permalink = permalink
            }
            return feed
        }
    }

    /// Two feeds in one folder would overwrite each other (a tag named like a section, two
    /// tags whose slugs differ only in case on a case-insensitive disk): the first planned keeps it.
    private static func withoutCollisions(_ feeds: [PlannedFeed]) -> [PlannedFeed] {
        var seen = Set<String>()
        return feeds.filter { seen.insert($0.directory.lowercased()).inserted }
    }

    private func limited(_ posts: some Collection<Post>) -> [Post] {
        Array(posts.prefix(settings.limit))
    }

    /// Groups posts by term, at most `limit` each, as Hugo does: terms whose slugs are equal (`Dev Ops`, `dev ops`) are
    /// one term, named as first written. Every term counts, whatever its spaces or letters.
    private func grouped(_ posts: some Collection<Post>, by terms: (Post) -> [String]) -> [(String, [Post])] {
        var order: [String] = []
        var names: [String: String] = [:]
        var members: [String: [Post]] = [:]
        for post in posts {
            var seen = Set<String>()
            for term in terms(post) {
                let slug = site.slug(term)
                guard !slug.isEmpty, seen.insert(slug).inserted else { continue }
                if names[slug] == nil {
                    names[slug] = term
                    order.append(slug)
                }
                // Newest first, so a term's feed is full once it has `limit` posts.
                if members[slug, default: []].count < settings.limit { members[slug, default: []].append(post) }
            }
        }
        return order.sorted().map { (names[$0]!, members[$0]!) }
    }

    /// The folder a path pattern gives for a name: `tags/:slug` and `Cloud Native` → `tags/cloud-native/`.
    /// A slug is one folder: its slashes become hyphens and a slug of dots is spelt out, so no
    /// tag can reach outside its folder or onto another feed.
    private func folder(_ pattern: String, _ name: String) -> String {
        var slug = site.slug(name).replacingOccurrences(of: "/", with: "-").replacingOccurrences(of: "\\", with: "-")
        if slug.allSatisfy({ $0 == "." }) { slug = slug.replacingOccurrences(of: ".", with: "dot") }
        let path = pattern.replacingOccurrences(of: ":slug", with: slug).replacingOccurrences(
            of: ":section", with: slug)
        return Self.folder(path)
    }

    /// A path pattern as a folder inside the output folder: `""` or ending in `/`, no `.` or `..`.
    static func folder(_ path: String) -> String {
        let parts = path.split(separator: "/").filter { $0 != "." && $0 != ".." }
        return parts.isEmpty ? "" : parts.joined(separator: "/") + "/"
    }

    private static func titleCased(_ name: String) -> String {
        name.prefix(1).uppercased() + name.dropFirst()
    }
}
