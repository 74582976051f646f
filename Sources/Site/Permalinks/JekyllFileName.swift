/// What Jekyll reads from a post file's path, `blog/_posts/2023-12-12-my-first-kubecon.md`:
/// the folders above `_posts` (categories), and the date and slug of the name.
struct JekyllFileName {
    /// The folders between the site and `_posts` or `_drafts`.
    let categories: [String]
    let isDraft: Bool
    /// The date of the name; month and day may have one digit (`2017-2-5-name.md`), the year
    /// two (`20-01-05`, read as Ruby's `Time.parse` reads it) to four. Nil without one, or
    /// when the fields name no day (`invalidDate` then holds them).
    let date: LocalDateTime?
    /// A date-shaped name that is no date (`2017-13-40-name.md`), which stops Jekyll's build.
    let invalidDate: String?
    /// The name between the date and the extension, trailing dots removed: Jekyll's `slug`,
    /// also what an untitled post's title is made of.
    let slug: String
    /// `File.basename(path, ".*")`: the name without its last extension (`:name`).
    let baseName: String
    /// `cleaned_relative_path` (`:path`): the path without extension, the collection's folder
    /// (`_posts`) removed from it.
    let cleanedPath: String
    /// The name's last extension with its dot, as written (`.md`, `.Rmd`); "" for none.
    let fileExtension: String

    /// - Parameter collectionFolder: the folder of the collection the file is a document of
    ///   (`_changes`); nil for a post or a draft.
    init(relativePath: String, collectionFolder: String? = nil) {
        let components = relativePath.split(separator: "/", omittingEmptySubsequences: false)
        let postsIndex =
            components.firstIndex { collectionFolder.map($0.elementsEqual) ?? ($0 == "_posts" || $0 == "_drafts") }
            ?? 0
        categories = components[..<postsIndex].map(String.init)
        isDraft = components.indices.contains(postsIndex) && components[postsIndex] == "_drafts"
        let name = components.last.map(String.init) ?? relativePath
        let dot = Self.extensionDot(name[...])
        baseName = dot.map { String(name[..<$0]) } ?? name
        fileExtension = dot.map { String(name[$0...]) } ?? ""
        let extensionLength = dot.map { name.distance(from: $0, to: name.endIndex) } ?? 0
        var cleaned = String(relativePath.dropLast(extensionLength))
        if let posts = cleaned.range(of: collectionFolder ?? "_posts") { cleaned.removeSubrange(posts) }
        cleanedPath = Self.droppingTrailingDots(cleaned)

        let dated = dot.flatMap { Self.datedName(name[..<$0]) }
        if let dated {
            let value = LocalDateTime(year: dated.year, month: dated.month, day: dated.day)
            date = value.isValid ? value : nil
            invalidDate = value.isValid ? nil : dated.text
            slug = Self.droppingTrailingDots(dated.rest)
        } else {
            date = nil
            invalidDate = nil
            slug = Self.droppingTrailingDots(baseName)
        }
    }

    /// Whether Jekyll's post reader takes a file of this name for a post: in `_posts` it must
    /// have the date in its own name (`Document::DATE_FILENAME_MATCHER`), so
    /// `_posts/2013-03-19-folder/post.md` is none; in `_drafts` any name with an extension.
    /// A name starting with `_` is skipped, as Jekyll's entry filter skips it.
    static func isPost(named name: Substring, isDraft: Bool) -> Bool {
        guard !name.hasPrefix("_"), let dot = extensionDot(name) else { return false }
        // YAML is data to Jekyll, never a post.
        guard ![".yml", ".yaml"].contains(name[dot...].lowercased()) else { return false }
        return isDraft || datedName(name[..<dot]) != nil
    }

    /// Whether a file of a collection's folder may be one of its documents, as Jekyll's entry
    /// filter lets it through: not named `_…`, `.…`, `#…` or `…~`, and with an extension.
    static func isDocument(named name: Substring) -> Bool {
        guard let first = name.first, !"_.#".contains(first), !name.hasSuffix("~") else { return false }
        return extensionDot(name) != nil
    }

    /// The dot before the extension; none for a name without one, or that starts with its only dot.
    private static func extensionDot(_ name: Substring) -> Substring.Index? {
        name.lastIndex(of: ".").flatMap { $0 == name.startIndex ? nil : $0 }
    }

    /// `\d{2,4}-\d{1,2}-\d{1,2}-` at the start of the name, and what follows it.
    private static func datedName(_ stem: Substring) -> (year: Int, month: Int, day: Int, text: String, rest: String)? {
        let parts = stem.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, (2...4).contains(parts[0].utf8.count), (1...2).contains(parts[1].utf8.count),
            (1...2).contains(parts[2].utf8.count),
            parts[0...2].allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }),
            var year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { return nil }
        // Ruby's `Time.parse` puts a two-digit year between 1969 and 2068.
        if parts[0].utf8.count == 2 { year += year >= 69 ? 1900 : 2000 }
        return (year, month, day, parts[0...2].joined(separator: "-"), String(parts[3]))
    }

    private static func droppingTrailingDots<Text: StringProtocol>(_ text: Text) -> String {
        var result = Substring(text)
        while result.hasSuffix(".") { result = result.dropLast() }
        return String(result)
    }
}
