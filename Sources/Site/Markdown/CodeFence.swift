/// A fenced code block's opening run (```` ``` ```` or `~~~`, three or more), and what closes it:
/// a run of the same character at least as long, with nothing after it.
struct CodeFence {
    private let character: Character
    private let length: Int

    /// The fence `line` (its indentation already removed) opens, if it opens one.
    init?(opening line: Substring) {
        guard let first = line.first, first == "`" || first == "~" else { return nil }
        let run = line.prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        character = first
        length = run
    }

    func isClosed(by line: Substring) -> Bool {
        let run = line.prefix { $0 == character }.count
        return run >= length && line.dropFirst(run).allSatisfy(\.isWhitespace)
    }
}
