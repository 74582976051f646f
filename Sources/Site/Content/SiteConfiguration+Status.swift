import Foundation

extension SiteConfiguration {
    /// The dates that decide whether a post is out: Hugo's `publishDate` and `expiryDate`, or
    /// Jekyll's `date`; none when the site publishes future (or expired) posts anyway.
    private func statusDates(of post: Post) -> (publish: PostDate?, expiry: PostDate?) {
        switch generator {
        case .hugo: (publishesFuture ? nil : post.publishDate, publishesExpired ? nil : post.expiryDate)
        case .jekyll: (publishesFuture ? nil : post.date, nil)
        }
    }

    /// A draft is a draft; a page in no list is unlisted; a publish date after now is scheduled; an expiry date before now has
    /// expired (one equal to now has not yet), as Hugo decides.
    public func status(of post: Post, now: Date) -> PostStatus {
        if post.isDraft { return .draft }
        if post.listing == .nowhere { return .unlisted }
        let dates = statusDates(of: post)
        if let publish = dates.publish, publish.instant > now { return .scheduled }
        if let expiry = dates.expiry, expiry.instant < now { return .expired }
        return .published
    }

    /// The first moment after `now` at which one of the posts changes status by itself (a
    /// scheduled post comes out, one expires), if any. In seconds and without copying posts:
    /// it runs over every post of every build.
    public func nextStatusChange(of posts: [Post], after now: Date) -> Date? {
        let present = now.timeIntervalSince1970
        var next = Double.infinity
        for index in posts.indices where !posts[index].isDraft {
            let dates = statusDates(of: posts[index])
            for case let seconds? in [
                dates.publish?.instant.timeIntervalSince1970, dates.expiry?.instant.timeIntervalSince1970,
            ]
            where seconds >= present {
                next = min(next, seconds)
            }
        }
        return next.isFinite ? Date(timeIntervalSince1970: next) : nil
    }
}
