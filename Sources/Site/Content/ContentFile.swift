/// A file that may hold a post, found by walking the content folder.
struct ContentFile: Sendable {
    /// What the file's place in the folder tree makes of it.
    enum Kind: UInt8, Sendable {
        case page = 0
        /// A Hugo page bundle's `index.md`: the page is named after its folder.
        case bundle = 1
        /// Jekyll: the post sits in `_drafts`.
        case jekyllDraft = 2
    }

    /// Path relative to the content folder, with `/` separators: `posts/trip/index.md`.
    let relativePath: String
    let absolutePath: String
    /// The folders between the content folder and the file (for a bundle, up to the bundle's own).
    let directories: [String]
    /// How many of `directories`, from the top, are Hugo sections: the top folder, then each
    /// folder below it that has an `_index.md`.
    let sectionCount: Int
    let kind: Kind
    /// The file's size, modification time and inode when it was listed, for the scan cache.
    let stat: FileStat

    init(root: String, directories: [String], name: String, sectionCount: Int, kind: Kind, stat: FileStat) {
        relativePath = (directories + [name]).joined(separator: "/")
        absolutePath = root + "/" + relativePath
        self.directories = directories
        self.sectionCount = sectionCount
        self.kind = kind
        self.stat = stat
    }

    /// Hugo's section path.
    var sections: ArraySlice<String> { directories.prefix(sectionCount) }

    var isBundle: Bool { kind == .bundle }

    var isJekyllDraft: Bool { kind == .jekyllDraft }

    /// The file's name without extension; for a page bundle, the bundle folder's name.
    var baseName: String {
        if isBundle, let folder = directories.last { return folder }
        let name = relativePath.split(separator: "/").last.map(String.init) ?? relativePath
        guard let dot = name.lastIndex(of: ".") else { return name }
        return String(name[..<dot])
    }
}

extension ContentFile {
    /// A file as a `ContentSnapshot` remembers it.
    init(root: String, relativePath: String, sectionCount: Int, kind: Kind, stat: FileStat) {
        var directories = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let name = directories.removeLast()
        self.init(root: root, directories: directories, name: name, sectionCount: sectionCount, kind: kind, stat: stat)
    }
}
