/// Links to a site's content files (`[x](../other/index.md#part)`) pointed at the permalinks of
/// the posts they name, as a site's `render-link.html` hook that looks pages up (`GetPage`)
/// makes them: a relative path from the post's folder, an absolute one from the content folder,
/// else the name as a `ref` finds it. A link to a file that is no post stays as written, as the
/// hook leaves it.
struct PageLinks {
    /// The post's `contentPath`.
    let contentPath: String
    /// The permalink of the post at a content path, if there is one.
    let permalink: (String) -> String?
    /// The permalink of the post a `ref` to this name finds.
    let reference: (String) -> String?

    func applied(to html: String) -> String {
        guard html.containsUTF8(".md") else { return html }
        let opening = "<a href=\""
        var result = ""
        var rest = Substring(html)
        while let open = rest.firstRange(ofUTF8: opening) {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            let destination = rest.prefix { $0 != "\"" }
            if let resolved = resolve(destination) {
                result += resolved
                rest = rest.dropFirst(destination.count)
            }
        }
        return result + rest
    }

    private func resolve(_ destination: Substring) -> String? {
        let fragmentStart = destination.firstIndex(of: "#") ?? destination.endIndex
        let path = destination[..<fragmentStart]
        guard path.hasSuffix(".md"), !path.contains(":"), !path.contains("?") else { return nil }
        var components = path.hasPrefix("/") ? [] : contentPath.split(separator: "/").dropLast().map(String.init)
        var inside = true
        for component in path.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": inside = components.popLast() != nil && inside
            default: components.append(String(component))
            }
        }
        let found = (inside ? permalink(components.joined(separator: "/")) : nil) ?? reference(String(path))
        return found.map { $0 + destination[fragmentStart...] }
    }
}
