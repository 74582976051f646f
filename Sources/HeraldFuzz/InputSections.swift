/// An input of several parts, each after a header line `==> NAME <==` (as `head` prints
/// several files): a readable way to give a harness a file tree or a post's fields.
struct InputSections {
    /// What comes before the first header.
    let preamble: [UInt8]
    /// The parts in their order; a name may repeat.
    let parts: [(name: String, bytes: [UInt8])]

    init(_ input: [UInt8]) {
        var preamble: [UInt8]?
        var parts: [(name: String, bytes: [UInt8])] = []
        var name: String?
        var current: [UInt8] = []
        for line in input.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init) {
            if let header = Self.headerName(line) {
                if let name { parts.append((name, Self.withoutLastLineBreak(current))) } else { preamble = current }
                name = header
                current = []
            } else {
                current += line + [0x0A]
            }
        }
        current = Self.withoutLastLineBreak(current)
        if let name { parts.append((name, current)) }
        self.preamble = preamble ?? current
        self.parts = parts
    }

    /// The first part called `name`, as text.
    subscript(name: String) -> String? {
        parts.first { $0.name == name }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    /// The part's lines, each a list entry; an absent part is an empty list.
    func lines(_ name: String) -> [String] {
        self[name].map { $0.split(separator: "\n").map(String.init) } ?? []
    }

    private static func headerName(_ line: [UInt8]) -> String? {
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("==> "), text.hasSuffix(" <=="), text.count > 8 else { return nil }
        return String(text.dropFirst(4).dropLast(4))
    }

    /// The line break before the next header belongs to the header line, not to the part.
    private static func withoutLastLineBreak(_ bytes: [UInt8]) -> [UInt8] {
        bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes
    }
}
