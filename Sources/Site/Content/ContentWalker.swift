import Foundation

/// Lists the content files of a site with `readdir`, which reports each entry's type without a
/// `stat` per file: the walk is a fixed cost of every run, so it has to be cheap. Each folder's
/// own stat is kept too: while none changed, no file was added, removed or renamed, and the
/// next run can skip the walk (`ContentSnapshot`).
struct ContentWalker {
    static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn"]

    private(set) var files: [ContentFile] = []
    /// Every folder listed, by path relative to the content folder ("" for the folder itself).
    private(set) var directories: [(path: String, stat: FileStat)] = []
    /// False when a folder could not be listed or an entry examined: what was found is used,
    /// but cannot vouch for the next run (a folder unreadable now may be readable then, with no
    /// recorded folder changed), so no snapshot is kept of it.
    private(set) var isComplete = true
    private let root: String
    /// A walker of one folder of a walk already spread over the cores, which spreads no further.
    private let isPartOfParallelWalk: Bool
    private static let parallelWalkThreshold = 64

    private init(root: String, isPartOfParallelWalk: Bool = false) {
        self.root = root
        self.isPartOfParallelWalk = isPartOfParallelWalk
    }

    /// Hugo: every Markdown file under the content folder except list pages (`_index.md`) and the
    /// extra Markdown files inside a page bundle, which are resources, not pages.
    static func hugo(in contentDirectory: String) -> ContentWalker {
        var walker = ContentWalker(root: contentDirectory)
        walker.walkHugo(relative: [], sections: [])
        return walker
    }

    private mutating func walkHugo(relative: [String], sections: [String]) {
        let entries = listing(relative)
        let folderPath = relative.isEmpty ? "" : relative.joined(separator: "/") + "/"
        // A top folder is always a section; a deeper one only with a list page of its own.
        var sections = sections
        if let name = relative.last,
            relative.count == 1
                || (sections.count == relative.count - 1 && entries.contains { $0.stem == "_index" && $0.isMarkdown })
        {
            sections.append(name)
        }
        if let index = entries.first(where: { !$0.isDirectory && $0.stem == "index" && $0.isMarkdown }),
            !relative.isEmpty
        {
            // A leaf bundle: one page, whatever else the folder holds.
            files.append(
                ContentFile(
                    root: root, relativePath: folderPath + index.name,
                    sectionCount: min(sections.count, relative.count - 1), kind: .bundle))
            return
        }
        // A folder of many folders (a section of page bundles) is walked on every core, and
        // the results put back in the order of the names.
        let folders = entries.filter(\.isDirectory)
        var walked: [ContentWalker]? = nil
        if !isPartOfParallelWalk, folders.count >= Self.parallelWalkThreshold {
            walked = folders.concurrentMap(chunkSize: 16) { [root, sections] folder in
                var walker = ContentWalker(root: root, isPartOfParallelWalk: true)
                walker.walkHugo(relative: relative + [folder.name], sections: sections)
                return walker
            }
        }
        var nextFolder = 0
        for entry in entries {
            if entry.isDirectory, let walked {
                files += walked[nextFolder].files
                directories += walked[nextFolder].directories
                isComplete = isComplete && walked[nextFolder].isComplete
                nextFolder += 1
            } else if entry.isDirectory {
                walkHugo(relative: relative + [entry.name], sections: sections)
            } else if entry.isMarkdown, entry.stem != "_index" {
                files.append(
                    ContentFile(
                        root: root, relativePath: folderPath + entry.name, sectionCount: sections.count, kind: .page))
            }
        }
    }

    /// Jekyll: Markdown files in every `_posts` folder (also `category/_posts`) and in `_drafts`.
    static func jekyll(in root: String) -> ContentWalker {
        var walker = ContentWalker(root: root)
        walker.walkJekyll(relative: [])
        return walker
    }

    private static let jekyllSkipped: Set<String> = [
        "_site", "node_modules", "vendor", "_layouts", "_includes", "_sass",
    ]

    private mutating func walkJekyll(relative: [String]) {
        for entry in listing(relative) where entry.isDirectory && !Self.jekyllSkipped.contains(entry.name) {
            if entry.name == "_posts" || entry.name == "_drafts" {
                collectJekyllPosts(relative: relative + [entry.name], isDraft: entry.name == "_drafts")
            } else {
                walkJekyll(relative: relative + [entry.name])
            }
        }
    }

    private mutating func collectJekyllPosts(relative: [String], isDraft: Bool) {
        for entry in listing(relative) {
            if entry.isDirectory {
                collectJekyllPosts(relative: relative + [entry.name], isDraft: isDraft)
            } else if entry.isMarkdown {
                files.append(
                    ContentFile(
                        root: root, relativePath: (relative + [entry.name]).joined(separator: "/"), sectionCount: 0,
                        kind: isDraft ? .jekyllDraft : .page))
            }
        }
    }

    /// One folder entry, its name taken apart once: a section may hold thousands.
    private struct Entry {
        let name: String
        let isDirectory: Bool
        let isMarkdown: Bool
        /// The name without its extension, for Markdown files (`index`, `_index`).
        let stem: Substring

        init(name: String, isDirectory: Bool) {
            self.name = name
            self.isDirectory = isDirectory
            isMarkdown = !isDirectory && Self.isMarkdown(name)
            stem = isMarkdown ? name[..<name.lastIndex(of: ".")!] : name[...]
        }

        /// Compared byte by byte, ignoring ASCII case, without making a lowercased copy.
        private static func isMarkdown(_ name: String) -> Bool {
            guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")) else { return false }
            let suffix = name.utf8[name.utf8.index(after: dot)...]
            return ContentWalker.markdownExtensions.contains { $0.utf8.elementsEqual(suffix) { $0 == $1 | 0x20 } }
        }
    }

    /// The folder's entries sorted by name, skipping what Hugo and Jekyll skip: hidden files,
    /// editor backups (`~`, `#`), links to folders, and anything that is neither a file nor a folder.
    private mutating func listing(_ relative: [String]) -> [Entry] {
        let path = relative.joined(separator: "/")
        guard let handle = opendir(path.isEmpty ? root : root + "/" + path) else {
            isComplete = false
            return []
        }
        defer { closedir(handle) }
        var folder = stat()
        if fstat(dirfd(handle), &folder) == 0 {
            directories.append((path, FileStat(folder)))
        } else {
            isComplete = false
        }
        var entries: [Entry] = []
        while let pointer = readdir(handle) {
            let name = withUnsafeBytes(of: pointer.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard !name.hasPrefix("."), !name.hasPrefix("#"), !name.hasSuffix("~") else { continue }
            var type = Int32(pointer.pointee.d_type)
            // Only folders and Markdown files matter: a bundle's images are skipped unexamined.
            if type == Int32(DT_REG) {
                let entry = Entry(name: name, isDirectory: false)
                if entry.isMarkdown { entries.append(entry) }
                continue
            }
            // Files and folders need no stat here (the scan stats the files it keeps, on every
            // core); only a link, or an entry of a filesystem that gives no type, is examined.
            if type != Int32(DT_DIR) && type != Int32(DT_REG) {
                var info = stat()
                // A dangling link may point somewhere real later, with no folder changed.
                guard fstatat(dirfd(handle), name, &info, 0) == 0 else {
                    isComplete = false
                    continue
                }
                let format = info.st_mode & S_IFMT
                // A link to a folder is not followed, as Hugo does not: a link to a parent
                // folder would otherwise list every post again and again.
                let isLink = type == Int32(DT_LNK)
                type = format == S_IFDIR && !isLink ? Int32(DT_DIR) : format == S_IFREG ? Int32(DT_REG) : -1
            }
            guard type == Int32(DT_DIR) || type == Int32(DT_REG) else { continue }
            entries.append(Entry(name: name, isDirectory: type == Int32(DT_DIR)))
        }
        return entries.sorted { $0.name < $1.name }
    }
}
