/// Finds the content files of a site in its folder tree, as Hugo or Jekyll would: the walk is a
/// fixed cost of every run, so the folders are listed on every core (`FolderTree`) and no file
/// is stat'ed.
struct ContentWalker {
    private(set) var files: [ContentFile] = []
    /// Every folder listed, by path relative to the content folder ("" for the folder itself).
    let directories: [(path: String, stat: FileStat)]
    /// False when a folder could not be listed or an entry examined (see `FolderTree.isComplete`).
    let isComplete: Bool
    private let root: String
    private let tree: FolderTree

    private init(root: String, tree: FolderTree) {
        self.root = root
        self.tree = tree
        directories = tree.folders.compactMap { folder in folder.stat.map { (folder.path, $0) } }
        isComplete = tree.isComplete
    }

    /// Hugo: every Markdown file under the content folder except list pages (`_index.md`) and the
    /// extra Markdown files inside a page bundle, which are resources, not pages.
    static func hugo(in contentDirectory: String) -> ContentWalker {
        // A leaf bundle is one page, whatever else its folder holds: its folders are not listed.
        let tree = FolderTree(root: contentDirectory, leafPage: "index.md") { folder in
            guard folder.path.isEmpty || Self.leafBundlePage(of: folder) == nil else { return [] }
            return folder.entries.filter(\.isDirectory).map(\.name)
        }
        var walker = ContentWalker(root: contentDirectory, tree: tree)
        var files: [ContentFile] = []
        files.reserveCapacity(tree.fileCount)
        walker.collectHugo(0, depth: 0, sectionCount: 0, into: &files)
        walker.files = files
        return walker
    }

    private static func leafBundlePage(of folder: FolderTree.Folder) -> FolderTree.Entry? {
        folder.entries.first { $0.kind == .indexPage }
    }

    private func collectHugo(_ index: Int, depth: Int, sectionCount: Int, into files: inout [ContentFile]) {
        let folder = tree.folders[index]
        // A top folder is always a section; a deeper one only with a list page of its own.
        var sectionCount = sectionCount
        if depth == 1
            || (depth > 1 && sectionCount == depth - 1
                && folder.entries.contains { $0.kind == .listPage })
        {
            sectionCount += 1
        }
        if depth > 0, let page = Self.leafBundlePage(of: folder) {
            files.append(
                ContentFile(
                    root: root, relativePath: folder.path(of: page), sectionCount: min(sectionCount, depth - 1),
                    kind: .bundle))
            return
        }
        tree.forEachEntry(of: index) { entry, subfolder in
            if let subfolder {
                collectHugo(subfolder, depth: depth + 1, sectionCount: sectionCount, into: &files)
            } else if entry.kind == .page || entry.kind == .indexPage {
                files.append(
                    ContentFile(
                        root: root, relativePath: folder.path(of: entry), sectionCount: sectionCount, kind: .page))
            }
        }
    }

    /// Jekyll: Markdown files in every `_posts` folder (also `category/_posts`) and in `_drafts`.
    static func jekyll(in root: String) -> ContentWalker {
        let tree = FolderTree(root: root) { folder in
            let folders = folder.entries.filter(\.isDirectory).map(\.name)
            return isInsidePosts(folder.path) ? folders : folders.filter { !jekyllSkipped.contains($0) }
        }
        var walker = ContentWalker(root: root, tree: tree)
        var files: [ContentFile] = []
        files.reserveCapacity(tree.fileCount)
        walker.collectJekyll(0, into: &files)
        walker.files = files
        return walker
    }

    private static let jekyllSkipped: Set<String> = [
        "_site", "node_modules", "vendor", "_layouts", "_includes", "_sass",
    ]

    private static func isInsidePosts(_ path: String) -> Bool {
        path.split(separator: "/").contains { $0 == "_posts" || $0 == "_drafts" }
    }

    private func collectJekyll(_ index: Int, into files: inout [ContentFile]) {
        let folder = tree.folders[index]
        let path = folder.path.split(separator: "/")
        let postsFolder = path.firstIndex { $0 == "_posts" || $0 == "_drafts" }
        tree.forEachEntry(of: index) { entry, subfolder in
            if let subfolder {
                collectJekyll(subfolder, into: &files)
            } else if let postsFolder, !entry.isDirectory {
                files.append(
                    ContentFile(
                        root: root, relativePath: folder.path(of: entry), sectionCount: 0,
                        kind: path[postsFolder] == "_drafts" ? .jekyllDraft : .page))
            }
        }
    }
}
