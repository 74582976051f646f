import Site

/// The files and folders a build's feeds take inside the output folder, so that no feed's
/// folder is another feed's file and no two feeds share a folder. Names are compared as a
/// case-insensitive disk compares them: `Go/` and `go/` are one folder there (and Swift's
/// string equality already takes a composed and a decomposed `é` as one, as APFS does).
struct FeedFolders {
    private var files = Set<String>()
    private var folders = Set<String>()

    /// Takes the files at `paths` inside the output folder, and the folders they are in, unless
    /// a file or folder taken before is in the way of one: then takes none.
    /// - Returns: nil when taken, else the path in the way: `index.xml` for `index.xml/`.
    @discardableResult
    mutating func claim(_ paths: some Collection<String>) -> String? {
        var prefixes: [String] = []
        for path in paths {
            let parts = path.split(separator: "/").dropLast()
            prefixes += parts.indices.map { parts[...$0].joined(separator: "/") }
        }
        if let blocked = prefixes.first(where: { files.contains($0.lowercased()) }) { return blocked }
        if let blocked = paths.first(where: { files.contains($0.lowercased()) || folders.contains($0.lowercased()) }) {
            return blocked
        }
        for prefix in prefixes { folders.insert(prefix.lowercased()) }
        for path in paths { files.insert(path.lowercased()) }
        return nil
    }

    /// The longest file name, in bytes, that ext4, XFS, Btrfs, APFS and NTFS all take.
    static let maxNameBytes = 255

    /// A folder's name cut to `maxNameBytes` at a character boundary, a hash of the whole name
    /// after the cut, so that long names alike up to it still differ.
    static func fitted(_ name: Substring) -> String {
        guard name.utf8.count > maxNameBytes else { return String(name) }
        let suffix = "-" + hash(String(name))
        var kept = String.UnicodeScalarView()
        var bytes = 0
        for scalar in name.unicodeScalars {
            bytes += UTF8.width(scalar)
            if bytes > maxNameBytes - suffix.utf8.count { break }
            kept.append(scalar)
        }
        return String(kept) + suffix
    }

    /// `name` with a hash of itself, for a folder whose own name is taken: the same in every build.
    static func distinct(_ name: String) -> String {
        name + "-" + hash(name)
    }

    /// Eight hexadecimal digits.
    private static func hash(_ text: String) -> String {
        let digits = String(FNV1a.hash(text) >> 32, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }
}
