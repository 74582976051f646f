import XCTest

@testable import Site

final class JekyllTests: XCTestCase {
    private var site: TemporarySite!

    override func setUp() {
        site = TemporarySite()
    }

    private func scan(config: String, now: String = "2024-06-01T00:00:00Z") throws -> PostScanner.Result {
        site.write("_config.yml", "url: https://jekyll.example.org\ntimezone: Europe/Berlin\n" + config)
        let configuration = try SiteConfiguration.detect(siteRoot: site.root)
        let moment = LocalDateTime(parsing: now)!.resolved(in: TimeZone(identifier: "UTC")!).instant
        return try PostScanner(site: configuration, now: moment).scan()
    }

    private func permalink(_ result: PostScanner.Result, _ title: String) -> String? {
        result.posts.first { $0.title == title }?.permalink
    }

    func testDefaultDateStyleWithCategories() throws {
        site.write("_posts/2023-12-12-Hello World.md", "---\ntitle: Hello\ncategories: [Dev Ops, news]\n---\n")
        site.write("blog/_posts/2024-01-05-second.md", "---\ntitle: Second\ncategory: Tech\n---\n")
        site.write("_posts/2024-02-01-spaced.md", "---\ntitle: Spaced\ncategories: Dev Ops\n---\n")
        let result = try scan(config: "")
        XCTAssertEqual(result.problems, [])
        XCTAssertEqual(
            permalink(result, "Hello"), "https://jekyll.example.org/dev%20ops/news/2023/12/12/Hello-World.html")
        XCTAssertEqual(permalink(result, "Second"), "https://jekyll.example.org/blog/tech/2024/01/05/second.html")
        XCTAssertEqual(permalink(result, "Spaced"), "https://jekyll.example.org/dev/ops/2024/02/01/spaced.html")
    }

    /// Jekyll's file name pattern takes a month and day of one digit, and YAML may close with
    /// `...`, YAML's own end of a document.
    func testUnpaddedFileNamesAndFrontMatterClosedByDots() throws {
        site.write("_posts/2017-2-5-unpadded.md", "---\ntitle: Unpadded\n---\nBody\n")
        site.write("_posts/2017-12-25-dots.md", "---\ntitle: Dots\ntags: [a]\n...\nBody after dots\n")
        site.write("_posts/2017-13-40-impossible.md", "---\ntitle: Impossible\n---\n")
        let result = try scan(config: "")
        XCTAssertEqual(permalink(result, "Unpadded"), "https://jekyll.example.org/2017/02/05/unpadded.html")
        XCTAssertEqual(permalink(result, "Dots"), "https://jekyll.example.org/2017/12/25/dots.html")
        XCTAssertEqual(result.posts.first { $0.title == "Dots" }?.tags, ["a"])
        XCTAssertEqual(
            result.problems.map(\.description),
            [
                "_posts/2017-13-40-impossible.md:1: Jekyll reads only posts named YYYY-MM-DD-title.md; rename the file or give it a date"
            ])
    }

    func testPrettyStyleSlugAndCustomPattern() throws {
        site.write("_posts/2023-12-12-first-post.md", "---\ntitle: First\nslug: Better Name\n---\n")
        XCTAssertEqual(
            permalink(try scan(config: "permalink: pretty\n"), "First"),
            "https://jekyll.example.org/2023/12/12/Better-Name/")
        XCTAssertEqual(
            permalink(try scan(config: "permalink: /:year/:i_month/:slug/\n"), "First"),
            "https://jekyll.example.org/2023/12/better-name/")
    }

    func testWeekdateUsesISOWeeksAcrossTheNewYear() throws {
        site.write("_posts/2021-01-01-new-year.md", "---\ntitle: A\n---\n")
        site.write("_posts/2024-12-30-old-year.md", "---\ntitle: B\n---\n")
        let result = try scan(config: "permalink: weekdate\ntimezone: UTC\n")
        XCTAssertEqual(permalink(result, "A"), "https://jekyll.example.org/2021/W53/Fri/new-year.html")
        XCTAssertEqual(permalink(result, "B"), "https://jekyll.example.org/2024/W01/Mon/old-year.html")
    }

    func testDatesComeFromTheFileNameInTheSiteTimezone() throws {
        site.write("_posts/2023-12-12-from-name.md", "---\ntitle: Name\n---\n")
        site.write("_posts/2023-12-12-from-matter.md", "---\ntitle: Matter\ndate: 2023-12-12 23:30:00 -0500\n---\n")
        let result = try scan(config: "")
        let dates = Dictionary(uniqueKeysWithValues: result.posts.map { ($0.title, $0.date?.rfc3339) })
        XCTAssertEqual(dates["Name"], "2023-12-12T00:00:00+01:00")
        XCTAssertEqual(dates["Matter"], "2023-12-13T05:30:00+01:00", "Jekyll shows every date in the site's timezone")
        XCTAssertEqual(permalink(result, "Matter"), "https://jekyll.example.org/2023/12/13/from-matter.html")
    }

    func testDraftsUnpublishedAndFuturePosts() throws {
        site.write("_drafts/idea.md", "---\ntitle: Idea\ndate: 2024-01-01\n---\n")
        site.write("_posts/2024-01-01-hidden.md", "---\ntitle: Hidden\npublished: false\n---\n")
        site.write("_posts/2025-01-01-later.md", "---\ntitle: Later\n---\n")
        let statuses = Dictionary(uniqueKeysWithValues: try scan(config: "").posts.map { ($0.title, $0.status) })
        XCTAssertEqual(statuses, ["Idea": .draft, "Hidden": .draft, "Later": .scheduled])
        let withFuture = try scan(config: "future: true\n").posts.first { $0.title == "Later" }
        XCTAssertEqual(withFuture?.status, .published)
    }

    func testAPostWithoutADateInItsNameIsReported() throws {
        site.write("_posts/no-date.md", "---\ntitle: Lost\n---\n")
        let result = try scan(config: "")
        XCTAssertEqual(
            result.problems.map(\.description),
            [
                "_posts/no-date.md:1: Jekyll reads only posts named YYYY-MM-DD-title.md; rename the file or give it a date"
            ])
    }
}
