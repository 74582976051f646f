import Foundation

/// What a Jekyll site's `_config.yml` and `_data/authors.yml` say about reading its posts,
/// beyond the settings every generator has.
public struct JekyllSettings: Sendable {
    /// One set of `defaults:`, kept only when it sets a key Herald reads.
    struct FrontMatterDefault: Sendable {
        /// `scope.path`: a prefix of the post's path, or a glob when it holds `*`; "" for all.
        let path: String
        /// `scope.type`: the collection the set is for (`posts`, also spelt `post`); nil for all.
        let type: String?
        /// The values, each entry remembering `_config.yml` and its line.
        let values: MetadataTable
    }

    /// A post's author as `_data/authors.yml` describes them, for jekyll-feed's `<author>`.
    public struct Author: Sendable, Equatable {
        public let name: String
        public let email: String?
        public let uri: String?
    }

    /// A collection besides `posts` that jekyll-feed has a feed of (`feed.collections`).
    public struct Collection: Sendable, Equatable {
        /// Its label: `changes` for the documents in `_changes/`.
        public let name: String
        /// Its documents' URL pattern: its `permalink`, else `/:collection/:path` with the
        /// ending of the site's permalink style, as `Collection#url_template` makes it.
        let permalink: String
        /// Whether `collections:` has it; jekyll-feed writes an empty feed of one it lacks.
        let isDefined: Bool
    }

    var defaults: [FrontMatterDefault] = []
    /// `_config.yml` as it is, for the `site.*` of a post's Liquid.
    var configuration = MetadataTable()
    /// The collections whose documents are read, for their feeds.
    public var collections: [Collection] = []
    /// `_data/authors.yml` by key.
    var authors: [String: Author] = [:]
    /// Every file of `_data/` (`data_dir`), for `site.data`.
    var data = SiteData(folders: [], extensions: [])
    /// `excerpt_separator`: what ends a post's excerpt; "" for none.
    var excerptSeparator = "\n\n"
    /// `markdown_ext`, lowercased, and `html`: the extensions of the files read as posts.
    var extensions = ["markdown", "mkdown", "mkdn", "mkd", "md", "html"]
    /// Whether a post at `path` goes through a converter, kramdown or none for HTML (one of
    /// `extensions`); any other post (`.text`) is published as written, as Jekyll's
    /// `Identity` converter publishes it, its address ending in its own extension.
    func converts(_ path: String) -> Bool {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    /// A digest of the files these settings come from, for the scan cache's fingerprint.
    var sourceDigest: UInt64 = 0

    /// The front matter keys Herald reads; other keys of a `defaults:` set do not matter to it.
    static let readKeys: Set<String> = [
        "title", "date", "last_modified_at", "published", "draft", "slug", "permalink", "excerpt", "description",
        "excerpt_separator", "categories", "category", "tags", "tag", "author", "authors",
    ]

    /// The post's front matter over its `defaults:`, as `Document#merge_data!` puts them
    /// together: tables key by key, a key left empty (`author:`) keeping the default, and
    /// `categories` joined rather than replaced.
    func frontMatter(_ own: MetadataTable, path: String, collection: String = "posts") -> MetadataTable {
        guard let defaults = defaultValues(for: path, collection: collection) else { return own }
        let written = MetadataTable(own.entries.filter { $0.value != .null || defaults[$0.key] == nil })
        var merged = defaults.merging(written, from: nil)
        if let inherited = defaults.entry("categories")?.value, let written = own.entry("categories"),
            written.value != .null
        {
            let joined = Self.categoryList(inherited) + Self.categoryList(written.value)
            merged.append(.init(key: written.key, value: .array(joined), line: written.line, file: written.file))
        }
        return merged
    }

    /// Categories as `merge_categories!` takes them: text split at white space.
    private static func categoryList(_ value: MetadataValue) -> [MetadataValue] {
        switch value {
        case .array(let items): items
        case .string(let text): text.split(whereSeparator: \.isRubyWhitespace).map { .string(String($0)) }
        case .null: []
        default: [value]
        }
    }

    /// `FrontmatterDefaults#all`: the sets whose scope holds the document at `path` (relative to
    /// the collections folder) of `collection`, merged in order, a set of a longer path (or, at
    /// the same length, one with a type) winning over those before it.
    func defaultValues(for path: String, collection: String = "posts") -> MetadataTable? {
        var merged: MetadataTable?
        var winner: FrontMatterDefault?
        for set in defaults where set.type.map({ $0 == collection }) ?? true && Self.applies(set.path, to: path) {
            guard let current = merged, let previous = winner else {
                merged = set.values
                winner = set
                continue
            }
            if Self.hasPrecedence(set, over: previous) {
                merged = current.merging(set.values, from: nil)
                winner = set
            } else {
                merged = set.values.merging(current, from: nil)
            }
        }
        return merged
    }

    private static func applies(_ scope: String, to path: String) -> Bool {
        if scope.isEmpty { return true }
        guard scope.contains("*") else { return path.hasPrefix(scope) }
        // `Dir.glob` lists what exists: the post's own path and the folders above it.
        var prefixes = [path]
        var rest = Substring(path)
        while let slash = rest.lastIndex(of: "/") {
            rest = rest[..<slash]
            prefixes.append(String(rest))
        }
        return prefixes.contains { globMatches(scope, $0) }
    }

    /// Ruby's `Dir.glob` pattern for one path: `*` and `?` within a name (not a leading `.`),
    /// `**` for any number of folders.
    private static func globMatches(_ pattern: String, _ path: String) -> Bool {
        let patternParts = pattern.split(separator: "/", omittingEmptySubsequences: true)
        let pathParts = path.split(separator: "/", omittingEmptySubsequences: true)
        func match(_ patternIndex: Int, _ pathIndex: Int) -> Bool {
            guard patternIndex < patternParts.count else { return pathIndex == pathParts.count }
            if patternParts[patternIndex] == "**" {
                return (pathIndex...pathParts.count).contains { match(patternIndex + 1, $0) }
            }
            guard pathIndex < pathParts.count else { return false }
            return fnmatch(String(patternParts[patternIndex]), String(pathParts[pathIndex]), FNM_PERIOD) == 0
                && match(patternIndex + 1, pathIndex + 1)
        }
        return match(0, 0)
    }

    /// `FrontmatterDefaults#has_precedence?`.
    private static func hasPrecedence(_ new: FrontMatterDefault, over old: FrontMatterDefault) -> Bool {
        let newPath = new.path.hasPrefix("/") ? new.path.dropFirst() : Substring(new.path)
        let oldPath = old.path.hasPrefix("/") ? old.path.dropFirst() : Substring(old.path)
        if newPath.count != oldPath.count { return newPath.count > oldPath.count }
        return new.type != nil || old.type == nil
    }
}
