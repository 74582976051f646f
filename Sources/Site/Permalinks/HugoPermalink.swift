import Foundation

/// Hugo 0.111's permalinks: a front matter `url`, else the section's `[permalinks]` pattern,
/// else the content path with `slug` in place of the file name.
struct HugoPermalink {
    let site: SiteConfiguration

    private var urlizer: HugoURL {
        HugoURL(lowercases: !site.disablePathToLower, removesAccents: site.removePathAccents)
    }

    func permalink(for post: Post, file: ContentFile) -> String {
        site.baseURLWithoutSlash + HugoURL.escapePath(path(for: post, file: file))
    }

    /// The page's name in paths: the file's without its language (`about` of `about.pt-br.md`),
    /// or the bundle folder's.
    private func name(of file: ContentFile) -> String {
        guard !file.isBundle, let translation = site.translation(of: file) else { return file.baseName }
        return String(translation.stem)
    }

    func path(for post: Post, file: ContentFile) -> String {
        let language = site.pathPrefix(of: post.language)
        if let url = post.url {
            // Used as written: not sanitized, not lowercased, and a directory unless it names a file.
            // On a site of several languages, one without a leading slash is in the post's language.
            let path = url.hasPrefix("/") ? url : "/" + (site.languages.count > 1 ? language : "") + url
            return path.hasSuffix("/") || !path.contains(".") ? withTrailingSlash(path, ugly: false) : path
        }
        // Under the language's folder, ugly or with a trailing slash.
        func placed(_ path: String) -> String {
            "/" + language + withTrailingSlash(path, ugly: site.uglyURLs.apply(to: post.section)).dropFirst()
        }
        // Pattern keys are lowercased when Hugo loads its configuration, so a folder spelt with
        // capitals never matches one. A pattern that expands to nothing (`:title` of an untitled
        // post) gives way to the content path, as in Hugo: every such post would otherwise be
        // the site's root.
        if !post.section.isEmpty, let pattern = site.permalinks[post.section] {
            let path = urlizer.sanitize(Self.cleaned(Self.queryUnescaped(expand(pattern, post: post, file: file))))
            if !path.allSatisfy({ $0 == "/" }) { return placed(path) }
        }
        let components = file.directories.dropLast(file.isBundle ? 1 : 0) + [post.slug ?? name(of: file)]
        return placed(urlizer.sanitize("/" + components.joined(separator: "/")))
    }

    private func withTrailingSlash(_ path: String, ugly: Bool) -> String {
        if ugly { return (path.hasSuffix("/") ? String(path.dropLast()) : path) + ".html" }
        return path.hasSuffix("/") ? path : path + "/"
    }

    /// Go's `path.Join` cleaning: no empty segments, so an empty `:title` leaves no `//`.
    private static func cleaned(_ path: String) -> String {
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        return "/" + segments.joined(separator: "/") + (path.hasSuffix("/") ? "/" : "")
    }

    /// Go's `url.QueryUnescape`, which Hugo applies to an expanded pattern: `+` is a space and
    /// `%XX` a byte. An invalid escape leaves the text as it was.
    private static func queryUnescaped(_ text: String) -> String {
        guard text.contains("+") || text.contains("%") else { return text }
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    private func expand(_ pattern: String, post: Post, file: ContentFile) -> String {
        let date = post.date ?? PostDate(instant: Date(timeIntervalSince1970: -62_135_596_800), offsetSeconds: 0)
        var result = ""
        var rest = Substring(pattern)
        while let colon = rest.firstIndex(of: ":") {
            result += rest[..<colon]
            let nameStart = rest.index(after: colon)
            let name = rest[nameStart...].prefix { $0.isLetter || $0.isNumber || $0 == "_" }
            var end = name.endIndex
            var selector: Substring?
            if rest[end...].hasPrefix("["), let close = rest[end...].firstIndex(of: "]") {
                selector = rest[rest.index(after: end)..<close]
                end = rest.index(after: close)
            }
            if let value = value(of: String(name), selector: selector, post: post, file: file, date: date) {
                result += value
                rest = rest[end...]
            } else {
                result += ":"
                rest = rest[nameStart...]
            }
        }
        return result + rest
    }

    private func value(of token: String, selector: Substring?, post: Post, file: ContentFile, date: PostDate) -> String?
    {
        let fields = date.fields
        switch token {
        case "year": return String(fields.year)
        case "month": return fields.month.padded(2)
        case "monthname": return CalendarNames.months[fields.month - 1]
        case "day": return fields.day.padded(2)
        case "weekday": return String(fields.weekday)
        case "weekdayname": return CalendarNames.weekdays[fields.weekday]
        case "yearday": return String(fields.dayOfYear)
        case "section": return post.section
        case "sections": return Self.select(Array(file.sections), selector).joined(separator: "/")
        case "title": return urlizer.sanitize(post.title)
        case "slug": return urlizer.sanitize(post.slug ?? post.title)
        case "filename": return urlizer.sanitize(name(of: file))
        case "slugorfilename": return urlizer.sanitize(post.slug ?? name(of: file))
        default: return GoTimeLayout.format(token, date: date)
        }
    }

    /// Hugo's `:sections[1:]`, `[:2]`, `[last]` and `[0]`.
    private static func select(_ sections: [String], _ selector: Substring?) -> [String] {
        guard let selector else { return sections }
        if selector == "last" { return sections.last.map { [$0] } ?? [] }
        if let index = Int(selector) { return sections.indices.contains(index) ? [sections[index]] : [] }
        let bounds = selector.split(separator: ":", omittingEmptySubsequences: false)
        guard bounds.count == 2 else { return sections }
        let low = max(0, min(Int(bounds[0]) ?? 0, sections.count))
        let high = max(0, min(Int(bounds[1]) ?? sections.count, sections.count))
        return low < high ? Array(sections[low..<high]) : []
    }
}
