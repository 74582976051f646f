import Foundation

/// Jekyll's post URLs (`Jekyll::URL` filled from `Drops::UrlDrop`) and post ids, made absolute
/// as jekyll-feed's `absolute_url` makes them: the ids readers know a Jekyll site's posts by.
struct JekyllPermalink {
    let site: SiteConfiguration

    /// The built-in styles `permalink:` in `_config.yml` may name.
    static let styles = [
        "date": "/:categories/:year/:month/:day/:title:output_ext",
        "pretty": "/:categories/:year/:month/:day/:title/",
        "ordinal": "/:categories/:year/:y_day/:title:output_ext",
        "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none": "/:categories/:title:output_ext",
    ]

    /// `Utils.add_permalink_suffix`: how the site's `permalink` style ends the addresses of
    /// pages and collections it does not name: `:output_ext`, `/`, or nothing.
    static func suffix(ofStyle style: String) -> String {
        if ["date", "ordinal", "none"].contains(style) || style.hasSuffix(":output_ext") { return ":output_ext" }
        return style == "pretty" || style.hasSuffix("/") ? "/" : ""
    }

    /// Every placeholder of `UrlDrop`; any other makes Jekyll stop the build.
    static let placeholders: Set<String> = [
        "collection", "output_ext", "path", "name", "title", "slug", "categories", "slugified_categories", "year",
        "month", "day", "hour", "minute", "second", "i_day", "i_month", "short_month", "long_month", "short_year",
        "w_year", "week", "w_day", "short_day", "long_day", "y_day",
    ]

    /// The site's pattern for posts: `collections.posts.permalink`, else the `permalink` style or pattern.
    var siteTemplate: String {
        let configured = site.permalinks[""] ?? "date"
        return Self.styles[configured] ?? configured
    }

    /// The post's address (from its own `permalink`, front matter or `defaults:`, or the
    /// site's), and jekyll-feed's entry id: `post.id` (the URL's folder, then the slug as
    /// written) through `absolute_url`. Keeping the id means readers do not show every post as
    /// new when a site moves from jekyll-feed to Herald.
    func addresses(for post: Post, file: JekyllFileName) -> (permalink: String, id: String) {
        let url = url(for: post, file: file)
        let folder = Self.dirname(url)
        let slug = post.slug ?? file.slug
        let id = folder.hasSuffix("/") || slug.hasPrefix("/") ? folder + slug : folder + "/" + slug
        return (absolute(url), absolute(id))
    }

    /// `absolute_url`: the site's path and `path` normalised together (a `%2e%2e` in a
    /// permalink climbs out of `baseurl`, as in Jekyll), after the site's scheme and host.
    private func absolute(_ path: String) -> String {
        let base = site.baseURLWithoutSlash
        let hostEnd = base.range(of: "://").flatMap { base[$0.upperBound...].firstIndex(of: "/") } ?? base.endIndex
        return base[..<hostEnd] + JekyllURL.normalized(base[hostEnd...] + path)
    }

    /// The first placeholder of `template` that Jekyll does not know, which stops its build:
    /// such a pattern is refused where it is written.
    static func unknownPlaceholder(in template: String) -> String? {
        var first: String?
        _ = expand(
            template,
            unknown: { name in
                if first == nil { first = name }
                return ""
            }
        ) { _ in "" }
        return first
    }

    static func unknownPlaceholderReason(_ name: String) -> String {
        "Jekyll has no permalink placeholder :\(name), and stops the build on it"
    }

    /// The URL relative to the site, as `Jekyll::URL#to_s` makes it.
    private func url(for post: Post, file: JekyllFileName) -> String {
        let date = post.date ?? PostDate(instant: Date(timeIntervalSince1970: 0), offsetSeconds: 0)
        let slug = post.slug ?? file.slug
        let template =
            post.url ?? post.collection.flatMap { name in site.jekyll.collections.first { $0.name == name }?.permalink }
            ?? siteTemplate
        let path = Self.expand(template, unknown: { ":" + $0 }) { name in
            value(
                of: name, date: date, slug: slug, categories: post.categories, collection: post.collection, file: file)
        }
        return JekyllURL.sanitize(path)
    }

    /// Each `:name` (`[a-z_]+`, as long as it goes; a trailing `_` may be text) replaced by its
    /// escaped value; `unknown` says what a name Jekyll does not know becomes.
    private static func expand(
        _ template: String, unknown: (String) -> String, value: (String) -> String
    ) -> String {
        var result = ""
        var rest = Substring(template)
        while let colon = rest.firstIndex(of: ":") {
            result += rest[..<colon]
            let nameStart = rest.index(after: colon)
            let name = rest[nameStart...].prefix { ("a"..."z").contains($0) || $0 == "_" }
            rest = rest[name.endIndex...]
            guard !name.isEmpty else {
                result += ":"
                continue
            }
            if placeholders.contains(String(name)) {
                result += JekyllURL.escapePath(value(String(name)))
            } else if name.hasSuffix("_"), placeholders.contains(String(name.dropLast())) {
                result += JekyllURL.escapePath(value(String(name.dropLast()))) + "_"
            } else {
                result += unknown(String(name))
            }
        }
        return result + rest
    }

    private func value(
        of name: String, date: PostDate, slug: String, categories: [String], collection: String?, file: JekyllFileName
    ) -> String {
        let fields = date.fields
        let secondOfDay =
            ((Int((date.instant.timeIntervalSince1970 + Double(date.offsetSeconds)).rounded(.down))
                % 86_400) + 86_400) % 86_400
        let isoWeekday = fields.weekday == 0 ? 7 : fields.weekday
        switch name {
        case "collection": return collection ?? "posts"
        // A converted post's `.html`; an unconverted one's own extension (`Identity#output_ext`).
        case "output_ext": return site.jekyll.converts(file.fileExtension) ? ".html" : file.fileExtension
        case "path": return file.cleanedPath
        case "name": return Self.slugify(file.baseName, mode: .default)
        case "title": return Self.slugify(slug, mode: .pretty, cased: true)
        case "slug": return Self.slugify(slug, mode: .default)
        case "categories": return Self.uniqued(categories.map { $0.lowercased() }).joined(separator: "/")
        case "slugified_categories":
            return Self.uniqued(categories.map { Self.slugify($0, mode: .default) }).joined(separator: "/")
        case "year": return fields.year.padded(4)
        case "month": return fields.month.padded(2)
        case "day": return fields.day.padded(2)
        case "hour": return (secondOfDay / 3600).padded(2)
        case "minute": return (secondOfDay / 60 % 60).padded(2)
        case "second": return (secondOfDay % 60).padded(2)
        case "i_day": return String(fields.day)
        case "i_month": return String(fields.month)
        case "short_month": return String(CalendarNames.months[fields.month - 1].prefix(3))
        case "long_month": return CalendarNames.months[fields.month - 1]
        case "short_year": return (fields.year % 100).padded(2)
        case "w_year": return String(Self.isoWeek(fields).year)
        case "week": return Self.isoWeek(fields).week.padded(2)
        case "w_day": return String(isoWeekday)
        case "short_day": return String(CalendarNames.weekdays[fields.weekday].prefix(3))
        case "long_day": return CalendarNames.weekdays[fields.weekday]
        default: return fields.dayOfYear.padded(3)  // y_day, the last of `placeholders`
        }
    }

    /// Ruby's `File.dirname` of a path that starts with `/`.
    private static func dirname(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        guard let slash = trimmed.lastIndex(of: "/"), slash != trimmed.startIndex else { return "/" }
        var folder = trimmed[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        return String(folder)
    }

    private static func uniqued(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// ISO 8601's week of the year (`%V`) and the year it belongs to (`%G`): weeks start on
    /// Monday, and week 1 holds the year's first Thursday, so 1 January 2021 is in week 53 of
    /// 2020 and 30 December 2024 in week 1 of 2025.
    private static func isoWeek(_ fields: (year: Int, month: Int, day: Int, weekday: Int, dayOfYear: Int))
        -> (year: Int, week: Int)
    {
        let isoWeekday = fields.weekday == 0 ? 7 : fields.weekday
        let week = (fields.dayOfYear - isoWeekday + 10) / 7
        if week < 1 { return (fields.year - 1, weeksInYear(fields.year - 1)) }
        if week > weeksInYear(fields.year) { return (fields.year + 1, 1) }
        return (fields.year, week)
    }

    /// 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday; else 52.
    private static func weeksInYear(_ year: Int) -> Int {
        let january1 = ((LocalDateTime.daysSinceEpoch(year: year, month: 1, day: 1) % 7) + 11) % 7
        let isLeap = LocalDateTime.daysIn(month: 2, year: year) == 29
        return january1 == 4 || (isLeap && january1 == 3) ? 53 : 52
    }
}
