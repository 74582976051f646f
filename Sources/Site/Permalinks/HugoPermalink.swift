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
        case "title": return urlizer.urlize(post.title)
        case "slug": return urlizer.urlize(post.slug ?? post.title)
        case "filename": return urlizer.urlize(name(of: file))
        case "slugorfilename": return urlizer.urlize(post.slug ?? name(of: file))
        default: return GoTimeLayout.permalinkPart(token, date: date)
        }
    }

    /// Hugo's `:sections[1:]`, `[:2]`, `[last]` and `[0]`, read as its `toSliceFunc` reads them:
    /// a number it cannot read, or a negative one, is 0; past the end, nothing (as a start) or
    /// the end; `[]` is nothing.
    private static func select(_ sections: [String], _ selector: Substring?) -> [String] {
        guard let selector else { return sections }
        let cut = selector.trimmingCharacters(in: .whitespaces).lowercased()
        guard !cut.isEmpty, !sections.isEmpty else { return [] }
        func index(_ text: Substring, start: Bool) -> Int? {
            if text.isEmpty { return start ? 0 : sections.count }
            if text == "last" { return sections.count - 1 }
            let number = max(0, Int(text) ?? 0)
            return number < sections.count ? number : start ? nil : sections.count
        }
        let bounds = cut.split(separator: ":", omittingEmptySubsequences: false)
        guard bounds.count > 1 else {
            return index(bounds[0], start: true).map { [sections[$0]] }?.filter { !$0.isEmpty } ?? []
        }
        guard let low = index(bounds[0], start: true), let high = index(bounds[1], start: false), low <= high else {
            return []
        }
        return Array(sections[low..<high])
    }
}
