import Foundation

/// Jekyll's permalinks: a built-in style (`date`, `pretty`, `ordinal`, `weekdate`, `none`) or a
/// pattern of `:placeholders`, filled from the post's date, categories and file name.
struct JekyllPermalink {
    let site: SiteConfiguration

    static let styles = [
        "date": "/:categories/:year/:month/:day/:title:output_ext",
        "pretty": "/:categories/:year/:month/:day/:title/",
        "ordinal": "/:categories/:year/:y_day/:title:output_ext",
        "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
        "none": "/:categories/:title:output_ext",
    ]

    func permalink(for post: Post, fileTitle: String) -> String {
        let path: String
        if let url = post.url {
            path = url.hasPrefix("/") ? url : "/" + url
        } else {
            let configured = site.permalinks[""] ?? "date"
            path = expand(Self.styles[configured] ?? configured, post: post, fileTitle: fileTitle)
        }
        return site.baseURLWithoutSlash + HugoURL.escapePath(path)
    }

    /// Jekyll's `post.id` made absolute, which jekyll-feed publishes as each entry's id: the
    /// permalink's folder and the slug (`https://site/2023/12/12/my-post`). Keeping it means
    /// readers do not show every post as new when a site moves from jekyll-feed to Herald.
    func feedID(for post: Post, fileTitle: String) -> String {
        let path = permalink(for: post, fileTitle: fileTitle).dropFirst(site.baseURLWithoutSlash.count)
        let trimmed = path.hasSuffix("/") ? path.dropLast() : path
        let folder = trimmed.lastIndex(of: "/").map { trimmed[..<$0] } ?? ""
        return site.baseURLWithoutSlash + folder + "/" + HugoURL.escapePath(post.slug ?? fileTitle)
    }

    private func expand(_ pattern: String, post: Post, fileTitle: String) -> String {
        let date = post.date ?? PostDate(instant: Date(timeIntervalSince1970: 0), offsetSeconds: 0)
        let fields = date.fields
        let slugSource = post.slug ?? fileTitle
        let monthNames = CalendarNames.months
        let dayNames = CalendarNames.weekdays
        let values: [String: String] = [
            "year": String(fields.year),
            "short_year": (fields.year % 100).padded(2),
            "month": fields.month.padded(2),
            "i_month": String(fields.month),
            "short_month": String(monthNames[fields.month - 1].prefix(3)),
            "long_month": monthNames[fields.month - 1],
            "day": fields.day.padded(2),
            "i_day": String(fields.day),
            "y_day": fields.dayOfYear.padded(3),
            "short_day": String(dayNames[fields.weekday].prefix(3)),
            "long_day": dayNames[fields.weekday],
            "week": Self.isoWeek(fields).padded(2),
            "title": Self.slugify(slugSource, mode: .pretty, cased: true),
            "slug": Self.slugify(slugSource, mode: .default, cased: false),
            "name": Self.slugify(fileTitle, mode: .default, cased: false),
            "categories": Self.uniqued(post.categories.map { $0.lowercased() }).joined(separator: "/"),
            "output_ext": ".html",
        ]
        var result = ""
        var rest = Substring(pattern)
        while let colon = rest.firstIndex(of: ":") {
            result += rest[..<colon]
            let nameStart = rest.index(after: colon)
            let name = rest[nameStart...].prefix { $0.isLetter || $0 == "_" }
            // The longest placeholder wins, so `:title` is not read as `:t` plus "itle".
            if let key = values.keys.filter({ name.hasPrefix($0) }).max(by: { $0.count < $1.count }) {
                result += values[key]!
                rest = rest[rest.index(nameStart, offsetBy: key.count)...]
            } else {
                result += ":"
                rest = rest[nameStart...]
            }
        }
        result += rest
        // Jekyll drops the empty segments an empty `:categories` leaves behind.
        while result.contains("//") { result = result.replacingOccurrences(of: "//", with: "/") }
        return result.hasPrefix("/") ? result : "/" + result
    }

    private static func uniqued(_ names: [String]) -> [String] {
        var seen = Set<String>()
        return names.filter { seen.insert($0).inserted }
    }

    /// ISO 8601's week of the year (`%V`): weeks start on Monday, and week 1 holds the year's
    /// first Thursday, so 1 January 2021 is in week 53 and 30 December 2024 in week 1.
    private static func isoWeek(_ fields: (year: Int, month: Int, day: Int, weekday: Int, dayOfYear: Int)) -> Int {
        let isoWeekday = fields.weekday == 0 ? 7 : fields.weekday
        let week = (fields.dayOfYear - isoWeekday + 10) / 7
        if week < 1 { return weeksInYear(fields.year - 1) }
        if week > weeksInYear(fields.year) { return 1 }
        return week
    }

    /// 53 when the year starts on a Thursday, or is a leap year starting on a Wednesday; else 52.
    private static func weeksInYear(_ year: Int) -> Int {
        let january1 = ((LocalDateTime.daysSinceEpoch(year: year, month: 1, day: 1) % 7) + 11) % 7
        let isLeap = LocalDateTime.daysIn(month: 2, year: year) == 29
        return january1 == 4 || (isLeap && january1 == 3) ? 53 : 52
    }

    enum SlugMode { case `default`, pretty }

    /// Jekyll's `Utils.slugify`: runs of characters outside the mode's set become one hyphen,
    /// leading and trailing hyphens go, and the result is lowercased unless `cased`.
    static func slugify(_ text: String, mode: SlugMode, cased: Bool) -> String {
        let extra: Set<Character> = mode == .pretty ? Set("._~!$&'()+,;=@") : []
        var result = ""
        var pendingHyphen = false
        for character in text {
            if character.isLetter || character.isNumber || extra.contains(character) {
                if pendingHyphen && !result.isEmpty { result += "-" }
                pendingHyphen = false
                result.append(character)
            } else {
                pendingHyphen = true
            }
        }
        return cased ? result : result.lowercased()
    }
}
