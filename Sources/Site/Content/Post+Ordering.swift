import Foundation

extension Post {
    /// Newest first by the date the post went out (`publishDate`, else `date`), as feeds show it;
    /// undated posts last, and the path to break ties so the order never wavers.
    ///
    /// Sorts keys rather than posts: moving whole posts around costs more than comparing them.
    public static func newestFirst(_ posts: [Post]) -> [Post] {
        newestFirstOrder(posts).map { posts[$0] }
    }

    /// The positions in `posts` of those with `status` (of all when nil), newest first: a caller
    /// that needs only the first few copies only those.
    public static func newestFirstOrder(_ posts: [Post], status: PostStatus? = nil) -> [Int] {
        var order: [(instant: Double, position: Int)] = []
        order.reserveCapacity(posts.count)
        for position in posts.indices where status == nil || posts[position].status == status {
            let date = posts[position].publishDate ?? posts[position].date
            order.append((date?.instant.timeIntervalSince1970 ?? -.infinity, position))
        }
        order.sort {
            $0.instant != $1.instant ? $0.instant > $1.instant : posts[$0.position].path < posts[$1.position].path
        }
        return order.map(\.position)
    }

    /// The positions in `posts` of those with `status`, in the order the site's generator lists
    /// them in its feeds: Hugo's default page order (weight, then newest first, then link
    /// title, then path; `DefaultPageSort` in Hugo's code), or newest first for Jekyll.
    public static func feedOrder(_ posts: [Post], status: PostStatus, site: SiteConfiguration) -> [Int] {
        guard site.generator == .hugo else { return newestFirstOrder(posts, status: status) }
        var order = posts.indices.filter { posts[$0].status == status }
        // Hugo compares whole seconds, and a page without a date as the oldest.
        let seconds = posts.map { post in post.date.map { Int($0.instant.timeIntervalSince1970.rounded(.down)) } ?? .min
        }
        var collators: [String: Locale] = [:]
        order.sort { left, right in
            let (first, second) = (posts[left], posts[right])
            if first.weight != second.weight {
                return second.weight == 0 || (first.weight != 0 && first.weight < second.weight)
            }
            if seconds[left] != seconds[right] { return seconds[left] > seconds[right] }
            let locale =
                collators[first.language]
                ?? {
                    let locale = Locale(
                        identifier: site.languageTag(of: site.language(first.language)) ?? first.language)
                    collators[first.language] = locale
                    return locale
                }()
            let titles = (first.linkTitle ?? first.title).compare(second.linkTitle ?? second.title, locale: locale)
            return titles == .orderedSame ? first.contentPath < second.contentPath : titles == .orderedAscending
        }
        return order
    }
}
