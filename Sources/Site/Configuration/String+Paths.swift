extension String {
    /// Joins a path to this folder: an absolute `component` stands alone; `.` and `..` are
    /// folded away (`feeds/../output` is `output`) so paths in messages read as a person wrote them.
    public func appendingPathComponent(_ component: String) -> String {
        let joined = component.hasPrefix("/") ? component : self + "/" + component
        var parts: [Substring] = []
        for part in joined.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !joined.hasPrefix("/") {
                    parts.append(part)
                }
            default: parts.append(part)
            }
        }
        let path = parts.joined(separator: "/")
        return joined.hasPrefix("/") ? "/" + path : (path.isEmpty ? "." : path)
    }

    /// The folder a path is in: `a/b` → `a`, `/a` → `/`, and `.` for a bare name, where a file
    /// written beside it goes. NSString's `deletingLastPathComponent` gives "" there, so files
    /// written to `--output .` had no folder, and it traps on a path of one character in Swift
    /// 6.3's Foundation on Linux (a file target's `path = " "`, a definition named `d`).
    public var parentPath: String {
        var path = Substring(self)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        guard let slash = path.lastIndex(of: "/") else { return "." }
        guard slash != path.startIndex else { return "/" }
        var folder = path[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        return String(folder)
    }
}
