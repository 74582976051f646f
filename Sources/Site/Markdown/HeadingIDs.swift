/// The `id` each heading of a post's HTML gets, as the generator gives it, so that in-page
/// links (`[see below](#setup)`) and links from other pages keep working in a feed: Goldmark's
/// (Hugo's `autoHeadingIDType`) or kramdown's (Jekyll's), from the heading's text as a reader
/// sees it (typographic quotes and dashes, an image's `alt`), each made unique in the post.
public enum HeadingIDs: String, Sendable {
    /// Hugo's default: letters, digits and `_` lowercased, spaces and `-` as `-`.
    case github
    /// The same, accents removed and only ASCII kept.
    case githubASCII = "github-ascii"
    /// Blackfriday's: runs of anything but letters and digits as one `-`, none at the ends.
    case blackfriday
    /// kramdown's GFM parser (Jekyll's): word characters, `-`, and spaces as `-`; none for a
    /// heading with nothing left.
    case kramdown

    /// Hugo's setting's name for it, or nil for one Hugo does not have.
    init?(hugoName: String) {
        switch hugoName.lowercased() {
        case "github": self = .github
        case "github-ascii": self = .githubASCII
        case "blackfriday": self = .blackfriday
        default: return nil
        }
    }

    func id(of text: String) -> String {
        switch self {
        case .github, .githubASCII:
            let source = self == .githubASCII ? HugoURL.removingAccents(text) : text
            var id = ""
            for character in source.trimmingCharacters(in: .whitespacesAndNewlines) {
                if self == .githubASCII, !character.isASCII { continue }
                if character == "-" || character == " " {
                    id.append("-")
                } else if character == "_" || character.isLetter || character.isNumber {
                    id += character.lowercased()
                }
            }
            return id
        case .blackfriday:
            var id = ""
            var dash = false
            for character in text {
                if character.isLetter || character.isNumber {
                    if dash, !id.isEmpty { id.append("-") }
                    dash = false
                    id += character.lowercased()
                } else {
                    dash = true
                }
            }
            return id
        case .kramdown:
            var id = ""
            for character in text.lowercased() {
                if character == " " || character == "\t" {
                    id.append("-")
                } else if character == "-" || character == "_" || character.isLetter || character.isNumber
                    || character.unicodeScalars.allSatisfy({ $0.properties.generalCategory.isMark })
                {
                    id.append(character)
                }
            }
            return id
        }
    }

    /// `id` made unique as the generator does: Goldmark names an empty one `heading` and adds
    /// `-1`, `-2`… until unused; kramdown counts each id's uses and gives none to an empty one.
    func unique(_ id: String, among used: inout [String: Int]) -> String? {
        switch self {
        case .kramdown:
            guard !id.isEmpty else { return nil }
            let count = used[id, default: 0]
            used[id] = count + 1
            return count == 0 ? id : "\(id)-\(count)"
        case .github, .githubASCII, .blackfriday:
            let base = id.isEmpty ? "heading" : id
            var candidate = base
            var number = 0
            while used[candidate] != nil {
                number += 1
                candidate = "\(base)-\(number)"
            }
            used[candidate] = 1
            return candidate
        }
    }
}
