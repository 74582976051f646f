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
        // Keys rather than posts, as above; Hugo compares whole seconds, and a page without a
        // date as the oldest.
        var order: [(weight: Int, seconds: Int, position: Int)] = []
        order.reserveCapacity(posts.count)
        for position in posts.indices where posts[position].status == status {
            let date = posts[position].date.map { Int($0.instant.timeIntervalSince1970.rounded(.down)) }
            order.append((posts[position].weight, date ?? .min, position))
        }
        var collators: [String: Locale] = [:]
        func titlesInOrder(_ left: Int, _ right: Int) -> Bool {
            let language = posts[left].language
            let locale =
                collators[language]
                ?? {
                    let locale = Locale(identifier: site.languageTag(of: site.language(language)) ?? language)
                    collators[language] = locale
                    return locale
                }()
            let first = posts[left].linkTitle ?? posts[left].title
            let titles = first.compare(posts[right].linkTitle ?? posts[right].title, locale: locale)
            return titles == .orderedSame
                ? posts[left].contentPath < posts[right].contentPath : titles == .orderedAscending
        }
        order.sort { left, right in
            if left.weight != right.weight {
                return right.weight == 0 || (left.weight != 0 && left.weight < right.weight)
            }
            if left.seconds != right.seconds { return left.seconds > right.seconds }
            return titlesInOrder(left.position, right.position)
        }
        return order.map(\.position)
    }
}
