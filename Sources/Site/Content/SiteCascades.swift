import Foundation

/// Every cascade of a content folder, each list page's with those above it (`HugoCascade.inheriting`),
/// by the folder of the list page, as the rules that apply to its posts, to find the ones a
/// post is under. A scan applies them to every post: what can be decided once is.
struct SiteCascades: Sendable {
    private let byFolder: [String: [HugoCascade.PageRule]]
    /// The configuration's, for a post with no list page above it that cascades anything.
    private let site: [HugoCascade.PageRule]

    /// A digest of every rule, for the scan cache: a post read under other cascades is read again.
    let description: String

    /// Whether a list page cascades anything; the configuration's cascade is in the site's fingerprint.
    let hasListCascades: Bool

    init(listPages: [ListPage], site: HugoCascade, environment: String, languages: [String]) {
        var own: [String: HugoCascade] = [:]
        for page in listPages where !page.cascade.isEmpty {
            own[page.folder] = (own[page.folder] ?? HugoCascade()).inheriting(page.cascade)
        }
        // Shallower folders first, so each folder's ancestors are done when it is.
        var inherited: [String: HugoCascade] = [:]
        for folder in own.keys.sorted(by: { $0.utf8.count < $1.utf8.count }) {
            inherited[folder] = own[folder]!.inheriting(Self.closest(above: folder, in: inherited) ?? site)
        }
        byFolder = inherited.mapValues { $0.pageRules(in: environment, languages: languages) }
        self.site = site.pageRules(in: environment, languages: languages)
        hasListCascades = !own.isEmpty
        description = own.keys.sorted().map { own[$0]!.description }.joined(separator: "\u{0}")
    }

    var isEmpty: Bool { byFolder.values.allSatisfy(\.isEmpty) && site.isEmpty }

    /// The value of the closest folder above `path` (a file's or a folder's) that has one.
    private static func closest<Value>(above path: String, in byFolder: [String: Value]) -> Value? {
        var folder = Substring(path)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            if let value = byFolder[String(folder)] { return value }
        }
        return path.isEmpty ? nil : byFolder[""]
    }

    /// Adds to `table`, the front matter of the post in `file`, what the rules that match it
    /// set and it does not: the first rule to set a key wins (so a farther cascade for the same
    /// target as a closer one may win over another target of the closer one, as in Hugo);
    /// `params` are filled in key by key.
    func apply(to table: inout MetadataTable, file: ContentFile, language: String, languages: Set<String>) {
        let rules = byFolder.isEmpty ? site : Self.closest(above: file.relativePath, in: byFolder) ?? site
        var path: String?
        for rule in rules {
            if let languages = rule.languages, !languages.contains(language) { continue }
            if let glob = rule.path {
                if path == nil { path = Self.logicalPath(of: file, languages: languages) }
                guard glob.matches(path!) else { continue }
            }
            for entry in rule.values.entries {
                let key = entry.foldedKey
                if key == "params", case .table(let cascaded) = entry.value, case .table(let own)? = table[key] {
                    var params = own
                    for param in cascaded.entries where own[param.key] == nil { params.append(param) }
                    let place = table.entry(key)!
                    table.append(
                        MetadataTable.Entry(key: place.key, value: .table(params), line: place.line, file: place.file))
                } else if table[key] == nil, !Self.isBuildKey(key) || (table["build"] == nil && table["_build"] == nil)
                {
                    table.append(entry)
                }
            }
        }
    }

    /// `build` and `_build` are one setting: a page's own `build` is not overridden by a cascaded `_build`.
    private static func isBuildKey(_ key: String) -> Bool { key == "build" || key == "_build" }

    /// Hugo's `.Path` of a page: from the content folder, without the extension or a
    /// language's key, a bundle's its folder's, in lower case with spaces as hyphens.
    static func logicalPath(of file: ContentFile, languages: Set<String>) -> String {
        var path = Substring(file.relativePath)
        if file.isBundle, let slash = path.lastIndex(of: "/") {
            path = path[..<slash]
        } else {
            path = path[..<(path.lastIndex(of: ".") ?? path.endIndex)]
            if let dot = path.lastIndex(of: "."), !path[dot...].contains("/"),
                languages.contains(String(path[path.index(after: dot)...]))
            {
                path = path[..<dot]
            }
        }
        return "/" + path.hugoPathNormalized
    }
}
