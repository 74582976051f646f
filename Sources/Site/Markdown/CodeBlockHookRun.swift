/// A site's code block render hooks (`render-codeblock-LANG.html`, `render-codeblock.html`)
/// running for one post's fenced code, in order, as Hugo calls them: `.Type`, `.Inner`,
/// `.Attributes`, `.Options`, `.Ordinal`, `.Page`; with what went wrong where one failed.
final class CodeBlockHookRun {
    private let hooks: [String: Result<GoTemplate, GoTemplate.Failure>]
    private let call: ShortcodeCall
    private var ordinal = 0
    /// Why a hook could not be run, by its language (`""`: the hook of every language).
    private(set) var failures: [String: String] = [:]

    init(hooks: [String: Result<GoTemplate, GoTemplate.Failure>], call: ShortcodeCall) {
        self.hooks = hooks
        self.call = call
    }

    /// The hook's HTML for one block, given its escaped options and code; nil when it fails.
    func run(language: String, options: String?, code: Substring) -> String? {
        let key = hooks[language.lowercased()] == nil ? "" : language.lowercased()
        guard let hook = hooks[key] else { return nil }
        switch hook {
        case .failure(let failure):
            failures[key] = failures[key] ?? failure.reason
            return nil
        case .success(let template):
            var inner = HTMLText.decodingEntities(String(code))
            if inner.hasSuffix("\n") { inner.removeLast() }
            var attributes: [String: GoValue] = [:]
            var highlighting: [String: GoValue] = [:]
            let list = options.map { Substring(HTMLText.decodingEntities($0)) }
            for (name, value) in list.flatMap(HeadingMarkup.attributes(in:)) ?? [] {
                let key = name.lowercased()
                if Self.highlightingOptions.contains(key) {
                    highlighting[key] = .string(value)
                } else {
                    attributes[key] = .string(value)
                }
            }
            let context: GoValue = .map([
                "type": .string(language), "inner": .string(inner), "attributes": .map(attributes),
                "options": .map(highlighting), "ordinal": .number(Double(ordinal)), "page": .page,
                "pageinner": .page,
            ])
            ordinal += 1
            do throws(GoTemplate.Failure) {
                return try template.run(call, dot: context)
            } catch {
                failures[key] = failures[key] ?? error.reason
                return nil
            }
        }
    }

    /// The options of a fence's `{…}` that are Chroma's, in `.Options` rather than `.Attributes`.
    private static let highlightingOptions: Set<String> = [
        "linenos", "linenostart", "hl_lines", "hl_inline", "anchorlinenos", "lineanchors", "linenumbersintable",
        "style", "noclasses", "tabwidth", "guesssyntax", "codefences", "nohl",
    ]
}
