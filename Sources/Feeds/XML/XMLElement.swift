/// An element of a parsed document, copied out of libxml2's tree into plain Swift values so
/// that checks can walk it without touching C pointers.
struct XMLElement: Sendable {
    let name: String
    /// The element's namespace URI, "" for none.
    let namespace: String
    let attributes: [String: String]
    /// The element's own text, its children's excluded.
    let text: String
    let line: Int
    let children: [XMLElement]

    func children(_ name: String, namespace: String? = nil) -> [XMLElement] {
        children.filter { $0.name == name && (namespace == nil || $0.namespace == namespace) }
    }

    func child(_ name: String, namespace: String? = nil) -> XMLElement? {
        children(name, namespace: namespace).first
    }
}
