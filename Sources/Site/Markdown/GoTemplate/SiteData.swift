import Foundation
import Synchronization

/// A Hugo site's data files (`data/`, then its themes' `data/`; YAML, TOML or JSON), as
/// `.Site.Data` gives them to its shortcodes and partials: `data/clients.json` is
/// `.Site.Data.clients`, `data/authors/jane.toml` is `.Site.Data.authors.jane`, the site's file
/// before a theme's of the same name. They are listed when the site is read, for the build
/// stamp, and read once, by the first template that asks, only if one does.
public final class SiteData: Sendable {
    /// Each file's path, and its keys under `.Site.Data` (its folders, then its name).
    private let entries: [(path: String, keys: [String])]
    private let tree = Mutex<Result<GoValue, GoTemplate.Failure>?>(nil)

    /// Every data file, which a change to changes what the shortcodes write.
    public var files: [String] { entries.map(\.path) }

    init(folders: [String]) {
        var entries: [(path: String, keys: [String])] = []
        var seen: Set<[String]> = []
        for folder in folders.map({ $0 + "/data" }) {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else { continue }
            var files: [String] = []
            while let file = enumerator.nextObject() as? String { files.append(file) }
            for file in files.sorted() {
                let name = file as NSString
                guard ["yaml", "yml", "toml", "json"].contains(name.pathExtension.lowercased()) else { continue }
                let keys = name.deletingPathExtension.split(separator: "/").map { $0.lowercased() }
                if seen.insert(keys).inserted { entries.append((folder + "/" + file, keys)) }
            }
        }
        self.entries = entries
    }

    /// `.Site.Data`, read on first use; a file that cannot be read fails every template that
    /// reads the data, as it stops Hugo's build.
    func value() throws(GoTemplate.Failure) -> GoValue {
        try tree.withLock { tree in
            if tree == nil { tree = read() }
            return tree!
        }.get()
    }

    private func read() -> Result<GoValue, GoTemplate.Failure> {
        var root = GoValue.map([:])
        for entry in entries {
            do throws(ConfigurationError) {
                root.insert(GoValue(try MetadataFile.readValue(entry.path)), at: entry.keys[...])
            } catch {
                return .failure(GoTemplate.Failure(reason: error.description))
            }
        }
        return .success(root)
    }
}

extension GoValue {
    /// `value` at the path of map keys `keys`, the maps on the way made where there are none.
    fileprivate mutating func insert(_ value: GoValue, at keys: ArraySlice<String>) {
        guard let key = keys.first else { return }
        guard case .map(var entries) = self else { return }
        if keys.count == 1 {
            entries[key] = value
        } else {
            var inner = entries[key] ?? .map([:])
            if case .map = inner {} else { inner = .map([:]) }
            inner.insert(value, at: keys.dropFirst())
            entries[key] = inner
        }
        self = .map(entries)
    }
}
