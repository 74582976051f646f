import Site

/// What `herald list --json` prints: stable keys, dates in RFC 3339 with the author's offset.
struct PostListing: Encodable {
    struct Entry: Encodable {
        let path: String
        let status: String
        let title: String
        let date: String?
        let publishDate: String?
        let lastmod: String?
        let expiryDate: String?
        let permalink: String
        /// The post's language, `pt-br`.
        let language: String
        let section: String
        let tags: [String]
        let categories: [String]
        /// The terms of the site's other taxonomies, by plural name (`series`); absent when none.
        let terms: [String: [String]]?
        let authors: [String]
        /// The first author's e-mail and web address, where the site gives them (Jekyll).
        let authorEmail: String?
        let authorURI: String?
        /// The feed id, when it is not the permalink.
        let id: String?
        let description: String?
        let summary: String?
        /// Whether the summary leaves part of the post out (Hugo's `.Truncated`).
        let summaryTruncated: Bool?
        let content: String?
    }

    struct ProblemEntry: Encodable {
        let path: String
        let line: Int
        let severity: String
        let reason: String
        let message: String

        init(_ problem: Problem) {
            path = problem.path
            line = problem.line
            severity = problem.severity.rawValue
            reason = problem.reason
            message = problem.description
        }
    }

    let site: String
    let baseURL: String
    let posts: [Entry]
    let problems: [ProblemEntry]

    init(site: SiteConfiguration, posts: [Post], rendered: [String: RenderedPost], problems: [Problem]) {
        self.site = site.title
        baseURL = site.baseURL
        self.posts = posts.map { post in
            Entry(
                path: post.path, status: post.status.rawValue, title: post.title, date: post.date?.rfc3339,
                publishDate: post.publishDate?.rfc3339, lastmod: post.lastmod?.rfc3339,
                expiryDate: post.expiryDate?.rfc3339, permalink: post.permalink, language: post.language,
                section: post.section, tags: post.tags, categories: post.categories,
                terms: post.otherTerms.isEmpty ? nil : post.otherTerms.mapValues(\.names), authors: post.authors,
                authorEmail: post.authorEmail, authorURI: post.authorURI, id: post.identifier,
                description: post.description,
                summary: rendered[post.path]?.summaryHTML, summaryTruncated: rendered[post.path]?.summaryIsTruncated,
                content: rendered[post.path]?.html)
        }
        self.problems = problems.map(ProblemEntry.init)
    }
}
