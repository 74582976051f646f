/// Finds the content files of a site in its folder tree, as Hugo or Jekyll would: the walk is a
/// fixed cost of every run, so the folders are listed on every core (`FolderTree`) and no file
/// is stat'ed.
struct ContentWalker {
    private(set) var files: [ContentFile] = []
    /// Hugo's list pages (`_index.md`), in the order of their paths.
    private(set) var listPages: [ContentFile] = []
    private let root: String
    private let tree: FolderTree

    /// Every folder listed, by path relative to the content folder ("" for the folder itself).
    var directories: [(path: String, stat: FileStat)] {
        tree.folders.compactMap { folder in folder.stat.map { (folder.path, $0) } }
    }

    /// False when a folder could not be listed or an entry examined (see `FolderTree.isComplete`).
    var isComplete: Bool { tree.isComplete }

    /// What could not be read, so its posts are missing.
    var unread: [FolderTree.Unread] { tree.unread }

    /// - Parameter collect: adds the files of the tree, from its top folder, to those given.
    private init(root: String, tree: FolderTree, collect: (Self, inout [ContentFile]) -> Void) {
        self.root = root
        self.tree = tree
        var found: [ContentFile] = []
        found.reserveCapacity(tree.fileCount)
        collect(self, &found)
        files = found.filter { $0.kind != .list }
        listPages = found.filter { $0.kind == .list }
    }

    /// Hugo: every Markdown file under the content folder except the extra Markdown files inside
    /// a page bundle, which are resources, not pages; list pages (`_index.md`) apart.
    /// - Parameters:
    ///   - languages: the languages page names may end in, for a site of several: a bundle
    ///     then has a page per language (`index.md`, `index.fr.md`), so every folder is listed.
    ///   - excluded: folders, relative to the content folder, that are other content folders
    ///     (a language's own `contentDir` inside the site's): their files are theirs.
    static func hugo(in contentDirectory: String, languages: Set<String> = [], excluded: Set<String> = [])
        -> ContentWalker
    {
        // A leaf bundle is one page, whatever else its folder holds: its folders are not listed.
        let tree = FolderTree(root: contentDirectory, leafPage: languages.isEmpty ? "index.md" : nil) { folder in
            guard folder.path.isEmpty || Self.leafBundlePage(of: folder) == nil else { return [] }
            let folders = folder.entries.filter(\.isDirectory).map(\.name)
            return excluded.isEmpty ? folders : folders.filter { !excluded.contains(folder.path(of: $0)) }
        }
        return ContentWalker(root: contentDirectory, tree: tree) { walker, files in
            walker.collectHugo(0, depth: 0, sectionCount: 0, languages: languages, into: &files)
        }
    }

    /// What stands between `index` and the extension of a bundle's page: `fr` of `index.fr.md`.
    private static func suffix(of name: String) -> Substring {
        let stem = name[..<(name.lastIndex(of: ".") ?? name.endIndex)]
        return stem.dropFirst("index".count).drop { $0 == "." }
    }

    private static func leafBundlePage(of folder: FolderTree.Folder) -> FolderTree.Entry? {
        folder.entries.first { $0.kind == .indexPage }
    }

    private func collectHugo(
        _ index: Int, depth: Int, sectionCount: Int, languages: Set<String>, into files: inout [ContentFile]
    ) {
        let folder = tree.folders[index]
        // A top folder is always a section; a deeper one only with a list page of its own.
        var sectionCount = sectionCount
        if depth == 1
            || (depth > 1 && sectionCount == depth - 1
                && folder.entries.contains { $0.kind == .listPage })
        {
            sectionCount += 1
        }
        if depth > 0, Self.leafBundlePage(of: folder) != nil {
            // One page per language, the first of its names; a language the site does not have
            // (`index.de.md`) is the default one.
            var seen = Set<Substring>()
            for page in folder.entries where page.kind == .indexPage {
                let suffix = Self.suffix(of: page.name)
                guard seen.insert(languages.contains(String(suffix)) ? suffix : "").inserted else { continue }
                files.append(
                    ContentFile(
                        root: root, relativePath: folder.path(of: page.name),
                        sectionCount: min(sectionCount, depth - 1), kind: .bundle))
            }
            return
        }
        tree.forEachEntry(of: index) { entry, subfolder in
            if let subfolder {
                collectHugo(subfolder, depth: depth + 1, sectionCount: sectionCount, languages: languages, into: &files)
            } else if entry.kind != .folder {
                files.append(
                    ContentFile(
                        root: root, relativePath: folder.path(of: entry.name), sectionCount: sectionCount,
                        kind: entry.kind == .listPage ? .list : .page))
            }
        }
    }

    /// Jekyll: the posts of every `_posts` folder (also `category/_posts`) and of `_drafts`,
    /// whatever their extension, and the documents of `collections` whose extension is one of
    /// `extensions`. Like Jekyll, only folders whose names do not
    /// start with `_` are searched for them, and a file Jekyll takes for no post is left out
    /// as Jekyll leaves it out, unsaid.
    /// - Parameter collections: the folders of other collections whose documents are read
    ///   (`_changes`), at the top of `root`.
    static func jekyll(in root: String, extensions: [String], collections: Set<String> = []) -> ContentWalker {
        // Every file of `_posts` and `_drafts` is a post for Jekyll, Markdown or not.
        let tree = FolderTree(root: root, extensions: extensions, everyFileIn: ["_posts", "_drafts"]) { folder in
            let folders = folder.entries.filter(\.isDirectory).map(\.name)
            let name = folder.path.split(separator: "/").last
            if name == "_posts" || name == "_drafts" { return folders.filter { !$0.hasPrefix("_") } }
            if postsFolder(in: folder.path) != nil { return folders }
            if let top = folder.path.split(separator: "/").first, collections.contains(String(top)) {
                return folders.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }
            }
            return folders.filter {
                $0 == "_posts" || $0 == "_drafts" || (folder.path.isEmpty && collections.contains($0))
                    || (!$0.hasPrefix("_") && !jekyllSkipped.contains($0))
            }
        }
        return ContentWalker(root: root, tree: tree) { walker, files in
            walker.collectJekyll(0, collections: collections, into: &files)
        }
    }

    private static let jekyllSkipped: Set<String> = ["node_modules", "vendor"]

    /// The `_posts` or `_drafts` folder a path is in, if any.
    private static func postsFolder(in path: String) -> Substring? {
        path.split(separator: "/").first { $0 == "_posts" || $0 == "_drafts" }
    }

    private func collectJekyll(_ index: Int, collections: Set<String>, into files: inout [ContentFile]) {
        let folder = tree.folders[index]
        let postsFolder = Self.postsFolder(in: folder.path)
        let collection = folder.path.split(separator: "/").first.map(String.init).flatMap {
            collections.contains($0) ? $0 : nil
        }
        tree.forEachEntry(of: index) { entry, subfolder in
            if let subfolder {
                collectJekyll(subfolder, collections: collections, into: &files)
            } else if collection != nil, !entry.isDirectory, JekyllFileName.isDocument(named: entry.name[...]) {
                files.append(
                    ContentFile(
                        root: root, relativePath: folder.path(of: entry.name), sectionCount: 0, kind: .jekyllDocument))
            } else if let postsFolder, !entry.isDirectory,
                JekyllFileName.isPost(named: entry.name[...], isDraft: postsFolder == "_drafts")
            {
                files.append(
                    ContentFile(
                        root: root, relativePath: folder.path(of: entry.name), sectionCount: 0,
                        kind: postsFolder == "_drafts" ? .jekyllDraft : .page))
            }
        }
    }
}
