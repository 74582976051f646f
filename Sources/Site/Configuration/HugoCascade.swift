/// Front matter that a list page (`cascade:` in an `_index.md`) or the configuration
/// (`[cascade]`) passes down to the pages below it, as Hugo's `DecodeCascadeConfig` reads it:
/// one table or a list of them, each with an optional `target` (`_target` before Hugo 0.156)
/// of globs for the page's path, kind, language and environment. A page's own keys win, then a
/// closer list page's, then the configuration's.
public struct HugoCascade: Sendable, Equatable, CustomStringConvertible {
    struct Rule: Sendable, Equatable {
        /// What the rule sets, each entry remembering the file it was written in.
        let values: MetadataTable
        let target: Target
    }

    /// Which pages a rule is for; a glob that is nil matches every page.
    struct Target: Sendable, Equatable {
        var path: HugoGlob?
        var kind: HugoGlob?
        /// Any one of them; nil for every language.
        var languages: [HugoGlob]?
        var environment: HugoGlob?
    }

    private(set) var rules: [Rule] = []
    /// The text the rules were read from, for the fingerprints of what was read with them.
    public private(set) var description = ""

    public var isEmpty: Bool { rules.isEmpty }

    public init() {}

    /// Keys that shape the page tree, which Hugo refuses in a cascade.
    private static let disallowedKeys: Set<String> = ["kind", "path", "lang", "cascade"]
    /// Hugo's kinds of page, which a `kind` glob must match one of.
    private static let kinds = ["page", "home", "section", "taxonomy", "term"]

    /// Reads `value`, the value of a `cascade` key at `line` of `file`.
    /// - Parameter language: the language of the list page it is in, which its rules are for
    ///   unless their target names languages; nil in the configuration, for every language.
    init(_ value: MetadataValue, file: String, line: Int, language: String?) throws(Problem) {
        func problem(_ reason: String) -> Problem { Problem(path: file, line: line, reason: "cascade: " + reason) }
        let tables: [MetadataTable]
        switch value {
        case .null: tables = []
        case .table(let table): tables = [table]
        case .array(let items):
            var found: [MetadataTable] = []
            for item in items {
                guard case .table(let table) = item else {
                    throw problem("expected a table of front matter, or a list of them; found a \(item.typeName)")
                }
                found.append(table)
            }
            tables = found
        default: throw problem("expected a table of front matter, or a list of them; found a \(value.typeName)")
        }
        for table in tables {
            var target = Target()
            var values = MetadataTable()
            for entry in table.entries {
                let key = entry.key.asciiLowercased
                if key == "target" || key == "_target" {
                    guard case .table(let options) = entry.value else {
                        throw Problem(
                            path: file, line: entry.line,
                            reason: "cascade: \(entry.key): expected a table (path, kind, lang, environment)")
                    }
                    target = try Self.target(options, file: file, line: entry.line)
                } else if Self.disallowedKeys.contains(key) {
                    throw Problem(
                        path: file, line: entry.line,
                        reason: "cascade: \(entry.key) cannot be cascaded; Hugo refuses it there")
                } else {
                    values.append(
                        MetadataTable.Entry(key: entry.key, value: entry.value, line: entry.line, file: file))
                }
            }
            if target.languages == nil, let language { target.languages = HugoGlob(language).map { [$0] } }
            if !values.isEmpty { rules.append(Rule(values: values, target: target)) }
        }
        description = rules.isEmpty ? "" : "\(file)\u{0}\(String(describing: rules))"
    }

    private static func target(_ options: MetadataTable, file: String, line: Int) throws(Problem) -> Target {
        func glob(_ key: String) throws(Problem) -> HugoGlob? {
            guard let entry = options.entry(key), let text = entry.value.scalarText, !text.isEmpty else { return nil }
            guard let glob = HugoGlob(text.lowercased()) else {
                throw Problem(
                    path: file, line: entry.line == 0 ? line : entry.line,
                    reason: "cascade: target \(entry.key): '\(text)' is not a glob pattern Hugo can read")
            }
            return glob
        }
        var target = Target(path: try glob("path"), kind: try glob("kind"), environment: try glob("environment"))
        if let kind = target.kind, !kinds.contains(where: kind.matches) {
            throw Problem(
                path: file, line: options.entry("kind")?.line ?? line,
                reason: "cascade: target kind matches no kind of page (\(kinds.joined(separator: ", ")))")
        }
        // Hugo 0.150's `sites.matrix.languages`, and `lang` before it.
        var languages: [String] = []
        if case .table(let sites)? = options["sites"], case .table(let matrix)? = sites["matrix"] {
            switch matrix["languages"] {
            case .array(let items)?: languages += items.compactMap(\.scalarText)
            case let item?: languages += item.scalarText.map { [$0] } ?? []
            case nil: break
            }
        }
        if let lang = options["lang"]?.scalarText, !lang.isEmpty { languages.append(lang) }
        if !languages.isEmpty {
            var globs: [HugoGlob] = []
            for language in languages {
                guard let glob = HugoGlob(language.lowercased()) else {
                    throw Problem(
                        path: file, line: line, reason: "cascade: target language '\(language)' is not a glob pattern")
                }
                globs.append(glob)
            }
            target.languages = globs
        }
        return target
    }

    /// These rules and `other`'s, as Hugo puts a closer cascade before those above it: a rule
    /// of `other` for a target one of these has too fills in what that one leaves unset;
    /// the others follow.
    func inheriting(_ other: HugoCascade) -> HugoCascade {
        guard !other.isEmpty else { return self }
        var cascade = self
        for rule in other.rules {
            guard let index = cascade.rules.firstIndex(where: { $0.target == rule.target }) else {
                cascade.rules.append(rule)
                continue
            }
            var values = cascade.rules[index].values
            for entry in rule.values.entries where values[entry.key] == nil { values.append(entry) }
            cascade.rules[index] = Rule(values: values, target: rule.target)
        }
        cascade.description += "\u{0}" + other.description
        return cascade
    }

    /// A rule as it applies to the posts of a site: whether it is for pages in the build's
    /// environment is decided once, and its language globs become the site's languages they match.
    struct PageRule: Sendable {
        let values: MetadataTable
        let path: HugoGlob?
        /// Nil for every language.
        let languages: Set<String>?
    }

    /// The rules for pages (posts are Hugo's regular pages) in `environment`, in order.
    func pageRules(in environment: String, languages: [String]) -> [PageRule] {
        rules.compactMap { rule in
            let target = rule.target
            if let kind = target.kind, !kind.matches("page") { return nil }
            if let glob = target.environment, !glob.matches(environment) { return nil }
            let matched = target.languages.map { globs in
                Set(languages.filter { language in globs.contains { $0.matches(language) } })
            }
            return PageRule(values: rule.values, path: target.path, languages: matched)
        }
    }
}
