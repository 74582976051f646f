import Foundation

/// The folders under a content folder, listed with `readdir` a level at a time on every core.
///
/// `readdir` reports each entry's type, so no file is stat'ed; each folder's own stat is kept:
/// while none changed, no file was added, removed or renamed (`ContentSnapshot`). Levels rather
/// than subtrees are spread over the cores: a site's sections differ in size by thousands of posts.
struct FolderTree {
    /// One listed folder.
    struct Folder: Sendable {
        /// Relative to the content folder, "" for the content folder itself.
        let path: String
        /// Nil when the folder could not be examined.
        let stat: FileStat?
        /// Sorted by name, byte by byte; only folders and page files (Markdown, or as told).
        let entries: [Entry]
        /// False when the folder could not be listed, or one of its entries examined.
        let isComplete: Bool
        /// What could not be read, relative to the content folder, and why.
        var unread: [Unread] = []
        /// Positions in `FolderTree.folders` of the subfolders listed, in the order of their names.
        fileprivate(set) var subfolders: [Int] = []

        /// The path of the entry `name` of this folder, relative to the content folder.
        func path(of name: String) -> String {
            path.isEmpty ? name : path + "/" + name
        }

        /// Whether `subfolderPath`, the path of one of this folder's subfolders, is that of
        /// `entry`: the names are compared, no path is built.
        fileprivate func isPath(_ subfolderPath: String, of entry: Entry) -> Bool {
            let start = path.isEmpty ? 0 : path.utf8.count + 1
            return subfolderPath.utf8.count == start + entry.name.utf8.count
                && subfolderPath.utf8.dropFirst(start).elementsEqual(entry.name.utf8)
        }
    }

    /// A folder that could not be listed, or an entry that could not be examined: its posts
    /// are left out of this run, which must say so.
    struct Unread: Sendable {
        let path: String
        let reason: String
        /// True for an entry that may be nothing (a dangling link); false for a folder whose
        /// posts are missing.
        let isWarning: Bool
    }

    /// One folder entry, its name taken apart once: a section may hold thousands.
    struct Entry: Sendable {
        enum Kind: Sendable {
            case folder
            /// A Markdown file named `index`: the page of a Hugo leaf bundle.
            case indexPage
            /// A Markdown file named `_index`: a Hugo list page, which makes its folder a section.
            case listPage
            /// Any other Markdown file.
            case page
        }

        let name: String
        let kind: Kind
        /// The first eight bytes of the name, big-endian: most names differ in them, and
        /// comparing one number sorts a folder of thousands of names several times faster.
        private let sortKey: UInt64

        fileprivate init(name: String, kind: Kind) {
            self.name = name
            self.kind = kind
            sortKey = name.utf8.prefix(8).enumerated().reduce(0) { $0 | UInt64($1.element) << (56 - 8 * $1.offset) }
        }

        var isDirectory: Bool { kind == .folder }

        /// Byte order: the same on every machine and in every locale.
        fileprivate func precedes(_ other: Entry) -> Bool {
            sortKey != other.sortKey
                ? sortKey < other.sortKey : name.utf8.lexicographicallyPrecedes(other.name.utf8)
        }
    }

    /// The extensions of the files Hugo reads as pages: Markdown, and HTML with front matter.
    static let pageExtensions = ["md", "markdown", "mdown", "mkd", "mkdn", "html", "htm"]

    /// Every folder listed, level by level: the content folder first.
    private(set) var folders: [Folder] = []

    /// False when a folder could not be listed or an entry examined: what was found is used,
    /// but cannot vouch for the next run (a folder unreadable now may be readable then, with no
    /// recorded folder changed), so no snapshot is kept of it.
    var isComplete: Bool { folders.allSatisfy(\.isComplete) }

    var unread: [Unread] { folders.flatMap(\.unread) }

    /// How many page files the folders hold: at most the number of pages a walk finds.
    var fileCount: Int { folders.reduce(0) { $0 + $1.entries.count { !$0.isDirectory } } }

    /// - Parameters:
    ///   - leafPage: the name of a file that makes a folder holding it a leaf (Hugo's
    ///     `index.md`), whose other entries do not matter: such a folder is stat'ed rather than
    ///     listed, two system calls instead of six, and most folders of a Hugo site are leaves.
    ///   - extensions: the extensions (lowercase) of the files that may be pages; others are skipped.
    ///   - everyFileIn: the names of folders whose files, and their subfolders' files, may be
    ///     pages whatever their extension (Jekyll's `_posts`).
    ///   - subfolders: the names of the folder's subfolders to list in turn.
    init(
        root: String, leafPage: String? = nil, extensions: [String] = pageExtensions, everyFileIn: Set<String> = [],
        subfolders: (Folder) -> [String]
    ) {
        let rootFolder = FolderDescriptor(root)
        let extensions = extensions.map { Array($0.utf8) }
        var level = [(path: "", parent: -1)]
        while !level.isEmpty {
            let listed = level.concurrentMap { item in
                if let leafPage, let rootFolder, !item.path.isEmpty,
                    let leaf = Self.leaf(item.path, page: leafPage, in: rootFolder)
                {
                    return leaf
                }
                let isEveryFile = item.path.split(separator: "/").contains { everyFileIn.contains(String($0)) }
                return Self.list(root: root, path: item.path, extensions: isEveryFile ? nil : extensions)
            }
            var next: [(path: String, parent: Int)] = []
            for (position, folder) in listed.enumerated() {
                let index = folders.count
                folders.append(folder)
                if level[position].parent >= 0 { folders[level[position].parent].subfolders.append(index) }
                for name in subfolders(folder) {
                    next.append((folder.path(of: name), index))
                }
            }
            level = next
        }
    }

    /// Calls `body` with each entry of a folder in the order of names, and the position of its
    /// listing when the entry is a folder that was listed.
    func forEachEntry(of index: Int, _ body: (Entry, Int?) -> Void) {
        let folder = folders[index]
        var subfolders = folder.subfolders[...]
        for entry in folder.entries {
            if entry.isDirectory, let next = subfolders.first, folder.isPath(folders[next].path, of: entry) {
                subfolders = subfolders.dropFirst()
                body(entry, next)
            } else {
                body(entry, nil)
            }
        }
    }

    /// The folder at `path` as a leaf holding only `page`, or nil when it holds no such file.
    /// The folder is stat'ed first: a file added after that changes what the snapshot recorded.
    private static func leaf(_ path: String, page: String, in root: FolderDescriptor) -> Folder? {
        guard let stat = path.withCString({ root.stat($0) }), root.holdsFile(path + "/" + page) else { return nil }
        return Folder(path: path, stat: stat, entries: [Entry(name: page, kind: .indexPage)], isComplete: true)
    }

    /// The folder's entries sorted by name, skipping what Hugo and Jekyll skip: hidden files,
    /// editor backups (`~`, `#`), links to folders, and anything that is neither a file nor a
    /// folder. Names are looked at as bytes: only folders and page files become strings.
    /// - Parameter extensions: nil for a folder whose every file with an extension may be a page.
    private static func list(root: String, path: String, extensions: [[UInt8]]?) -> Folder {
        guard let handle = opendir(path.isEmpty ? root : root + "/" + path) else {
            let reason = "cannot list the folder (\(String(cString: strerror(errno)))); its posts are left out"
            return Folder(
                path: path, stat: nil, entries: [], isComplete: false,
                unread: [Unread(path: path, reason: reason, isWarning: false)])
        }
        defer { closedir(handle) }
        var isComplete = true
        var folderStat = stat()
        let stat = fstat(dirfd(handle), &folderStat) == 0 ? FileStat(folderStat) : nil
        if stat == nil { isComplete = false }
        var entries: [Entry] = []
        var unread: [Unread] = []
        while let pointer = readdir(handle) {
            var type = Int32(pointer.pointee.d_type)
            let entry = withUnsafeBytes(of: &pointer.pointee.d_name) { raw -> Entry? in
                let name = UnsafeRawBufferPointer(rebasing: raw[..<strlen(raw.baseAddress!)])
                guard let first = name.first, first != UInt8(ascii: "."), first != UInt8(ascii: "#"),
                    name.last != UInt8(ascii: "~")
                else { return nil }
                // Files and folders need no stat here (the scan stats the files it keeps, on
                // every core); only a link, or an entry of a filesystem that gives no type, is
                // examined.
                if type != Int32(DT_DIR) && type != Int32(DT_REG) {
                    var info = Glibc.stat()
                    // A dangling link may point somewhere real later, with no folder changed.
                    guard fstatat(dirfd(handle), raw.baseAddress!, &info, 0) == 0 else {
                        isComplete = false
                        let entryName = String(decoding: name, as: UTF8.self)
                        let reason = "cannot examine it (\(String(cString: strerror(errno)))); left out"
                        unread.append(
                            Unread(
                                path: path.isEmpty ? entryName : path + "/" + entryName, reason: reason,
                                isWarning: errno == ENOENT))
                        return nil
                    }
                    let format = info.st_mode & S_IFMT
                    // A link to a folder is not followed, as Hugo does not: a link to a parent
                    // folder would otherwise list every post again and again.
                    let isLink = type == Int32(DT_LNK)
                    type = format == S_IFDIR && !isLink ? Int32(DT_DIR) : format == S_IFREG ? Int32(DT_REG) : -1
                }
                let kind: Entry.Kind
                if type == Int32(DT_DIR) {
                    kind = .folder
                } else if type == Int32(DT_REG), let stem = Self.stem(of: name, extensions: extensions) {
                    kind = Self.kind(of: stem)
                } else {
                    // Only folders and pages matter: a bundle's images are skipped unexamined.
                    return nil
                }
                return Entry(name: String(decoding: name, as: UTF8.self), kind: kind)
            }
            if let entry { entries.append(entry) }
        }
        entries.sort { $0.precedes($1) }
        return Folder(path: path, stat: stat, entries: entries, isComplete: isComplete, unread: unread)
    }

    /// `index` is a bundle's page and `_index` a list page, also with a language after them
    /// (`index.fr`), which Hugo takes even for a language the site does not have.
    private static func kind(of stem: UnsafeRawBufferPointer.SubSequence) -> Entry.Kind {
        let base = stem[..<(stem.firstIndex(of: UInt8(ascii: ".")) ?? stem.endIndex)]
        return base.elementsEqual("index".utf8) ? .indexPage : base.elementsEqual("_index".utf8) ? .listPage : .page
    }

    /// The name without its extension when the extension is one of `extensions` (any, for
    /// nil), compared byte by byte, ignoring ASCII case, without making a lowercased copy.
    private static func stem(of name: UnsafeRawBufferPointer, extensions: [[UInt8]]?)
        -> UnsafeRawBufferPointer.SubSequence?
    {
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")) else { return nil }
        let suffix = name[(dot + 1)...]
        guard let extensions else { return name[..<dot] }
        guard
            extensions.contains(where: { known in
                known.count == suffix.count && zip(known, suffix).allSatisfy { $0 == $1 | 0x20 }
            })
        else {
            return nil
        }
        return name[..<dot]
    }
}
