/// A glob pattern as Hugo compiles them (gobwas/glob with `/` as the separator): `*` any run of
/// characters but `/`, `**` any run at all, `?` one character but `/`, `[abc]`, `[!a-z]`,
/// `{one,other}` (nested too), and `\` before a character to take it as written. Hugo matches
/// cascade targets with these, lowercased.
struct HugoGlob: Sendable, Equatable, CustomStringConvertible {
    private enum Token: Sendable, Equatable {
        case character(Character)
        case star
        case superstar
        case single
        case characterClass(ranges: [ClosedRange<Character>], isNegated: Bool)
    }

    /// The pattern as written: what fingerprints of what was read with it hash.
    let description: String
    /// The pattern with its `{…}` expanded: the text matches when one of these matches it.
    private let sequences: [[Token]]
    /// Expansions beyond this make the pattern refused rather than slow: `{a,b}` twenty times
    /// over would be a million patterns.
    private static let maxSequences = 256

    /// The pattern, or nil when it is malformed (an unclosed `[` or `{`), which Hugo refuses, or
    /// has more choices than `maxSequences`.
    init?(_ pattern: String) {
        var parser = Parser(characters: Array(pattern))
        guard let sequences = parser.sequences(inAlternative: false), parser.isAtEnd else { return nil }
        self.sequences = sequences
        description = pattern
    }

    func matches(_ text: String) -> Bool {
        let characters = Array(text)
        return sequences.contains { Self.match($0, characters) }
    }

    /// Whether `tokens` match all of `text`, position by position: each step keeps the set of
    /// places in the text reached so far, so stars cost the text's length, never a search.
    private static func match(_ tokens: [Token], _ text: [Character]) -> Bool {
        var reached = [Bool](repeating: false, count: text.count + 1)
        reached[0] = true
        for token in tokens {
            var next = [Bool](repeating: false, count: text.count + 1)
            switch token {
            case .star, .superstar:
                var isOpen = false
                for index in 0...text.count {
                    if reached[index] { isOpen = true }
                    next[index] = isOpen
                    if index < text.count, token == .star, text[index] == "/" { isOpen = false }
                }
            default:
                for index in 0..<text.count where reached[index] && accepts(token, text[index]) {
                    next[index + 1] = true
                }
            }
            reached = next
        }
        return reached[text.count]
    }

    private static func accepts(_ token: Token, _ character: Character) -> Bool {
        switch token {
        case .character(let expected): character == expected
        case .single: character != "/"
        case .characterClass(let ranges, let isNegated): ranges.contains { $0.contains(character) } != isNegated
        case .star, .superstar: false
        }
    }

    private struct Parser {
        let characters: [Character]
        var position = 0

        var isAtEnd: Bool { position == characters.count }

        /// Every expansion of the tokens up to the end, or inside `{…}` up to the `,` or `}`
        /// that ends one choice; nil when malformed or too many.
        mutating func sequences(inAlternative: Bool) -> [[Token]]? {
            var sequences: [[Token]] = [[]]
            func add(_ token: Token) {
                for index in sequences.indices { sequences[index].append(token) }
            }
            while position < characters.count {
                let character = characters[position]
                if inAlternative, character == "," || character == "}" { return sequences }
                position += 1
                switch character {
                case "*":
                    if position < characters.count, characters[position] == "*" {
                        position += 1
                        add(.superstar)
                    } else {
                        add(.star)
                    }
                case "?": add(.single)
                case "\\":
                    guard position < characters.count else { return nil }
                    add(.character(characters[position]))
                    position += 1
                case "[":
                    guard let token = characterClass() else { return nil }
                    add(token)
                case "{":
                    var choices: [[Token]] = []
                    while true {
                        guard let choice = self.sequences(inAlternative: true), position < characters.count else {
                            return nil
                        }
                        choices += choice
                        position += 1
                        if characters[position - 1] == "}" { break }
                    }
                    guard sequences.count * choices.count <= HugoGlob.maxSequences else { return nil }
                    sequences = sequences.flatMap { head in choices.map { head + $0 } }
                default: add(.character(character))
                }
            }
            return sequences
        }

        private mutating func characterClass() -> Token? {
            let isNegated = position < characters.count && characters[position] == "!"
            if isNegated { position += 1 }
            var ranges: [ClosedRange<Character>] = []
            while position < characters.count, characters[position] != "]" {
                let low = characters[position]
                if position + 2 < characters.count, characters[position + 1] == "-", characters[position + 2] != "]" {
                    let high = characters[position + 2]
                    guard low <= high else { return nil }
                    ranges.append(low...high)
                    position += 3
                } else {
                    ranges.append(low...low)
                    position += 1
                }
            }
            guard position < characters.count else { return nil }
            position += 1
            return .characterClass(ranges: ranges, isNegated: isNegated)
        }
    }
}
