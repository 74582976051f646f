import Foundation
import Site

/// Which posts a target announces: languages, sections, tags and categories to include or
/// exclude, and an earliest date. Empty include lists let everything through.
public struct PostFilter: Sendable {
    /// Keys of the site's languages (`fr`, `pt-br`).
    public var languages: [String] = []
    public var sections: [String] = []
    public var tags: [String] = []
    public var categories: [String] = []
    public var excludedSections: [String] = []
    public var excludedTags: [String] = []
    public var excludedCategories: [String] = []
    public var since: Date?

    public init() {}

    init(_ table: ConfigurationTable, site: SiteConfiguration) throws(ConfigurationError) {
        let timeZone = site.timeZone
        languages = try table.strings("languages")?.map { $0.lowercased() } ?? []
        let known = site.languages.map(\.key)
        if let unknown = languages.first(where: { !known.contains($0) }) {
            throw table.error(
                "languages", "the site has no language '\(unknown)'; its languages are \(known.joined(separator: ", "))"
            )
        }
        sections = try table.strings("sections") ?? []
        tags = try table.strings("tags") ?? []
        categories = try table.strings("categories") ?? []
        excludedSections = try table.strings("exclude_sections") ?? []
        excludedTags = try table.strings("exclude_tags") ?? []
        excludedCategories = try table.strings("exclude_categories") ?? []
        switch table.table["since"] {
        case nil, .null: break
        case .datetime(let value): since = value.resolved(in: timeZone).instant
        case .string(let text):
            guard let value = LocalDateTime(parsing: text) else {
                throw table.error("since", "'\(text)' is not a date; write 2024-01-31")
            }
            since = value.resolved(in: timeZone).instant
        default: throw table.error("since", "expected a date such as 2024-01-31")
        }
    }

    /// Terms compare without regard to case, as Hugo groups them.
    public func admits(_ post: Post) -> Bool {
        func matches(_ names: [String], _ values: [String]) -> Bool {
            names.contains { name in values.contains { $0.lowercased() == name.lowercased() } }
        }
        if !languages.isEmpty && !languages.contains(post.language) { return false }
        if !sections.isEmpty && !matches(sections, [post.section]) { return false }
        if !tags.isEmpty && !matches(tags, post.tags) { return false }
        if !categories.isEmpty && !matches(categories, post.categories) { return false }
        if matches(excludedSections, [post.section]) || matches(excludedTags, post.tags)
            || matches(excludedCategories, post.categories)
        {
            return false
        }
        if let since, let date = post.publishDate ?? post.date, date.instant < since { return false }
        return true
    }
}
