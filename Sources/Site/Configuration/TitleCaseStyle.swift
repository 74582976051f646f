/// Hugo's `titleCaseStyle`: how it capitalizes the titles it makes for sections, taxonomies and
/// terms without a titled list page (`capitalizeListTitles`), as its `GetTitleFunc` does.
public enum TitleCaseStyle: String, Sendable, CaseIterable {
    /// The Associated Press's rules (Hugo's default, by the `prose` library): every word
    /// capitalized but the small ones (`a`, `of`, `vs.`) inside the title.
    case ap
    /// The Chicago Manual's: small words and prepositions (`with`, `about`) inside the title lowercase.
    case chicago
    /// Go's `strings.Title`: the first letter of every word.
    case go
    case firstUpper = "firstupper"
    case none

    /// The style Hugo reads from `name`, case-insensitively; any other name is AP's, as in Hugo.
    public init(hugoName name: String) {
        self = Self(rawValue: name.lowercased()) ?? .ap
    }

    public func title(_ text: String) -> String {
        switch self {
        case .ap: Self.prose(text) { word, isBounding in !isBounding && Self.smallWords.contains(word) }
        case .chicago:
            Self.prose(text) { word, isBounding in
                !isBounding && (Self.smallWords.contains(word) || Self.prepositions.contains(word))
            }
        case .go: Self.goTitle(text)
        case .firstUpper: text.prefix(1).uppercased() + text.dropFirst()
        case .none: text
        }
    }

    private static let smallWords: Set<String> = [
        "a", "an", "and", "as", "at", "but", "by", "en", "for", "if", "in", "nor", "of", "on", "or", "per", "the",
        "to", "vs", "vs.", "via", "v", "v.",
    ]
    private static let prepositions: Set<String> = [
        "with", "from", "into", "during", "including", "until", "against", "among", "throughout", "despite",
        "towards", "upon", "concerning", "about", "over", "through", "before", "between", "after", "since",
        "without", "under", "within", "along", "following", "across", "beyond", "around", "down", "near", "above",
    ]

    /// `prose`'s title converter: words are runs starting with a letter or digit up to a space,
    /// `-` or `/`; a small word (`ignores`) between others stays lowercase when it follows a
    /// space, `-` or `/` (not after `: ` or `-`), and is not the first part of a hyphenated word.
    private static func prose(_ text: String, ignores: (String, Bool) -> Bool) -> String {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return text }
        // The library looks at the text with typographic quotes and dashes made ASCII.
        let plain: [Unicode.Scalar] = scalars.map {
            switch $0 {
            case "\u{201C}", "\u{201D}": "\""
            case "\u{2018}", "\u{2019}": "'"
            case "\u{2013}", "\u{2014}": "-"
            case "\u{2026}": "."
            default: $0
            }
        }
        // Out of range, the library reads the first character.
        func at(_ index: Int) -> Unicode.Scalar { plain.indices.contains(index) ? plain[index] : plain[0] }
        func isWordStart(_ scalar: Unicode.Scalar) -> Bool {
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        var result = String.UnicodeScalarView()
        var position = 0
        while position < scalars.count {
            guard isWordStart(scalars[position]) else {
                result.append(scalars[position])
                position += 1
                continue
            }
            var end = position
            while end < scalars.count, isWordStart(scalars[end]) { end += 1 }
            while end < scalars.count, !scalars[end].properties.isWhitespace, scalars[end] != "-", scalars[end] != "/" {
                end += 1
            }
            let word = String(String.UnicodeScalarView(scalars[position..<end]))
            let previous = at(position - 1)
            if ignores(word.lowercased(), position == 0 || end == scalars.count),
                previous == " " || previous == "-" || previous == "/", at(position - 2) != ":",
                at(position - 2) != "-", at(end) != "-" || previous == "-"
            {
                result.append(contentsOf: word.lowercased().unicodeScalars)
            } else {
                result.append(contentsOf: word.prefix(1).uppercased().unicodeScalars)
                result.append(contentsOf: word.dropFirst().unicodeScalars)
            }
            position = end
        }
        return String(result)
    }

    /// Go's `strings.Title`: a letter after a separator is uppercased; ASCII letters, digits and
    /// `_` separate nothing, nor does anything else beyond ASCII but white space.
    private static func goTitle(_ text: String) -> String {
        var result = ""
        var previous: Character = " "
        for character in text {
            let isInWord =
                previous.isASCII
                ? previous.isLetter || previous.isNumber || previous == "_" : !previous.isWhitespace
            result += isInWord ? String(character) : character.uppercased()
            previous = character
        }
        return result
    }
}
