import Foundation

/// Lists the content files of a site with `readdir`, which reports each entry's type without a
/// `stat` per file: the walk is a fixed cost of every run, so it has to be cheap.
enum ContentWalker {
    static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn"]

    /// Hugo: every Markdown file under the content folder except list pages (`_index.md`) and the
    /// extra Markdown files inside a page bundle, which are resources, not pages.
    static func hugoFiles(in contentDirectory: String) -> [ContentFile] {
        var files: [ContentFile] = []
        walkHugo(contentDirectory, relative: [], sections: [], into: &files)
        return files
    }

    private static func walkHugo(
        _ directory: String, relative: [String], sections: [String], into files: inout [ContentFile]
    ) {
        let entries = listing(directory)
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
                    relativePath: (relative + [index.name]).joined(separator: "/"),
                    absolutePath: directory + "/" + index.name, directories: relative,
                    sections: Array(sections.prefix(relative.count - 1)), baseName: relative.last!, isBundle: true,
                    isJekyllDraft: false, stat: index.stat))
            return
        }
        for entry in entries {
            if entry.isDirectory {
                walkHugo(
                    directory + "/" + entry.name, relative: relative + [entry.name], sections: sections, into: &files)
            } else if entry.isMarkdown, entry.stem != "_index" {
                files.append(
                    ContentFile(
                        relativePath: (relative + [entry.name]).joined(separator: "/"),
                        absolutePath: directory + "/" + entry.name, directories: relative, sections: sections,
                        baseName: entry.stem, isBundle: false, isJekyllDraft: false, stat: entry.stat))
            }
        }
    }

    /// Jekyll: Markdown files in every `_posts` folder (also `category/_posts`) and in `_drafts`.
    static func jekyllFiles(in root: String) -> [ContentFile] {
        var files: [ContentFile] = []
        walkJekyll(root, relative: [], into: &files)
        return files
    }

    private static let jekyllSkipped: Set<String> = [
        "_site", "node_modules", "vendor", "_layouts", "_includes", "_sass",
    ]

    private static func walkJekyll(_ directory: String, relative: [String], into files: inout [ContentFile]) {
        for entry in listing(directory) where entry.isDirectory && !jekyllSkipped.contains(entry.name) {
            let path = directory + "/" + entry.name
            if entry.name == "_posts" || entry.name == "_drafts" {
                collectJekyllPosts(
                    path, relative: relative + [entry.name], isDraft: entry.name == "_drafts", into: &files)
            } else {
                walkJekyll(path, relative: relative + [entry.name], into: &files)
            }
        }
    }

    private static func collectJekyllPosts(
        _ directory: String, relative: [String], isDraft: Bool, into files: inout [ContentFile]
    ) {
        for entry in listing(directory) {
            if entry.isDirectory {
                collectJekyllPosts(
                    directory + "/" + entry.name, relative: relative + [entry.name], isDraft: isDraft, into: &files)
            } else if entry.isMarkdown {
                files.append(
                    ContentFile(
                        relativePath: (relative + [entry.name]).joined(separator: "/"),
                        absolutePath: directory + "/" + entry.name, directories: relative, sections: [],
                        baseName: entry.stem, isBundle: false, isJekyllDraft: isDraft, stat: entry.stat))
            }
        }
    }

    private struct Entry {
        let name: String
        let isDirectory: Bool
        let stat: FileStat

        var stem: String {
            guard let dot = name.lastIndex(of: ".") else { return name }
            return String(name[..<dot])
        }

        var isMarkdown: Bool {
            guard let dot = name.lastIndex(of: ".") else { return false }
            return ContentWalker.markdownExtensions.contains(name[name.index(after: dot)...].lowercased())
        }
    }

    /// The folder's entries sorted by name, skipping what Hugo and Jekyll skip: hidden files,
    /// editor backups (`~`, `#`), links to folders, and anything that is neither a file nor a folder.
    private static func listing(_ directory: String) -> [Entry] {
        guard let handle = opendir(directory) else { return [] }
        defer { closedir(handle) }
        var entries: [Entry] = []
        while let pointer = readdir(handle) {
            let name = withUnsafeBytes(of: pointer.pointee.d_name) { raw in
                String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
            }
            guard !name.hasPrefix("."), !name.hasPrefix("#"), !name.hasSuffix("~") else { continue }
            var type = Int32(pointer.pointee.d_type)
            var info = stat()
            // Folders need no stat; files do, for the scan cache (one call, no read).
            if type != Int32(DT_DIR) {
                // Relative to the open folder: no path lookup from the root for every file.
                guard fstatat(dirfd(handle), name, &info, 0) == 0 else { continue }
                let format = info.st_mode & S_IFMT
                // A link to a folder is not followed, as Hugo does not: a link to a parent
                // folder would otherwise list every post again and again.
                let isLink = type == Int32(DT_LNK)
                type = format == S_IFDIR && !isLink ? Int32(DT_DIR) : format == S_IFREG ? Int32(DT_REG) : -1
            }
            guard type == Int32(DT_DIR) || type == Int32(DT_REG) else { continue }
            entries.append(Entry(name: name, isDirectory: type == Int32(DT_DIR), stat: FileStat(info)))
        }
        return entries.sorted { $0.name < $1.name }
    }
}
