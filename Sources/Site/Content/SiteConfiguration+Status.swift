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

    /// A draft is a draft; a publish date after now is scheduled; an expiry date before now has
    /// expired (one equal to now has not yet), as Hugo decides.
    public func status(of post: Post, now: Date) -> PostStatus {
        if post.isDraft { return .draft }
        let dates = statusDates(of: post)
        if let publish = dates.publish, publish.instant > now { return .scheduled }
        if let expiry = dates.expiry, expiry.instant < now { return .expired }
        return .published
    }

    /// The next moment after `now` at which the post's status changes by itself, if any.
    public func nextStatusChange(of post: Post, after now: Date) -> Date? {
        guard !post.isDraft else { return nil }
        let dates = statusDates(of: post)
        return [dates.publish?.instant, dates.expiry?.instant].compactMap { $0 }.filter { $0 >= now }.min()
    }
}
