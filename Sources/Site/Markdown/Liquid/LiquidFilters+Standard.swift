import Foundation

extension LiquidFilters {
    /// What a Jekyll site's URL filters need of it: `url` and `baseurl` as `_config.yml` has them.
    struct SiteAddress {
        let url: String
        let basePath: String
    }

    /// Liquid's standard filters and Jekyll's, on `value` with `arguments`; nil for a filter
    /// Herald does not know, which the caller reports.
    static func apply(
        _ name: String, to value: LiquidValue, arguments: [LiquidValue], site: SiteAddress, timeZone: TimeZone
    ) -> LiquidValue? {
        let text = value.text
        func argument(_ index: Int) -> String { arguments.indices.contains(index) ? arguments[index].text : "" }
        func number(_ value: LiquidValue) -> Double? {
            switch value {
            case .integer(let number): Double(number)
            case .number(let number): number
            case .text(let text): Double(text.trimmingCharacters(in: .whitespaces))
            default: nil
            }
        }
        func arithmetic(_ operation: (Double, Double) -> Double) -> LiquidValue {
            let left = number(value) ?? 0
            let right = arguments.first.flatMap(number) ?? 0
            let result = operation(left, right)
            let integral = [value, arguments.first ?? .nothing].allSatisfy {
                if case .number = $0 { return false }
                return true
            }
            return integral && result == result.rounded() && abs(result) < 1e15
                ? .integer(Int(result)) : .number(result)
        }
        switch name {
        case "relative_url": return .text(relativeURL(text, site: site))
        case "absolute_url":
            if isAbsolute(text) { return .text(text) }
            return .text(site.url + relativeURL(text, site: site))
        case "date":
            guard let date = date(of: value, timeZone: timeZone) else { return value }
            return .text(arguments.isEmpty ? text : date.formatted(argument(0)))
        case "date_to_xmlschema":
            return date(of: value, timeZone: timeZone).map { .text($0.formatted("%Y-%m-%dT%H:%M:%S%:z")) } ?? value
        case "date_to_rfc822":
            return date(of: value, timeZone: timeZone).map { .text($0.formatted("%a, %d %b %Y %H:%M:%S %z")) } ?? value
        case "date_to_string":
            return date(of: value, timeZone: timeZone).map { .text($0.formatted("%d %b %Y")) } ?? value
        case "date_to_long_string":
            return date(of: value, timeZone: timeZone).map { .text($0.formatted("%d %B %Y")) } ?? value
        case "escape", "xml_escape", "h": return .text(text.htmlEscaped)
        case "escape_once": return .text(HTMLText.decodingEntities(text).htmlEscaped)
        case "cgi_escape", "url_encode":
            return .text(
                text.addingPercentEncoding(withAllowedCharacters: formCharacters)?.replacingOccurrences(
                    of: "%20", with: "+") ?? text)
        case "uri_escape": return .text(text.addingPercentEncoding(withAllowedCharacters: uriCharacters) ?? text)
        case "upcase": return .text(text.uppercased())
        case "downcase": return .text(text.lowercased())
        case "capitalize": return .text(text.prefix(1).uppercased() + text.dropFirst().lowercased())
        case "strip": return .text(text.trimmingCharacters(in: .whitespacesAndNewlines))
        case "lstrip": return .text(String(text.drop { $0.isWhitespace }))
        case "rstrip": return .text(String(text.reversed().drop { $0.isWhitespace }.reversed()))
        case "strip_html": return .text(stripHTML(text))
        case "strip_newlines":
            return .text(text.replacingOccurrences(of: "\r\n", with: "").replacingOccurrences(of: "\n", with: ""))
        case "newline_to_br": return .text(text.replacingOccurrences(of: "\n", with: "<br />\n"))
        case "normalize_whitespace": return .text(normalizeWhitespace(text))
        case "smartify": return .text(smartify(text))
        case "append": return .text(text + argument(0))
        case "prepend": return .text(argument(0) + text)
        case "replace": return .text(text.replacingOccurrences(of: argument(0), with: argument(1)))
        case "remove": return .text(text.replacingOccurrences(of: argument(0), with: ""))
        case "replace_first", "remove_first":
            guard let range = text.range(of: argument(0)) else { return .text(text) }
            return .text(text.replacingCharacters(in: range, with: name == "replace_first" ? argument(1) : ""))
        case "default":
            if case .text("") = value { return arguments.first ?? .nothing }
            if case .list(let items) = value, items.isEmpty { return arguments.first ?? .nothing }
            return value.isTruthy ? value : arguments.first ?? .nothing
        case "size": return value.member("size", timeZone: timeZone)
        case "first": return value.member("first", timeZone: timeZone)
        case "last": return value.member("last", timeZone: timeZone)
        case "join":
            guard case .list(let items) = value else { return value }
            return .text(items.map(\.text).joined(separator: arguments.isEmpty ? " " : argument(0)))
        case "split": return .list(text.components(separatedBy: argument(0)).map { .text($0) })
        case "slugify": return .text(JekyllPermalink.slugify(text, mode: .default))
        case "number_of_words": return .integer(text.split(whereSeparator: \.isWhitespace).count)
        case "truncate":
            let length = arguments.first.flatMap(number).map(Int.init) ?? 50
            let ellipsis = arguments.count > 1 ? argument(1) : "..."
            guard text.count > length else { return .text(text) }
            return .text(String(text.prefix(max(0, length - ellipsis.count))) + ellipsis)
        case "truncatewords":
            let count = arguments.first.flatMap(number).map(Int.init) ?? 15
            let ellipsis = arguments.count > 1 ? argument(1) : "..."
            let words = text.split(whereSeparator: \.isWhitespace)
            guard words.count > count else { return .text(text) }
            return .text(words.prefix(max(1, count)).joined(separator: " ") + ellipsis)
        case "plus": return arithmetic(+)
        case "minus": return arithmetic(-)
        case "times": return arithmetic(*)
        case "divided_by": return arithmetic { $1 == 0 ? 0 : ($0 / $1).rounded(.towardZero) }
        case "jsonify":
            let data = try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
            return .text(data.map { String(decoding: $0.dropFirst().dropLast(), as: UTF8.self) } ?? text)
        default: return nil
        }
    }

    /// `relative_url`: the site's `baseurl` before the path, each with a leading `/`.
    static func relativeURL(_ path: String, site: SiteAddress) -> String {
        if isAbsolute(path) { return path }
        func leading(_ part: String) -> String { part.isEmpty || part.hasPrefix("/") ? part : "/" + part }
        return leading(site.basePath) + leading(path)
    }

    private static func isAbsolute(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon > text.startIndex else { return false }
        return text[..<colon].allSatisfy { $0.isLetter || $0.isNumber || "+-.".contains($0) } && text.first!.isLetter
    }

    /// A date, or text Liquid's `date` reads as one (`now`, `today`, a date as written).
    private static func date(of value: LiquidValue, timeZone: TimeZone) -> PostDate? {
        switch value {
        case .date(let date): return date
        case .text(let text) where text == "now" || text == "today":
            let now = Date()
            return PostDate(instant: now, offsetSeconds: timeZone.secondsFromGMT(for: now))
        case .text(let text): return LocalDateTime(rubyParsing: text)?.resolved(in: timeZone)
        case .integer(let seconds):
            let instant = Date(timeIntervalSince1970: TimeInterval(seconds))
            return PostDate(instant: instant, offsetSeconds: timeZone.secondsFromGMT(for: instant))
        default: return nil
        }
    }

    private static let formCharacters = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "*-._ "))
    private static let uriCharacters = CharacterSet.alphanumerics.union(
        CharacterSet(charactersIn: "-_.!~*'();/?:@&=+$,#[]%"))
}
