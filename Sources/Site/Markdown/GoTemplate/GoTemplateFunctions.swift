import Foundation

/// The functions of Go's templates and Hugo's that shortcode templates use most, as they
/// behave there; any other is a failure, so the shortcode is reported rather than guessed.
enum GoTemplateFunctions {
    static func call(_ name: String, _ arguments: [GoValue], call: ShortcodeCall) throws(GoTemplate.Failure) -> GoValue
    {
        func argument(_ index: Int) throws(GoTemplate.Failure) -> GoValue {
            guard arguments.indices.contains(index) else {
                throw GoTemplate.Failure(reason: "\(name) needs \(index + 1) arguments")
            }
            return arguments[index]
        }
        /// The last argument: what a pipe hands a function.
        func last() throws(GoTemplate.Failure) -> GoValue { try argument(max(arguments.count - 1, 0)) }
        func sameKind(_ text: String, as value: GoValue) -> GoValue {
            if case .html = value { return .html(text) }
            return .string(text)
        }
        switch name {
        case "newScratch": return .scratch(GoScratch())
        case "and": return arguments.first { !$0.isTrue } ?? arguments.last ?? .null
        case "or": return arguments.first { $0.isTrue } ?? arguments.last ?? .null
        case "not": return .bool(!(try argument(0)).isTrue)
        case "eq":
            let first = try argument(0)
            return .bool(arguments.dropFirst().contains { first.equals($0) })
        case "ne": return .bool(!(try argument(0)).equals(try argument(1)))
        case "lt", "le", "gt", "ge": return .bool(try compare(name, try argument(0), try argument(1)))
        case "default":
            let given = arguments.count > 1 ? try last() : .null
            return given.isTrue ? given : try argument(0)
        case "cond": return (try argument(0)).isTrue ? try argument(1) : try argument(2)
        case "len":
            switch try argument(0) {
            case .list(let items): return .number(Double(items.count))
            case .map(let entries): return .number(Double(entries.count))
            case let value: return .number(Double(value.text.count))
            }
        case "index":
            var value = try argument(0)
            for key in arguments.dropFirst() {
                switch value {
                case .list(let items):
                    let position = Int(Double(key.text) ?? -1)
                    value = items.indices.contains(position) ? items[position] : .null
                case .map(let entries): value = entries[key.text.lowercased()] ?? .null
                default: value = .null
                }
            }
            return value
        case "isset", "collections.IsSet":
            switch try argument(0) {
            case .list(let items): return .bool(items.indices.contains(Int(Double((try argument(1)).text) ?? -1)))
            case .map(let entries): return .bool(entries[(try argument(1)).text.lowercased()] != nil)
            default: return .bool(false)
            }
        case "in":
            let item = try argument(1)
            switch try argument(0) {
            case .list(let items): return .bool(items.contains { $0.equals(item) })
            case let value: return .bool(value.text.contains(item.text))
            }
        case "print": return .string(arguments.map(\.text).joined())
        case "println": return .string(arguments.map(\.text).joined(separator: " ") + "\n")
        case "printf": return .string(format((try argument(0)).text, Array(arguments.dropFirst())))
        case "markdownify": return .html(call.markdownify((try last()).text))
        case "safeHTML", "safeHTMLAttr", "safeURL", "safeCSS", "safeJS": return .html((try last()).text)
        case "htmlEscape": return .string((try last()).text.htmlEscaped)
        case "htmlUnescape": return .string(HTMLText.decodingEntities((try last()).text))
        case "plainify": return .string(HTMLText.plain((try last()).text))
        case "chomp", "strings.Chomp":
            let value = try last()
            var text = value.text
            while text.last?.isNewline == true { text.removeLast() }
            return sameKind(text, as: value)
        case "trim", "strings.Trim":
            let cutset = Set((try argument(1)).text)
            return .string(
                String(
                    (try argument(0)).text.drop { cutset.contains($0) }.reversed().drop { cutset.contains($0) }
                        .reversed()))
        case "strings.TrimLeft", "strings.TrimRight":
            let cutset = Set((try argument(0)).text)
            let text = (try argument(1)).text
            return .string(
                name == "strings.TrimLeft"
                    ? String(text.drop { cutset.contains($0) })
                    : String(text.reversed().drop { cutset.contains($0) }.reversed()))
        case "strings.Repeat":
            return .string(
                String(repeating: (try argument(1)).text, count: max(0, Int(Double((try argument(0)).text) ?? 0))))
        case "strings.Count":
            let part = (try argument(0)).text
            return .number(Double(part.isEmpty ? 0 : (try argument(1)).text.components(separatedBy: part).count - 1))
        case "path.Ext", "path.Base", "path.Dir":
            let path = (try last()).text
            let base = path.split(separator: "/").last.map(String.init) ?? ""
            switch name {
            case "path.Ext": return .string(base.contains(".") ? "." + (base.split(separator: ".").last ?? "") : "")
            case "path.Base": return .string(base.isEmpty ? (path.isEmpty ? "." : "/") : base)
            default:
                let folder = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
                    .joined(separator: "/")
                return .string(folder.isEmpty ? (path.hasPrefix("/") ? "/" : ".") : folder)
            }
        case "math.Ceil", "math.Floor", "math.Round":
            guard let number = Double((try last()).text) else {
                throw GoTemplate.Failure(reason: "\(name) of \((try last()).text)")
            }
            return .number(
                name == "math.Ceil"
                    ? number.rounded(.up) : name == "math.Floor" ? number.rounded(.down) : number.rounded())
        case "append", "collections.Append":
            guard case .list(let items) = try last() else { throw GoTemplate.Failure(reason: "append to a non-list") }
            return .list(items + arguments.dropLast())
        // Code as Chroma writes it without colours: Herald does not colour code.
        case "highlight", "transform.Highlight":
            let language = (try argument(1)).text.htmlEscaped
            return .html(
                "<div class=\"highlight\"><pre tabindex=\"0\" class=\"chroma\"><code class=\"language-\(language)\" data-lang=\"\(language)\">"
                    + (try argument(0)).text.htmlEscaped + "\n</code></pre></div>")
        // Messages for the site's author, not the page.
        case "warnf", "errorf", "warnidf", "erroridf", "fmt.Warnf", "fmt.Errorf", "fmt.Warnidf", "fmt.Erroridf":
            return .string("")
        case "strings.TrimSpace": return .string((try last()).text.trimmingCharacters(in: .whitespacesAndNewlines))
        case "strings.TrimPrefix":
            let text = (try argument(1)).text
            let prefix = (try argument(0)).text
            return .string(text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text)
        case "strings.TrimSuffix":
            let text = (try argument(1)).text
            let suffix = (try argument(0)).text
            return .string(text.hasSuffix(suffix) ? String(text.dropLast(suffix.count)) : text)
        case "lower", "strings.ToLower": return .string((try last()).text.lowercased())
        case "upper", "strings.ToUpper": return .string((try last()).text.uppercased())
        case "title", "strings.Title": return .string((try last()).text.capitalized)
        case "humanize":
            let text = (try last()).text.replacingOccurrences(of: "-", with: " ").replacingOccurrences(
                of: "_", with: " ")
            return .string(text.prefix(1).uppercased() + text.dropFirst())
        case "urlize", "anchorize":
            return .string(
                (try last()).text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: "-"))
        case "i18n", "T", "lang.Translate": return .string(call.translate((try argument(0)).text) ?? "")
        case "replace", "strings.Replace":
            let value = try argument(0)
            return sameKind(
                value.text.replacingOccurrences(of: (try argument(1)).text, with: (try argument(2)).text), as: value)
        case "replaceRE", "strings.ReplaceRE":
            let expression = try regularExpression((try argument(0)).text)
            let text = (try argument(2)).text
            let template = (try argument(1)).text.replacingOccurrences(of: "${", with: "$").replacingOccurrences(
                of: "}", with: "")
            return .string(
                expression.stringByReplacingMatches(
                    in: text, range: NSRange(text.startIndex..., in: text), withTemplate: template))
        case "findRE", "strings.FindRE":
            let expression = try regularExpression((try argument(0)).text)
            let text = (try argument(1)).text
            let limit = arguments.count > 2 ? Int(Double((try argument(2)).text) ?? -1) : -1
            var found = expression.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
                Range($0.range, in: text).map { GoValue.string(String(text[$0])) }
            }
            if limit >= 0 { found = Array(found.prefix(limit)) }
            return .list(found)
        case "hasPrefix", "strings.HasPrefix": return .bool((try argument(0)).text.hasPrefix((try argument(1)).text))
        case "strings.HasSuffix": return .bool((try argument(0)).text.hasSuffix((try argument(1)).text))
        case "strings.Contains": return .bool((try argument(0)).text.contains((try argument(1)).text))
        case "split", "strings.Split":
            let separator = (try argument(1)).text
            return .list((try argument(0)).text.components(separatedBy: separator).map(GoValue.string))
        case "delimit", "collections.Delimit":
            guard case .list(let items) = try argument(0) else { return .string((try argument(0)).text) }
            return .string(items.map(\.text).joined(separator: (try argument(1)).text))
        case "slice", "collections.Slice": return .list(arguments)
        case "dict", "collections.Dictionary":
            var entries: [String: GoValue] = [:]
            for pair in stride(from: 0, to: arguments.count - 1, by: 2) {
                entries[arguments[pair].text.lowercased()] = arguments[pair + 1]
            }
            return .map(entries)
        case "first":
            guard case .list(let items) = try argument(1) else { return .null }
            return .list(Array(items.prefix(Int(Double((try argument(0)).text) ?? 0))))
        case "string": return .string((try last()).text)
        case "int": return .number(Double(Int(Double((try last()).text) ?? 0)))
        case "relURL", "absURL", "relLangURL", "absLangURL", "urls.RelURL", "urls.AbsURL", "urls.RelLangURL",
            "urls.AbsLangURL":
            var path = (try last()).text
            guard !path.contains("://") else { return .string(path) }
            // The language's folder first (`fr/docs`), unless the path is already in it.
            let prefix = call.page.languagePrefix
            if name.hasSuffix("LangURL"), !prefix.isEmpty {
                let relative = path.hasPrefix("/") ? String(path.dropFirst()) : path
                if !(relative + "/").hasPrefix(prefix) { path = prefix + relative }
            }
            let base = name.lowercased().contains("abs") ? call.baseURL : (URL(string: call.baseURL)?.path ?? "/")
            return .string(
                (base.hasSuffix("/") ? base : base + "/") + (path.hasPrefix("/") ? String(path.dropFirst()) : path))
        case "emojify": return try last()
        case "dateFormat", "time.Format":
            let date = try time(try argument(1), in: call.page.timeZone)
            return .string(GoTimeLayout.format(date, layout: (try argument(0)).text, locale: call.page.locale))
        case "time", "time.AsTime": return .time(try time(try argument(0), in: call.page.timeZone))
        case "add", "math.Add", "sub", "math.Sub", "mul", "math.Mul", "div", "math.Div", "mod", "math.Mod":
            return try arithmetic(name.hasPrefix("math.") ? name.dropFirst(5).lowercased() : name, arguments)
        default: throw GoTemplate.Failure(reason: "Herald does not run the template function \(name)")
        }
    }

    /// A date as Hugo's `cast.ToTimeInDefaultLocation` reads one: a time as it is, text in the
    /// site's timezone unless it says its offset, a number as seconds since 1970.
    private static func time(_ value: GoValue, in timeZone: TimeZone) throws(GoTemplate.Failure) -> PostDate {
        switch value {
        case .time(let date): return date ?? GoTimeLayout.zero
        case .number(let seconds):
            let instant = Date(timeIntervalSince1970: seconds)
            return PostDate(instant: instant, offsetSeconds: timeZone.secondsFromGMT(for: instant))
        default:
            guard let local = LocalDateTime(parsing: value.text) else {
                throw GoTemplate.Failure(reason: "'\(value.text)' is not a date")
            }
            return local.resolved(in: timeZone)
        }
    }

    /// Hugo's `math` on two or more numbers (whole numbers divided as Go's integers are);
    /// `add` also joins text.
    private static func arithmetic(_ operation: String, _ arguments: [GoValue]) throws(GoTemplate.Failure) -> GoValue {
        guard var result = arguments.first, arguments.count > 1 else {
            throw GoTemplate.Failure(reason: "\(operation) needs 2 arguments")
        }
        for operand in arguments.dropFirst() {
            switch (result, operand, operation) {
            case (.number(let a), .number(let b), _):
                let whole = a == a.rounded() && b == b.rounded()
                switch operation {
                case "add": result = .number(a + b)
                case "sub": result = .number(a - b)
                case "mul": result = .number(a * b)
                default:
                    guard b != 0 else { throw GoTemplate.Failure(reason: "\(operation) by zero") }
                    if operation == "mod" {
                        result = .number(Double(Int(a) % Int(b)))
                    } else {
                        result = .number(whole ? (a / b).rounded(.towardZero) : a / b)
                    }
                }
            case (.string(let a), .string(let b), "add"): result = .string(a + b)
            default: throw GoTemplate.Failure(reason: "\(operation) of \(result.text) and \(operand.text)")
            }
        }
        return result
    }

    private static func compare(_ name: String, _ a: GoValue, _ b: GoValue) throws(GoTemplate.Failure) -> Bool {
        let order: ComparisonResult
        if case .number(let x) = a, case .number(let y) = b {
            order = x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame
        } else {
            order = a.text.compare(b.text)
        }
        switch name {
        case "lt": return order == .orderedAscending
        case "le": return order != .orderedDescending
        case "gt": return order == .orderedDescending
        default: return order != .orderedAscending
        }
    }

    private static func regularExpression(_ pattern: String) throws(GoTemplate.Failure) -> NSRegularExpression {
        do {
            return try NSRegularExpression(pattern: pattern)
        } catch {
            throw GoTemplate.Failure(reason: "the expression \(pattern) is not one Herald can read")
        }
    }

    /// Go's `fmt.Sprintf` for the verbs templates use: `%s`, `%d`, `%v`, `%q`, `%%`.
    private static func format(_ format: String, _ arguments: [GoValue]) -> String {
        var result = ""
        var remaining = arguments[...]
        var rest = Substring(format)
        while let percent = rest.firstIndex(of: "%") {
            result += rest[..<percent]
            let verbIndex = rest.index(after: percent)
            guard verbIndex < rest.endIndex else {
                result += "%"
                return result
            }
            let verb = rest[verbIndex]
            if verb == "%" {
                result += "%"
            } else {
                let value = remaining.popFirst() ?? .null
                result += verb == "q" ? "\"" + value.text + "\"" : value.text
            }
            rest = rest[rest.index(after: verbIndex)...]
        }
        return result + rest
    }
}
