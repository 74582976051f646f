import Foundation

/// The Liquid of a Jekyll post, evaluated before its Markdown is rendered, as Jekyll does:
/// `{{ site.X }}`, `{{ page.X }}` and the standard filters, `{% link %}` and `{% post_url %}`
/// (the target's address under `baseurl`), `{% highlight %}` (Rouge's markup, the code
/// escaped, set aside from the Markdown), `{% raw %}`, `{% comment %}`, `{% assign %}`,
/// `{% capture %}`, `{% if %}`/`{% unless %}`. What Herald cannot evaluate (a plugin's tag, an
/// `{% include %}`, a loop) is removed with a warning naming it; it never reaches a feed raw.
struct JekyllLiquid {
    let site: SiteConfiguration
    /// Every post of the site, which `post_url` and `link` name.
    let posts: [Post]
    let post: Post
    /// The post's front matter with its `defaults:`, for `page.*`; nil when not read.
    let frontMatter: MetadataTable?
    /// The file's line of the Markdown's first line.
    let firstLine: Int

    /// The Markdown with its Liquid evaluated, and the HTML set aside from it; a tag never
    /// closed makes the post unusable, as it stops Jekyll's build.
    func expand(_ markdown: String) throws(Problem) -> MarkdownExpansion {
        var expansion = MarkdownExpansion(unexpanded: markdown)
        guard markdown.containsUTF8("{%") || markdown.containsUTF8("{{") else { return expansion }
        let bytes = Array(markdown.utf8)
        let tokens: [LiquidLexer.Token]
        do throws(LiquidLexer.Failure) {
            tokens = try LiquidLexer.tokens(of: bytes, firstLine: firstLine)
        } catch {
            throw Problem(path: post.path, line: error.line, reason: error.reason)
        }
        var run = Run(liquid: self, bytes: bytes, tokens: tokens, expansion: expansion)
        let output = run.render(0..<tokens.count)
        expansion = run.expansion
        expansion.markdown = output
        expansion.warnings = run.warnings()
        return expansion
    }

    /// One evaluation: the variables `assign` and `capture` set, what was set aside, what
    /// could not be evaluated.
    private struct Run {
        let liquid: JekyllLiquid
        let bytes: [UInt8]
        let tokens: [LiquidLexer.Token]
        var locals: [String: LiquidValue] = [:]
        /// How many includes deep this run is.
        var depth = 0
        /// Where the HTML of highlighted code is set aside.
        var expansion: MarkdownExpansion
        /// What was left out, by what it was, with the first line and how often.
        var unevaluated: [String: (line: Int, reason: String, count: Int)] = [:]

        init(liquid: JekyllLiquid, bytes: [UInt8], tokens: [LiquidLexer.Token], expansion: MarkdownExpansion) {
            self.liquid = liquid
            self.bytes = bytes
            self.tokens = tokens
            self.expansion = expansion
        }

        private var timeZone: TimeZone { liquid.site.timeZone }

        mutating func render(_ range: Range<Int>) -> String {
            var output = ""
            var index = range.lowerBound
            while index < range.upperBound {
                switch tokens[index] {
                case .text(let text): output += String(decoding: bytes[text], as: UTF8.self)
                case .output(let markup, let line): output += evaluate(markup, line: line).text
                case .tag(let name, let markup, let line):
                    index = tag(name, markup, line, at: index, limit: range.upperBound, into: &output)
                }
                index += 1
            }
            return output
        }

        /// Renders the tag at `index` into `output`; returns the index of its last token (its
        /// end tag, for a block).
        private mutating func tag(
            _ name: String, _ markup: String, _ line: Int, at index: Int, limit: Int, into output: inout String
        ) -> Int {
            switch name {
            case "raw", "endraw": return index
            case "comment":
                return end(of: name, after: index, limit: limit) ?? limit - 1
            case "highlight":
                guard let end = end(of: name, after: index, limit: limit) else {
                    note(
                        name, line, "{% highlight %} is never closed with {% endhighlight %}; what follows is left out")
                    return limit - 1
                }
                let code = render((index + 1)..<end)
                output += expansion.setAside(Self.highlighted(code, markup: markup), isBlock: true)
                return end
            case "include", "include_relative":
                output += include(markup, relative: name == "include_relative", line: line)
            case "link":
                output += address(ofFile: resolved(markup, line: line), line: line) ?? ""
            case "post_url":
                output += address(ofPost: resolved(markup, line: line), line: line) ?? ""
            case "assign":
                guard let equals = markup.firstIndex(of: "=") else {
                    note(name, line, "{% assign %} needs a name, = and a value")
                    return index
                }
                let variable = markup[..<equals].trimmingCharacters(in: .whitespaces)
                locals[variable] = evaluate(String(markup[markup.index(after: equals)...]), line: line)
            case "capture":
                guard let end = end(of: name, after: index, limit: limit) else {
                    note(name, line, "{% capture %} is never closed with {% endcapture %}; what follows is left out")
                    return limit - 1
                }
                locals[markup.trimmingCharacters(in: .whitespaces)] = .text(render((index + 1)..<end))
                return end
            case "for":
                guard let end = end(of: name, after: index, limit: limit) else {
                    note(name, line, "{% for %} is never closed with {% endfor %}; what follows is left out")
                    return limit - 1
                }
                output += loop(markup, line: line, body: (index + 1)..<end)
                return end
            case "if", "unless":
                guard let end = end(of: name, after: index, limit: limit) else {
                    note(name, line, "{% \(name) %} is never closed with {% end\(name) %}; what follows is left out")
                    return limit - 1
                }
                output += conditional(name, markup, line: line, body: (index + 1)..<end)
                return end
            default:
                let isBlock = Self.blockTags.contains(name)
                let ending = isBlock ? end(of: name, after: index, limit: limit) : nil
                note(
                    name, line,
                    isBlock
                        ? "{% \(name) %} is not evaluated by Herald; it was removed with what it encloses"
                        : "{% \(name) %} is not evaluated by Herald; it was removed")
                if let ending { return ending }
            }
            return index
        }

        /// Tags with a body that Herald leaves out whole when it cannot evaluate them.
        private static let blockTags: Set<String> = ["case", "tablerow"]

        /// The index of the end tag of the block opened at `index`, blocks of the same name
        /// nested inside it counted.
        private func end(of name: String, after index: Int, limit: Int) -> Int? {
            var depth = 0
            for position in (index + 1)..<limit {
                guard case .tag(let tag, _, _) = tokens[position] else { continue }
                if tag == name {
                    depth += 1
                } else if tag == "end" + name {
                    if depth == 0 { return position }
                    depth -= 1
                }
            }
            return nil
        }

        /// `{% for item in list %}` (`limit:`, `offset:`, `reversed`; a range `(1..n)`; an
        /// `{% else %}` for an empty list), with `forloop.index`, `index0`, `first`, `last`
        /// and `length`.
        private mutating func loop(_ markup: String, line: Int, body: Range<Int>) -> String {
            // `limit: 2` as `limit:2`: Liquid allows spaces after an option's colon.
            var markup = markup
            while markup.contains(": ") { markup = markup.replacingOccurrences(of: ": ", with: ":") }
            let words = markup.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard words.count >= 3, words[1] == "in" else {
                note("for", line, "{% for \(markup) %} is not a loop Liquid can read; it was removed")
                return ""
            }
            var items: [LiquidValue]
            let source = words[2]
            if source.hasPrefix("("), source.hasSuffix(")"), let dots = source.range(of: "..") {
                let first = evaluate(
                    String(source[source.index(after: source.startIndex)..<dots.lowerBound]), line: line)
                let last = evaluate(String(source[dots.upperBound..<source.index(before: source.endIndex)]), line: line)
                let from = Int(first.text) ?? 0
                let to = Int(last.text) ?? -1
                items = from <= to ? (from...to).map { .integer($0) } : []
            } else {
                switch evaluate(source, line: line) {
                case .list(let list): items = list
                case .table(let table):
                    items = table.entries.map { .list([.text($0.key), LiquidValue($0.value, timeZone: timeZone)]) }
                case .nothing: items = []
                case let single: items = [single]
                }
            }
            for option in words.dropFirst(3) {
                let parts = option.split(separator: ":", maxSplits: 1).map(String.init)
                if option == "reversed" { items.reverse() }
                if parts.count == 2, let count = Int(evaluate(parts[1], line: line).text) {
                    if parts[0] == "offset" { items = Array(items.dropFirst(count)) }
                    if parts[0] == "limit" { items = Array(items.prefix(count)) }
                }
            }
            // The loop's own `{% else %}`, outside any block nested in it.
            var elseStart: Int?
            var depth = 0
            for position in body {
                guard case .tag(let tag, _, _) = tokens[position] else { continue }
                if ["if", "unless", "case", "for"].contains(tag) {
                    depth += 1
                } else if ["endif", "endunless", "endcase", "endfor"].contains(tag) {
                    depth -= 1
                } else if depth == 0, tag == "else" {
                    elseStart = position
                }
            }
            let loopBody = body.lowerBound..<(elseStart ?? body.upperBound)
            guard !items.isEmpty else { return elseStart.map { render(($0 + 1)..<body.upperBound) } ?? "" }
            let saved = (locals[words[0]], locals["forloop"])
            var output = ""
            for (number, item) in items.enumerated() {
                locals[words[0]] = item
                var forloop = MetadataTable()
                for (key, value) in [
                    ("index", MetadataValue.integer(number + 1)), ("index0", .integer(number)),
                    ("rindex", .integer(items.count - number)), ("first", .bool(number == 0)),
                    ("last", .bool(number == items.count - 1)), ("length", .integer(items.count)),
                ] {
                    forloop.append(MetadataTable.Entry(key: key, value: value, line: 0))
                }
                locals["forloop"] = .table(forloop)
                output += render(loopBody)
            }
            (locals[words[0]], locals["forloop"]) = saved
            return output
        }

        /// `{% if a %}…{% elsif b %}…{% else %}…{% endif %}`, and `unless`: the first branch
        /// whose condition holds.
        private mutating func conditional(_ name: String, _ markup: String, line: Int, body: Range<Int>) -> String {
            var branches: [(condition: String?, start: Int)] = [(markup, body.lowerBound)]
            var depth = 0
            for position in body {
                guard case .tag(let tag, let condition, _) = tokens[position] else { continue }
                if ["if", "unless", "case", "for"].contains(tag) {
                    depth += 1
                } else if ["endif", "endunless", "endcase", "endfor"].contains(tag) {
                    depth -= 1
                } else if depth == 0, tag == "elsif" || tag == "else" {
                    branches.append((tag == "else" ? nil : condition, position + 1))
                }
            }
            for (number, branch) in branches.enumerated() {
                let end = number + 1 < branches.count ? branches[number + 1].start - 1 : body.upperBound
                let holds: Bool
                if let condition = branch.condition {
                    let value = test(condition, line: line)
                    holds = number == 0 && name == "unless" ? !value : value
                } else {
                    holds = true
                }
                if holds { return render(branch.start..<end) }
            }
            return ""
        }

        /// A condition: comparisons (`==`, `!=`, `<`, `>`, `<=`, `>=`, `contains`) joined by
        /// `and` and `or`, which Liquid groups from the right.
        private mutating func test(_ condition: String, line: Int) -> Bool {
            let words = condition.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            if let join = words.firstIndex(where: { $0 == "and" || $0 == "or" }) {
                let left = test(words[..<join].joined(separator: " "), line: line)
                let right = test(words[(join + 1)...].joined(separator: " "), line: line)
                return words[join] == "and" ? left && right : left || right
            }
            let operators = ["==", "!=", "<>", "<=", ">=", "<", ">", "contains"]
            guard let position = words.firstIndex(where: operators.contains), position > 0 else {
                return evaluate(condition, line: line).isTruthy
            }
            let left = evaluate(words[..<position].joined(separator: " "), line: line)
            let right = evaluate(words[(position + 1)...].joined(separator: " "), line: line)
            switch words[position] {
            case "==": return Self.equal(left, right)
            case "!=", "<>": return !Self.equal(left, right)
            case "contains":
                if case .list(let items) = left { return items.contains { Self.equal($0, right) } }
                return left.text.contains(right.text) && right != .nothing
            default:
                guard let order = Self.compare(left, right) else { return false }
                switch words[position] {
                case "<": return order == .orderedAscending
                case ">": return order == .orderedDescending
                case "<=": return order != .orderedDescending
                default: return order != .orderedAscending
                }
            }
        }

        private static func equal(_ left: LiquidValue, _ right: LiquidValue) -> Bool {
            if let order = compare(left, right) { return order == .orderedSame }
            return left == right
        }

        private static func compare(_ left: LiquidValue, _ right: LiquidValue) -> ComparisonResult? {
            func number(_ value: LiquidValue) -> Double? {
                switch value {
                case .integer(let number): Double(number)
                case .number(let number): number
                default: nil
                }
            }
            if let left = number(left), let right = number(right) {
                return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
            }
            if case .text(let left) = left, case .text(let right) = right {
                return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
            }
            if case .date(let left) = left, case .date(let right) = right {
                return left < right ? .orderedAscending : left > right ? .orderedDescending : .orderedSame
            }
            return nil
        }

        /// `{% include file.html key="value" other=page.x %}`: the file of the site's `_includes`
        /// (`includes_dir`), or with `include_relative` of the post's own folder, with its
        /// Liquid evaluated and the parameters as `include.key`, in place of the tag.
        private mutating func include(_ markup: String, relative: Bool, line: Int) -> String {
            let tag = relative ? "include_relative" : "include"
            // The file's name runs to the end of its last `{{ }}`, or to the first space.
            var split = markup.firstIndex(where: \.isWhitespace) ?? markup.endIndex
            if let close = markup.range(of: "}}", options: .backwards) {
                split = markup[close.upperBound...].firstIndex(where: \.isWhitespace) ?? markup.endIndex
            }
            let name = resolved(String(markup[..<split]), line: line)
            let site = liquid.site
            let folder =
                relative
                ? site.contentDirectory.appendingPathComponent(liquid.post.contentPath).parentPath
                : site.includesFolder
            guard depth < 10, !name.isEmpty, !name.split(separator: "/").contains(".."),
                let bytes = FileBytes.read(folder.appendingPathComponent(name))
            else {
                note(
                    tag + " " + name, line,
                    depth >= 10
                        ? "{% \(tag) \(name) %} includes itself over and over; it was removed"
                        : "{% \(tag) \(name) %} names no file in \(relative ? "the post's folder" : "the site's includes") (Jekyll stops the build on it); it was removed"
                )
                return ""
            }
            let tokens: [LiquidLexer.Token]
            do throws(LiquidLexer.Failure) {
                tokens = try LiquidLexer.tokens(of: bytes, firstLine: 1)
            } catch {
                note(
                    tag + " " + name, line,
                    "{% \(tag) \(name) %}: \(error.reason) (line \(error.line) of the file); it was removed")
                return ""
            }
            var parameters = MetadataTable()
            for (key, value) in Self.parameters(String(markup[split...])) {
                let operand: LiquidValue
                if let quote = value.first, quote == "\"" || quote == "'" {
                    // Jekyll's own reading of a quoted value: `\"` inside `"…"` is a quote.
                    operand = .text(
                        String(value.dropFirst().dropLast()).replacingOccurrences(
                            of: "\\" + String(quote), with: String(quote)))
                } else {
                    operand = evaluate(value, line: line)
                }
                let metadata: MetadataValue =
                    switch operand {
                    case .integer(let number): .integer(number)
                    case .bool(let flag): .bool(flag)
                    case .nothing: .null
                    default: .string(operand.text)
                    }
                parameters.append(MetadataTable.Entry(key: key, value: metadata, line: line))
            }
            var nested = Run(liquid: liquid, bytes: bytes, tokens: tokens, expansion: expansion)
            nested.locals = locals
            nested.locals["include"] = .table(parameters)
            nested.depth = depth + 1
            let output = nested.render(0..<tokens.count)
            expansion = nested.expansion
            for (key, seen) in nested.unevaluated where unevaluated[key] == nil {
                unevaluated[key] = (line, seen.reason + " (in \(name))", seen.count)
            }
            return output
        }

        /// `key="value"`, `key='value'` and `key=variable` pairs, as Jekyll's include reads them
        /// (a quote escaped with `\` does not end a value); a quoted value is kept quoted.
        private static func parameters(_ markup: String) -> [(String, String)] {
            var pairs: [(String, String)] = []
            var rest = Substring(markup)
            while let equals = rest.firstIndex(of: "=") {
                let key = rest[..<equals].split(whereSeparator: \.isWhitespace).last.map(String.init) ?? ""
                var value = rest[rest.index(after: equals)...].drop(while: \.isWhitespace)
                let text: Substring
                if let quote = value.first, quote == "\"" || quote == "'",
                    let close = Self.closingQuote(quote, in: value.dropFirst())
                {
                    text = value[...close]
                    value = value[value.index(after: close)...]
                } else {
                    let end = value.firstIndex(where: \.isWhitespace) ?? value.endIndex
                    text = value[..<end]
                    value = value[end...]
                }
                if !key.isEmpty { pairs.append((key, String(text))) }
                rest = value
            }
            return pairs
        }

        private static func closingQuote(_ quote: Character, in text: Substring) -> Substring.Index? {
            var index = text.startIndex
            while index < text.endIndex {
                if text[index] == "\\" {
                    index = text.index(after: index)
                    if index == text.endIndex { break }
                } else if text[index] == quote {
                    return index
                }
                index = text.index(after: index)
            }
            return nil
        }

        /// A tag's argument with any `{{ }}` in it evaluated, as `link` reads it.
        private mutating func resolved(_ markup: String, line: Int) -> String {
            guard markup.contains("{{") else { return markup }
            var nested = Run(
                liquid: liquid, bytes: Array(markup.utf8),
                tokens: (try? LiquidLexer.tokens(of: Array(markup.utf8), firstLine: line)) ?? [], expansion: expansion)
            nested.locals = locals
            return nested.render(0..<nested.tokens.count).trimmingCharacters(in: .whitespaces)
        }

        /// An output's value; one Herald cannot read or filter is nothing, with a warning.
        private mutating func evaluate(_ markup: String, line: Int) -> LiquidValue {
            guard let expression = LiquidExpression(markup) else {
                note(
                    "{{ " + markup + " }}", line, "{{ \(markup) }} is not an expression Liquid can read; it was removed"
                )
                return .nothing
            }
            var value = self.value(of: expression.operand, line: line)
            for filter in expression.filters {
                var arguments: [LiquidValue] = []
                for argument in filter.arguments { arguments.append(self.value(of: argument, line: line)) }
                if filter.name == "markdownify" {
                    value = .text(liquid.site.markdown.renderHTML(value.text))
                    continue
                }
                // Liquid passes a value through a filter it does not know, as here.
                guard
                    let filtered = LiquidFilters.apply(
                        filter.name, to: value, arguments: arguments, site: liquid.address, timeZone: timeZone)
                else {
                    note(
                        "filter " + filter.name, line,
                        "the Liquid filter '\(filter.name)' is not one Herald knows; it was skipped, as Jekyll skips it"
                    )
                    continue
                }
                value = filtered
            }
            return value
        }

        private mutating func value(of operand: LiquidExpression.Operand, line: Int) -> LiquidValue {
            switch operand {
            case .literal(let value): return value
            case .variable(let path):
                var value: LiquidValue
                var rest = path.dropFirst()
                switch path[0] {
                case let name where locals[name] != nil: value = locals[name]!
                case "site" where rest.first == "data":
                    do throws(ConfigurationError) {
                        value = LiquidValue(try liquid.site.jekyll.data.value(), timeZone: timeZone)
                    } catch {
                        note(
                            "site.data", line,
                            "site.data: \(error.description); it is empty here, as Jekyll would not build")
                        value = .nothing
                    }
                case "site": value = rest.first.map { liquid.siteValue($0) } ?? .nothing
                case "page": value = rest.first.map { liquid.pageValue($0) } ?? .nothing
                case "jekyll":
                    value = rest.first == "environment" ? .text("production") : .nothing
                default: return .nothing
                }
                if path[0] == "site" || path[0] == "page" { rest = rest.dropFirst() }
                if path[0] == "jekyll" { rest = [] }
                for key in rest { value = value.member(key, timeZone: timeZone) }
                return value
            }
        }

        /// `{% link path %}`: a post's, a collection's document's, a page's or a file's address
        /// under `baseurl`, by its path from the site's folder.
        private mutating func address(ofFile path: String, line: Int) -> String? {
            let path = path.hasPrefix("/") ? String(path.dropFirst()) : path
            let collections =
                liquid.site.contentDirectory == liquid.site.rootDirectory
                ? "" : String(liquid.site.contentDirectory.dropFirst(liquid.site.rootDirectory.count + 1)) + "/"
            if let target = liquid.posts.first(where: { collections + $0.contentPath == path }) {
                return liquid.relativeURL(of: target)
            }
            if let url = JekyllPage.url(of: path, in: liquid.site) {
                return LiquidFilters.relativeURL(url, site: liquid.address)
            }
            note(
                "link " + path, line,
                "{% link \(path) %} names no file of the site (Jekyll stops the build on it); it was removed")
            return nil
        }

        /// `{% post_url 2010-07-21-name %}` (or `folder/2010-07-21-name`): that post's address.
        private mutating func address(ofPost name: String, line: Int) -> String? {
            let name = name.hasPrefix("/") ? String(name.dropFirst()) : name
            let slash = name.lastIndex(of: "/")
            let folder = slash.map { String(name[...$0]) } ?? ""
            let stem = slash.map { String(name[name.index(after: $0)...]) } ?? name
            let target = liquid.posts.first { post in
                guard post.collection == nil, let posts = post.contentPath.range(of: "_posts/") else { return false }
                let before = post.contentPath[..<posts.lowerBound]
                let after = post.contentPath[posts.upperBound...]
                let file = after.split(separator: "/").last.map(String.init) ?? ""
                let within = after.dropLast(file.count)
                let fileStem = file.lastIndex(of: ".").map { String(file[..<$0]) } ?? file
                // `^_posts/PATHNAME\.ext` or `^PATH_posts/NAME\.ext`, as `PostComparer` matches.
                return fileStem == stem
                    && (before.isEmpty && String(within) == folder || String(before) == folder && within.isEmpty)
            }
            guard let target else {
                note(
                    "post_url " + name, line,
                    "{% post_url \(name) %} names no post of the site (Jekyll stops the build on it); it was removed")
                return nil
            }
            return liquid.relativeURL(of: target)
        }

        private mutating func note(_ key: String, _ line: Int, _ reason: String) {
            let seen = unevaluated[key]
            unevaluated[key] = (seen?.line ?? line, seen?.reason ?? reason, (seen?.count ?? 0) + 1)
        }

        func warnings() -> [Problem] {
            unevaluated.values.sorted { $0.line < $1.line }.map { line, reason, count in
                let more = count > 1 ? " (\(count - 1) more in this post)" : ""
                return Problem(path: liquid.post.path, line: line, reason: reason + more, severity: .warning)
            }
        }

        /// Jekyll's `{% highlight lang %}` with Rouge: the code between its first and last
        /// line ends, escaped, in Rouge's figure; Herald keeps the code's text, not Rouge's
        /// colouring spans.
        private static func highlighted(_ code: String, markup: String) -> String {
            var code = Substring(code)
            while code.first == "\n" || code.first == "\r" { code = code.dropFirst() }
            while code.last == "\n" || code.last == "\r" { code = code.dropLast() }
            let language = markup.split(separator: " ").first.map { String($0).lowercased() } ?? "plaintext"
            let escaped = code.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                .replacingOccurrences(of: ">", with: "&gt;")
            return
                "<figure class=\"highlight\"><pre><code class=\"language-\(language.replacingOccurrences(of: "+", with: "-"))\" "
                + "data-lang=\"\(language)\">\(escaped)</code></pre></figure>"
        }
    }

    /// `url` and `baseurl` as `_config.yml` writes them, for the URL filters.
    var address: LiquidFilters.SiteAddress {
        let configuration = site.jekyll.configuration
        return LiquidFilters.SiteAddress(
            url: configuration["url"]?.scalarText ?? "",
            basePath: (configuration["baseurl"]?.scalarText ?? "").trimmingSuffix("/"))
    }

    /// A post's address under `baseurl`, as `relative_url` gives it.
    func relativeURL(of target: Post) -> String {
        let permalink = site.permalink(of: target)
        let host = address.url
        let path = !host.isEmpty && permalink.hasPrefix(host) ? String(permalink.dropFirst(host.count)) : permalink
        return path
    }

    /// `site.KEY`: the configuration's, with Jekyll's own `time` and `posts`.
    func siteValue(_ key: String) -> LiquidValue {
        if key == "posts" {
            // Jekyll's `site.posts`: its published posts, newest first (by date, then by path).
            let published = posts.filter { $0.collection == nil && $0.status == .published && $0.date != nil }
            return .list(
                published.sorted { ($0.date!, $0.contentPath) > ($1.date!, $1.contentPath) }.map { post in
                    .drop(
                        Dictionary(
                            uniqueKeysWithValues: Self.postKeys.map { ($0, postValue($0, of: post)) }))
                })
        }
        if key == "time" {
            let now = Date()
            return .date(PostDate(instant: now, offsetSeconds: site.timeZone.secondsFromGMT(for: now)))
        }
        return site.jekyll.configuration[key].map { LiquidValue($0, timeZone: site.timeZone) } ?? .nothing
    }

    /// `page.KEY`: what Jekyll gives every post (`title`, `url`, `date`, `id`, …), then its
    /// front matter.
    func pageValue(_ key: String) -> LiquidValue {
        Self.postKeys.contains(key)
            ? postValue(key, of: post) : frontMatter?[key].map { LiquidValue($0, timeZone: site.timeZone) } ?? .nothing
    }

    /// What Jekyll gives of every post, whatever its front matter.
    private static let postKeys = ["title", "url", "date", "categories", "tags", "slug", "path", "collection", "id"]

    private func postValue(_ key: String, of post: Post) -> LiquidValue {
        switch key {
        case "title": return .text(post.title)
        case "url":
            let url = relativeURL(of: post)
            let base = address.basePath
            return .text(!base.isEmpty && url.hasPrefix(base) ? String(url.dropFirst(base.count)) : url)
        case "date": return post.date.map { .date($0) } ?? .nothing
        case "categories": return .list(post.categories.map { .text($0) })
        case "tags": return .list(post.tags.map { .text($0) })
        case "slug": return post.slug.map { .text($0) } ?? .nothing
        case "path": return .text(post.contentPath)
        case "collection": return .text(post.collection ?? "posts")
        case "id":
            let id = post.identifier ?? ""
            let host = address.url + address.basePath
            return .text(id.hasPrefix(host) ? String(id.dropFirst(host.count)) : id)
        default: return .nothing
        }
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: String) -> String {
        var text = self
        while text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }
}
