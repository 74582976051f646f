import Foundation

/// Jekyll's URL escaping (`URL.escape_path`, `URL#sanitize_url`) and the normalisation its
/// `absolute_url` filter applies through Addressable 2.8, so that permalinks and ids come out
/// byte for byte as Jekyll and jekyll-feed write them.
enum JekyllURL {
    /// `URL.escape_path`: a placeholder's value as Addressable's `URI.encode` escapes it, a
    /// `?` and a `#` keeping their meaning, then the first `#` escaped.
    static func escapePath(_ value: String) -> String {
        if value.utf8.allSatisfy(isPlain) { return value }
        let parts = URIParts(value)
        var encoded = PercentEncoding.encode(parts.path) { isPathCharacter($0) || $0 == UInt8(ascii: "/") }
        if let query = parts.query { encoded += "?" + PercentEncoding.encode(query, keeping: isQueryCharacter) }
        if let fragment = parts.fragment {
            encoded += "#" + PercentEncoding.encode(fragment, keeping: isQueryCharacter)
        }
        guard let hash = encoded.firstIndex(of: "#") else { return encoded }
        return encoded.replacingCharacters(in: hash...hash, with: "%23")
    }

    /// `URL#sanitize_url`: `..` becomes `/`, `./` goes, runs of `/` become one, and the path
    /// starts with `/`.
    static func sanitize(_ path: String) -> String {
        // Most paths have nothing to change: they are looked at byte by byte first.
        if path.utf8.first == UInt8(ascii: "/"), !needsSanitizing(path) { return path }
        var result = ("/" + path).replacingOccurrences(of: "..", with: "/").replacingOccurrences(of: "./", with: "")
        while result.contains("//") { result = result.replacingOccurrences(of: "//", with: "/") }
        return result
    }

    /// Whether `path` holds `//`, `./` or `..`.
    private static func needsSanitizing(_ path: String) -> Bool {
        var previous: UInt8 = 0
        for byte in path.utf8 {
            let slash = byte == UInt8(ascii: "/")
            let dot = byte == UInt8(ascii: ".")
            if (slash && (previous == UInt8(ascii: "/") || previous == UInt8(ascii: ".")))
                || (dot && previous == UInt8(ascii: "."))
            {
                return true
            }
            previous = byte
        }
        return false
    }

    /// A root-relative address as `Addressable::URI#normalize` writes it: each path segment's
    /// escapes decoded, NFKC-normalised and escaped again, dot segments removed, an empty
    /// query or fragment dropped.
    static func normalized(_ address: String) -> String {
        // A path of plain characters, with no escape, dot segment or space at its ends, is
        // already normal: most are.
        if address.utf8.allSatisfy({ isPathCharacter($0) || $0 == UInt8(ascii: "/") }),
            !address.utf8.contains(UInt8(ascii: ".")) || !hasDotSegment(address)
        {
            return address
        }
        let parts = URIParts(address)
        let segments = parts.path.trimmingCharacters(in: .whitespacesAndNewlines).split(
            separator: "/", omittingEmptySubsequences: false)
        var result = removingDotSegments(segments.map { normalizedComponent($0, keeping: isPathCharacter) })
        if let query = parts.query {
            let pairs = query.split(separator: "&", omittingEmptySubsequences: false).map {
                normalizedComponent($0, keeping: isNormalizedQueryCharacter, leavingEncoded: UInt8(ascii: "+"))
            }
            let joined = pairs.joined(separator: "&")
            if !joined.isEmpty { result += "?" + joined }
        }
        if let fragment = parts.fragment {
            let normalized = normalizedComponent(Substring(fragment), keeping: isQueryCharacter)
            if !normalized.isEmpty { result += "#" + normalized }
        }
        return result
    }

    /// A URI reference split as Addressable's pattern splits it; Jekyll's paths have no scheme
    /// or authority of their own.
    private struct URIParts {
        let path: String
        let query: String?
        let fragment: String?

        init(_ text: String) {
            let hash = text.firstIndex(of: "#")
            fragment = hash.map { String(text[text.index(after: $0)...]) }
            let beforeFragment = text[..<(hash ?? text.endIndex)]
            let question = beforeFragment.firstIndex(of: "?")
            query = question.map { String(beforeFragment[beforeFragment.index(after: $0)...]) }
            path = String(beforeFragment[..<(question ?? beforeFragment.endIndex)])
        }
    }

    /// Every escape decoded (but `leavingEncoded`), the text NFKC-normalised when it is UTF-8,
    /// and what `keeping` rejects escaped again.
    private static func normalizedComponent(
        _ component: Substring, keeping keeps: (UInt8) -> Bool, leavingEncoded kept: UInt8? = nil
    ) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(component.utf8.count)
        var utf8 = component.utf8[...]
        while let byte = utf8.first {
            if byte == UInt8(ascii: "%"), utf8.count >= 3,
                let high = hexValue(utf8[utf8.index(after: utf8.startIndex)]),
                let low = hexValue(utf8[utf8.index(utf8.startIndex, offsetBy: 2)]), high << 4 | low != kept
            {
                bytes.append(high << 4 | low)
                utf8 = utf8.dropFirst(3)
            } else {
                bytes.append(byte)
                utf8 = utf8.dropFirst()
            }
        }
        var text = String(decoding: bytes, as: UTF8.self)
        let isText = text.utf8.elementsEqual(bytes)
        if isText, bytes.contains(where: { $0 >= 0x80 }) { text = text.precomposedStringWithCompatibilityMapping }
        // Not UTF-8: Addressable escapes the bytes as they are, without normalising them.
        let normalized = isText ? Array(text.utf8) : bytes
        var result = ""
        for (index, byte) in normalized.enumerated() {
            // A `%` stays only where it starts the escape of `kept`, as Addressable's query class says.
            let startsKeptEscape =
                byte == UInt8(ascii: "%") && kept.map { isEscape(of: $0, at: index, in: normalized) } == true
            if keeps(byte) || startsKeptEscape {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                result += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        }
        return result
    }

    private static func hasDotSegment(_ path: String) -> Bool {
        path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == "." || $0 == ".." }
    }

    /// RFC 3986's remove_dot_segments over segments already split at `/`.
    private static func removingDotSegments(_ segments: [String]) -> String {
        guard segments.contains(where: { $0 == "." || $0 == ".." }) else { return segments.joined(separator: "/") }
        var output: [String] = []
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 { output.removeLast() }
                if isLast { output.append("") }
            default: output.append(segment)
            }
        }
        return output.joined(separator: "/")
    }

    private static func isEscape(of byte: UInt8, at index: Int, in bytes: [UInt8]) -> Bool {
        index + 2 < bytes.count && hexValue(bytes[index + 1]) == byte >> 4 && hexValue(bytes[index + 2]) == byte & 0x0F
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    /// What `escape_path` passes through untouched: `[a-zA-Z0-9./-]`.
    private static func isPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    /// RFC 3986's `pchar`: unreserved, sub-delims, `:` and `@`.
    private static func isPathCharacter(_ byte: UInt8) -> Bool {
        PercentEncoding.isUnreserved(byte) || "!$&'()*+,;=:@".utf8.contains(byte)
    }

    private static func isQueryCharacter(_ byte: UInt8) -> Bool {
        isPathCharacter(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "?")
    }

    /// Addressable's class for a query's key-value pairs: no `&`, `;` or `#`.
    private static func isNormalizedQueryCharacter(_ byte: UInt8) -> Bool {
        isQueryCharacter(byte) && byte != UInt8(ascii: "&") && byte != UInt8(ascii: ";")
    }
}
