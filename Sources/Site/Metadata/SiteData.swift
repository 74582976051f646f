import Foundation
import Synchronization

/// A site's data files — Hugo's `data/` (then its themes'), Jekyll's `_data/` — as `.Site.Data`
/// and `site.data` give them: `clients.json` is `data.clients`, `authors/jane.toml` is
/// `data.authors.jane`, a folder's file before a later folder's of the same name. They are
/// listed when the site is read, for the build stamp, and read once, by the first template that
/// asks, only if one does.
public final class SiteData: Sendable {
    /// Each file's path, and its keys under the data (its folders, then its name).
    private let entries: [(path: String, keys: [String])]
    private let tree = Mutex<Result<MetadataValue, ConfigurationError>?>(nil)

    /// Every data file, which a change to changes what the templates write.
    public var files: [String] { entries.map(\.path) }

    /// The data files in `folders` (each a data folder itself) ending in one of `extensions`.
    init(folders: [String], extensions: Set<String>) {
        var entries: [(path: String, keys: [String])] = []
        var seen: Set<[String]> = []
        for folder in folders {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            var files: [String] = []
            while let file = enumerator.nextObject() as? String { files.append(file) }
            for file in files.sorted() {
                let name = file as NSString
                guard extensions.contains(name.pathExtension.lowercased()) else { continue }
                let keys = name.deletingPathExtension.split(separator: "/").map(String.init)
                if seen.insert(keys).inserted { entries.append((folder + "/" + file, keys)) }
            }
        }
        self.entries = entries
    }

    /// Hugo's data files (YAML, TOML, JSON) under each of `roots` (the site's, then its themes').
    static func hugo(roots: [String]) -> SiteData {
        SiteData(folders: roots.map { $0 + "/data" }, extensions: ["yaml", "yml", "toml", "json"])
    }

    /// The data, read on first use; a file that cannot be read fails every template that reads
    /// the data, as it stops the generator's build.
    func value() throws(ConfigurationError) -> MetadataValue {
        try tree.withLock { tree in
            if tree == nil { tree = read() }
            return tree!
        }.get()
    }

    private func read() -> Result<MetadataValue, ConfigurationError> {
        let root = Folder()
        for entry in entries {
            do throws(ConfigurationError) {
                let value =
                    ["csv", "tsv"].contains((entry.path as NSString).pathExtension.lowercased())
                    ? try CSVFile.read(entry.path) : try MetadataFile.readValue(entry.path)
                root.insert(value, at: entry.keys[...])
            } catch {
                return .failure(error)
            }
        }
        return .success(root.value)
    }

    /// The tree as it is built: each folder's files and folders by name.
    private final class Folder {
        var files: [(String, MetadataValue)] = []
        var folders: [(String, Folder)] = []

        func insert(_ value: MetadataValue, at keys: ArraySlice<String>) {
            guard let key = keys.first else { return }
            if keys.count == 1 {
                files.append((key, value))
                return
            }
            let folder = folders.first { $0.0 == key }?.1 ?? Folder()
            if !folders.contains(where: { $0.0 == key }) { folders.append((key, folder)) }
            folder.insert(value, at: keys.dropFirst())
        }

        var value: MetadataValue {
            var table = MetadataTable()
            for (key, folder) in folders { table.append(MetadataTable.Entry(key: key, value: folder.value, line: 0)) }
            for (key, value) in files { table.append(MetadataTable.Entry(key: key, value: value, line: 0)) }
            return .table(table)
        }
    }
}
