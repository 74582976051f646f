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
}
