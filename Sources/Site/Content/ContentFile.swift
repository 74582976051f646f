/// A file that may hold a post, found by walking the content folder. Only the path relative to
/// the content folder is stored: a run may list ten thousand files and read one.
struct ContentFile: Sendable {
    /// What the file's place in the folder tree makes of it.
    enum Kind: UInt8, Sendable {
        case page = 0
        /// A Hugo page bundle's `index.md`: the page is named after its folder.
        case bundle = 1
        /// Jekyll: the post sits in `_drafts`.
        case jekyllDraft = 2
        /// A Hugo list page (`_index.md`): no post, but what it cascades to the pages below it
        /// and its title are read.
        case list = 3
        /// Jekyll: a document of another collection than `posts` (`_changes/`), which
        /// jekyll-feed has a feed of.
        case jekyllDocument = 4
    }

    /// The content folder.
    let root: String
    /// Path relative to the content folder, with `/` separators: `posts/trip/index.md`.
    let relativePath: String
    /// How many of `directories`, from the top, are Hugo sections: the top folder, then each
    /// folder below it that has an `_index.md`.
    let sectionCount: Int
    let kind: Kind
    /// The file's size, modification time and inode when it was listed, for the scan cache.
    private(set) var stat: FileStat

    init(root: String, relativePath: String, sectionCount: Int, kind: Kind, stat: FileStat = .unknown) {
        self.root = root
        self.relativePath = relativePath
        self.sectionCount = sectionCount
        self.kind = kind
        self.stat = stat
    }

    var absolutePath: String { root + "/" + relativePath }

    func with(_ stat: FileStat) -> ContentFile {
        var file = self
        file.stat = stat
        return file
    }

    /// The folders between the content folder and the file (for a bundle, up to the bundle's own).
    var directories: [String] { relativePath.split(separator: "/").dropLast().map(String.init) }

    /// The top folder, "" for a file at the top: a Hugo post's section.
    var topDirectory: String {
        guard let slash = relativePath.firstIndex(of: "/") else { return "" }
        return String(relativePath[..<slash])
    }

    /// Hugo's section path.
    var sections: ArraySlice<String> { directories.prefix(sectionCount) }

    var isBundle: Bool { kind == .bundle }

    /// The file's name without extension; for a page bundle, the bundle folder's name.
    var baseName: String {
        let parts = relativePath.split(separator: "/")
        if isBundle, parts.count > 1 { return String(parts[parts.count - 2]) }
        return String(stem)
    }

    /// The file's own name without its extension: `post.fr` of `posts/post.fr.md`.
    var stem: Substring {
        let slash = relativePath.utf8.lastIndex(of: UInt8(ascii: "/"))
        let name = relativePath[(slash.map(relativePath.utf8.index(after:)) ?? relativePath.startIndex)...]
        return name[..<(name.utf8.lastIndex(of: UInt8(ascii: ".")) ?? name.endIndex)]
    }
}
