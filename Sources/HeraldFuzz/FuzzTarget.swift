import Foundation

/// What can be fuzzed: each reads one kind of input Herald meets, from a post file to a site definition.
enum FuzzTarget: String, CaseIterable {
    /// Front matter text straight into each reader, then read as a post's fields.
    case yaml, toml, json
    /// A whole post file, scanned as a Hugo and as a Jekyll post, rendered, and read again from the scan cache.
    case post
    /// A post's Markdown body with shortcodes, rendered with and without raw HTML.
    case markdown
    /// A permalink pattern and the fields it is filled from, for Hugo and Jekyll.
    case permalink
    /// A site definition, with the generator's configuration files it points to.
    case definition
    /// An announcement's fields and a target's template, built into every platform's request.
    case messages

    static let environmentKey = "HERALD_FUZZ_TARGET"

    static var selected: FuzzTarget? {
        getenv(environmentKey).flatMap { FuzzTarget(rawValue: String(cString: $0)) }
    }

    func makeHarness() -> any Harness {
        switch self {
        case .yaml: FrontMatterHarness(format: .yaml)
        case .toml: FrontMatterHarness(format: .toml)
        case .json: FrontMatterHarness(format: .json)
        case .post: PostHarness()
        case .markdown: MarkdownHarness()
        case .permalink: PermalinkHarness()
        case .definition: DefinitionHarness()
        case .messages: MessageHarness()
        }
    }
}
