import Foundation

/// Gives front matter keys their Hugo (or Jekyll) meaning, reporting a wrong value at its line.
struct FrontMatterFields {
    let path: String
    let table: MetadataTable
    let timeZone: TimeZone

    init(path: String, table: MetadataTable, timeZone: TimeZone) {
        self.path = path
        self.table = table
        self.timeZone = timeZone
    }

    /// What Hugo's date tokens read of the post's file.
    struct Origin {
        /// The file's name without its extension; a bundle's folder name.
        var baseName: String
        var modified: Date?
        /// The author date of the file's last commit, where `:git` dates are read.
        var committed: PostDate?
    }

    /// Hugo's meaning of the keys; `taxonomies` are the site's, whose terms posts list, and
    /// `dateSources` where its dates come from.
    func apply(
        to post: inout Post, taxonomies: [SiteTaxonomy] = SiteTaxonomy.defaults,
        dateSources: HugoDateSources = .defaults, origin: Origin? = nil
    ) throws(Problem) {
        post.title = try text("title") ?? ""
        post.slug = try text("slug").flatMap { $0.isEmpty ? nil : $0 }
        var dates = DateCache()
        // In Hugo's order; each date found stands in for its key where the post has none.
        post.date = try firstDate(dateSources.date, setting: "date", &dates, post: &post, origin: origin)
        post.lastmod = try firstDate(dateSources.lastmod, setting: "lastmod", &dates, post: &post, origin: origin)
        post.publishDate = try firstDate(
            dateSources.publishDate, setting: "publishdate", &dates, post: &post, origin: origin)
        post.expiryDate = try firstDate(
            dateSources.expiryDate, setting: "expirydate", &dates, post: &post, origin: origin)
        post.isDraft = try flag("draft") ?? false
        post.url = try text("url").flatMap { $0.isEmpty ? nil : $0 }
        post.summary = try text("summary")
        post.description = try text("description")
        (post.tags, post.tagsLine) = try terms(["tags", "tag"], splitOnSpaces: false)
        (post.categories, post.categoriesLine) = try terms(["categories", "category"], splitOnSpaces: false)
        for taxonomy in taxonomies where !taxonomy.isTagsOrCategories {
            let (names, line) = try terms([taxonomy.plural], splitOnSpaces: false)
            if !names.isEmpty { post.otherTerms[taxonomy.plural] = PostTerms(names: names, line: line) }
        }
        post.weight = integer("weight") ?? 0
        post.linkTitle = try text("linktitle").flatMap { $0.isEmpty ? nil : $0 }
        post.listing = try listing()
        post.translationKey = try text("translationkey").flatMap { $0.isEmpty ? nil : $0 }
        post.authors = try terms(["authors"], splitOnSpaces: false).names
        if post.authors.isEmpty { post.authors = try author() ?? [] }
        post.identifier = try text("id")
        if post.identifier == nil { post.identifier = try text("guid") }
    }

    /// Names the key as its author spelt it: `publishDate`, not Hugo's lowercased `publishdate`;
    /// and the file it is in, for a value of Jekyll's `defaults:`.
    func problem(_ key: String, _ reason: String) -> Problem {
        let entry = table.entry(key)
        return Problem(path: entry?.file ?? path, line: entry?.line ?? 0, reason: "\(entry?.key ?? key): \(reason)")
    }

    /// A scalar as text: `title: 2024` is the title "2024", as in Hugo.
    func text(_ key: String) throws(Problem) -> String? {
        guard let value = table[key] else { return nil }
        if case .null = value { return nil }
        guard let text = value.scalarText else { throw problem(key, "expected text, found a \(value.typeName)") }
        return text
    }

    /// The first of `keys` that is present, as a list of names, and the line of that key.
    private func terms(_ keys: [String], splitOnSpaces: Bool) throws(Problem) -> (names: [String], line: Int) {
        for key in keys {
            if let names = try terms(key, splitOnSpaces: splitOnSpaces) { return (names, table.entry(key)?.line ?? 0) }
        }
        return ([], 0)
    }

    /// Hugo's build options: `build` (`_build` before Hugo 0.123, which wins when both are
    /// there) with `list` and `render`, read as Hugo's `DecodeBuildConfig` reads them (a value
    /// it does not know is the default, `false` is `never`), and the older `headless: true`.
    private func listing() throws(Problem) -> PageListing {
        if try flag("headless") == true { return .nowhere }
        let key = table["_build"] != nil ? "_build" : "build"
        let options: MetadataTable
        switch table[key] {
        case nil, .null: return .everywhere
        case .table(let table): options = table
        case .some(let value):
            throw problem(
                key,
                "expected Hugo's build options (list, render, publishResources), found a \(value.typeName); put values of your own under params"
            )
        }
        func option(_ name: String) -> String? {
            switch options[name] {
            case .bool(let flag): flag ? "always" : "never"
            case let value?: value.scalarText?.lowercased()
            case nil: nil
            }
        }
        if option("render") == "never" { return .nowhere }
        switch option("list") {
        case "never": return .nowhere
        case "local": return .locally
        default: return .everywhere
        }
    }

    /// A whole number, or text that is one (`weight: "3"`); anything else is none, as Hugo's
    /// `cast.ToInt` reads it (a wrong weight does not stop Hugo building the page).
    private func integer(_ key: String) -> Int? {
        switch table[key] {
        case .integer(let number): number
        case .float(let number) where number == number.rounded() && abs(number) < 1e15: Int(number)
        case .string(let text): Int(text.trimmingCharacters(in: .whitespaces))
        default: nil
        }
    }

    func flag(_ key: String) throws(Problem) -> Bool? {
        switch table[key] {
        case nil, .null: return nil
        case .bool(let flag): return flag
        case .string(let text) where ["true", "false"].contains(text.lowercased()): return text.lowercased() == "true"
        case .some(let value):
            throw problem(
                key, "expected true or false, found \(value.scalarText.map { "'\($0)'" } ?? "a \(value.typeName)")")
        }
    }

    func terms(_ key: String, splitOnSpaces: Bool) throws(Problem) -> [String]? {
        switch table[key] {
        case nil, .null: return nil
        case .array(let items):
            var result: [String] = []
            result.reserveCapacity(items.count)
            for item in items {
                if case .null = item { continue }
                guard let text = item.scalarText else {
                    throw problem(key, "expected a list of names, found a \(item.typeName) in it")
                }
                result.append(text)
            }
            return result
        case .some(let value):
            guard let text = value.scalarText else {
                throw problem(key, "expected a list of names, found a \(value.typeName)")
            }
            // Ruby's `String#split`: on runs of white space.
            return splitOnSpaces ? text.split(whereSeparator: \.isRubyWhitespace).map(String.init) : [text]
        }
    }

    /// `author: Name`, `author: [A, B]` or `author: {name: Name}`.
    private func author() throws(Problem) -> [String]? {
        if case .table(let details) = table["author"] {
            return details["name"]?.scalarText.map { [$0] }
        }
        return try terms("author", splitOnSpaces: false)
    }

    /// The dates already read, by key: the four dates fall back on the same keys, and each is
    /// read once. A few pairs searched in a line cost less than hashing the keys.
    private struct DateCache {
        var dates: [(key: String, date: PostDate?)] = []

        subscript(key: String) -> PostDate?? {
            dates.first { $0.key == key }.map(\.date)
        }
    }

    /// The first of `sources` that gives a date. A key the post does not have takes the date an
    /// earlier one set for it (`publishDate`'s `date` is the date `:filename` gave), and the date
    /// found is that of `key` from now on if the post has none; a date from the file name gives
    /// the post its slug too, unless it has one.
    private func firstDate(
        _ sources: [String], setting key: String, _ dates: inout DateCache, post: inout Post, origin: Origin?
    ) throws(Problem) -> PostDate? {
        for source in sources {
            let date: PostDate?
            switch source {
            case HugoDateSources.fileName:
                guard let origin, let (found, slug) = Self.dateAndSlug(in: origin.baseName, timeZone: timeZone) else {
                    continue
                }
                if table["slug"] == nil { post.slug = slug.isEmpty ? nil : slug }
                date = found
            case HugoDateSources.fileModificationTime:
                date = origin?.modified.map { PostDate(instant: $0, offsetSeconds: timeZone.secondsFromGMT(for: $0)) }
            case HugoDateSources.git:
                date = origin?.committed
            default:
                if let known = dates[source] {
                    date = known
                } else {
                    date = try self.date(source)
                    dates.dates.append((source, date))
                }
            }
            guard let date else { continue }
            if table[key] == nil, dates[key] == nil { dates.dates.append((key, date)) }
            return date
        }
        return nil
    }

    /// The date a file name starts with (`2025-02-01-article`, `2025-02-01-14-30-00-article`,
    /// the time's parts separated by any character) and the rest of the name as a slug, as
    /// Hugo's `dateAndSlugFromBaseFilename` reads them.
    private static func dateAndSlug(in name: String, timeZone: TimeZone) -> (PostDate, String)? {
        let characters = Array(name)
        guard characters.count >= 10 else { return nil }
        func rest(after count: Int) -> String {
            String(characters[count...]).trimmingCharacters(in: CharacterSet(charactersIn: " -_"))
        }
        let day = String(characters[..<10])
        if characters.count >= 19 {
            let time = String(characters[11..<19]).replacingOccurrences(of: "-", with: ":")
            if let local = LocalDateTime(parsing: day + "T" + time) {
                return (local.resolved(in: timeZone), rest(after: 19))
            }
        }
        guard let local = LocalDateTime(parsing: day) else { return nil }
        return (local.resolved(in: timeZone), rest(after: 10))
    }

    private func date(_ key: String) throws(Problem) -> PostDate? {
        switch table[key] {
        case nil, .null: return nil
        case .datetime(let value): return value.resolved(in: timeZone)
        case .bool where key == "published":
            return nil  // Jekyll's `published: false`, not Hugo's date alias
        case .string(let text):
            if text.isEmpty { return nil }
            guard let value = LocalDateTime(parsing: text) else {
                throw problem(
                    key, "'\(text)' is not a date Herald can read; write 2006-01-02 or 2006-01-02T15:04:05-07:00")
            }
            return value.resolved(in: timeZone)
        case .some(let value):
            throw problem(key, "expected a date such as 2006-01-02T15:04:05-07:00, found a \(value.typeName)")
        }
    }
}
