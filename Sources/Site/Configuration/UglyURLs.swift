/// Hugo's `uglyURLs`: `true` gives every page `name.html` rather than `name/`; a table
/// (`[uglyURLs] posts = true`) gives it to the sections it names.
public struct UglyURLs: Sendable, Equatable {
    /// What sections the table does not name get.
    public var everywhere = false
    /// By section name, lowercased as Hugo lowercases configuration keys.
    public var sections: [String: Bool] = [:]

    public init(everywhere: Bool = false, sections: [String: Bool] = [:]) {
        self.everywhere = everywhere
        self.sections = sections
    }

    public func apply(to section: String) -> Bool {
        sections.isEmpty ? everywhere : sections[section.lowercased()] ?? everywhere
    }

    /// The same text for the same setting, for fingerprints.
    var fingerprint: String {
        "\(everywhere)" + sections.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
    }
}
