import Foundation

/// Every cascade of a content folder, each list page's with those above it (`HugoCascade.inheriting`),
/// by the folder of the list page, to find the one a post is under.
struct SiteCascades: Sendable {
    private let byFolder: [String: HugoCascade]
    /// The configuration's, for a post with no list page above it that cascades anything.
    private let site: HugoCascade
    private let environment: String

    /// A digest of every rule, for the scan cache: a post read under other cascades is read again.
    let description: String

    init(listPages: [ListPage], site: HugoCascade, environment: String) {
        var own: [String: HugoCascade] = [:]
        for page in listPages where !page.cascade.isEmpty {
            own[page.folder] = (own[page.folder] ?? HugoCascade()).inheriting(page.cascade)
        }
        // Shallower folders first, so each folder's ancestors are done when it is.
        var byFolder: [String: HugoCascade] = [:]
        for folder in own.keys.sorted(by: { $0.utf8.count < $1.utf8.count }) {
            byFolder[folder] = own[folder]!.inheriting(Self.closest(above: folder, in: byFolder) ?? site)
        }
        self.byFolder = byFolder
        self.site = site
        self.environment = environment
        description = own.keys.sorted().map { own[$0]!.description }.joined(separator: "\u{0}")
    }

    /// Whether a list page cascades anything; the configuration's cascade is in the site's fingerprint.
    var hasListCascades: Bool { !byFolder.isEmpty }

    var isEmpty: Bool { byFolder.isEmpty && site.isEmpty }

    /// The cascade of the closest folder above `path` (a file's or a folder's) that has one.
    private static func closest(above path: String, in byFolder: [String: HugoCascade]) -> HugoCascade? {
        var folder = Substring(path)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            if let cascade = byFolder[String(folder)] { return cascade }
        }
        return path.isEmpty ? nil : byFolder[""]
    }

    /// Adds to `table`, the front matter of the post in `file`, what is cascaded to it.
    func apply(to table: inout MetadataTable, file: ContentFile, language: String, languages: Set<String>) {
        let page = HugoCascade.Page(
            path: Self.logicalPath(of: file, languages: languages), language: language, environment: environment)
        (Self.closest(above: file.relativePath, in: byFolder) ?? site).apply(to: &table, page: page)
    }

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
        return "/" + path.lowercased().replacingOccurrences(of: " ", with: "-")
    }
}
