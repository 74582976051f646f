/// Hugo's rules for turning titles, slugs and file paths into URL paths (`urlize`).
struct HugoURL: Sendable {
    var lowercases = true
    var removesAccents = false

    /// Hugo's `MakePathSanitized`: keeps letters, decimal digits, marks, `. / \ _ - # + ~ @` and a
    /// `%` that starts an escape; a run of white space after kept text becomes one hyphen (none
    /// after a hyphen); everything else is dropped; then lowercases.
    func sanitize(_ text: String) -> String {
        let source = removesAccents ? Self.removingAccents(text) : text
        let scalars = Array(source.unicodeScalars)
        var result = String.UnicodeScalarView()
        var pendingHyphen = false
        var lastWasHyphen = false
        for (index, scalar) in scalars.enumerated() {
            if Self.isKept(scalar, at: index, in: scalars) {
                if pendingHyphen && scalar != "-" { result.append("-") }
                pendingHyphen = false
                lastWasHyphen = scalar == "-"
                result.append(scalar)
            } else if scalar.properties.isWhitespace, !result.isEmpty, !lastWasHyphen {
                pendingHyphen = true
            }
        }
        let sanitized = String(result)
        return lowercases ? Self.lowercased(sanitized) : sanitized
    }

    private static func isKept(_ scalar: Unicode.Scalar, at index: Int, in scalars: [Unicode.Scalar]) -> Bool {
        switch scalar {
        case ".", "/", "\\", "_", "-", "#", "+", "~", "@": return true
        case "%":
            return index + 2 < scalars.count && scalars[index + 1].properties.isASCIIHexDigit
                && scalars[index + 2].properties.isASCIIHexDigit
        case "a"..."z", "A"..."Z", "0"..."9": return true
        case _ where scalar.isASCII: return false
        default:
            let category = scalar.properties.generalCategory
            return category.isLetter || category == .decimalNumber || category.isMark
        }
    }

    /// Go's `strings.ToLower`: rune by rune, no locale, and no context (a final Σ becomes σ).
    private static func lowercased(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                result.append(
                    scalar.value >= 0x41 && scalar.value <= 0x5A ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
                continue
            }
            let lower = scalar.properties.lowercaseMapping.unicodeScalars
            // Go maps each rune to one rune; a longer mapping (İ → i̇) keeps only its first.
            result.append(lower.count == 1 ? lower.first! : (lower.first ?? scalar))
        }
        return String(result)
    }

    static func removingAccents(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.decomposedStringWithCanonicalMapping.unicodeScalars.filter {
                    !$0.properties.generalCategory.isMark
                }))
    }

    /// Hugo's `urlize` of a permalink's `:title` or `:slug`: sanitized, then escaped, so a
    /// `#` at its end (`learning-c#`) is an empty fragment and goes.
    func urlize(_ text: String) -> String {
        Self.escapePath(sanitize(text))
    }

    /// Go's `url.Parse(path).String()`, which Hugo makes URLs with: a `#` starts a fragment (an
    /// empty one is dropped); a part written only with characters a URL may hold (`/a*b/`) is
    /// kept as written, any other is escaped whole, each byte outside Go's set becoming `%XX`
    /// (`/a b/c*d/` → `/a%20b/c%2Ad/`).
    static func escapePath(_ path: String) -> String {
        guard let hash = path.firstIndex(of: "#") else { return escaped(path, fragment: false) }
        let fragment = String(path[path.index(after: hash)...])
        let base = escaped(String(path[..<hash]), fragment: false)
        return fragment.isEmpty ? base : base + "#" + escaped(fragment, fragment: true)
    }

    /// Go's `EscapedPath` (`EscapedFragment`) of what `url.Parse` read from `raw`.
    private static func escaped(_ raw: String, fragment: Bool) -> String {
        // An escape Go cannot read is text: Hugo's sanitizer keeps `%` only where one starts.
        let decoded = raw.contains("%") ? (raw.removingPercentEncoding ?? raw) : raw
        let escaped = PercentEncoding.encode(decoded) { !shouldEscape($0, fragment: fragment) }
        return escaped != raw && isValidEncoding(raw, fragment: fragment) ? raw : escaped
    }

    /// Go's `shouldEscape` for a path (or a fragment, which also keeps `!()*`).
    private static func shouldEscape(_ byte: UInt8, fragment: Bool) -> Bool {
        if PercentEncoding.isUnreserved(byte) { return false }
        if "$&+,/:;=@".utf8.contains(byte) { return false }
        return !(fragment && "!()*?".utf8.contains(byte))
    }

    /// Go's `validEncoded`: only characters a path may hold, and escapes.
    private static func isValidEncoding(_ raw: String, fragment: Bool) -> Bool {
        raw.utf8.allSatisfy { byte in
            "!$&'()*+,;=:@[]%".utf8.contains(byte) || !shouldEscape(byte, fragment: fragment)
        }
    }
}

extension Unicode.GeneralCategory {
    var isLetter: Bool {
        switch self {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: true
        default: false
        }
    }

    var isMark: Bool {
        switch self {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }
}
