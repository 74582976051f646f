/// Makes every URL in `href`, `src`, `srcset` and `poster` attributes absolute against a post's
/// permalink, so links and images work in feed readers and email, which have no page to be
/// relative to. Fragments and queries are kept; absolute URLs are left alone.
struct URLAbsolutizer {
    /// The post's permalink, an absolute `http(s)` URL.
    let base: String
    // The base taken apart once, not for every link: `https://host`, `https`, and the base
    // without its query or fragment.
    private let origin: Substring
    private let scheme: Substring
    private let document: Substring

    init(base: String) {
        self.base = base
        if let schemeEnd = base.range(of: "://") {
            let hostEnd =
                base[schemeEnd.upperBound...].firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" })
                ?? base.endIndex
            origin = base[..<hostEnd]
        } else {
            origin = Substring(base)
        }
        scheme = base.prefix { $0 != ":" }
        document = base.prefix { $0 != "?" && $0 != "#" }
    }

    /// Resolves one reference per RFC 3986, section 5.2.
    func resolve(_ reference: String) -> String {
        if reference.isEmpty { return String(document) }
        if Self.hasScheme(reference) { return reference }
        if reference.hasPrefix("//") { return scheme + ":" + reference }
        if reference.hasPrefix("#") || reference.hasPrefix("?") { return document + reference }
        let path: String
        if reference.hasPrefix("/") {
            path = reference
        } else {
            let basePath = document.dropFirst(origin.count)
            let directory = basePath.lastIndex(of: "/").map { basePath[...$0] } ?? "/"
            path = directory + reference
        }
        return origin + Self.removingDotSegments(path)
    }

    private static func hasScheme(_ reference: String) -> Bool {
        guard let colon = reference.firstIndex(of: ":"), let first = reference.first, first.isASCII, first.isLetter
        else {
            return false
        }
        return reference[..<colon].allSatisfy {
            $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".")
        }
    }

    /// Removes `.` and `..` segments from the path part, leaving any query or fragment as it was.
    private static func removingDotSegments(_ reference: String) -> String {
        let suffixStart = reference.firstIndex { $0 == "?" || $0 == "#" } ?? reference.endIndex
        let path = reference[..<suffixStart]
        guard path.contains(".") else { return reference }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        for (index, segment) in segments.enumerated() {
            let isLast = index == segments.count - 1
            switch segment {
            case ".": if isLast { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if isLast { output.append("") }
            default: output.append(segment)
            }
        }
        return "/" + output.joined(separator: "/") + reference[suffixStart...]
    }

    private static let urlAttributes: Set<String> = ["href", "src", "poster"]

    /// Rewrites the URL attributes of every tag in an HTML fragment.
    func absolutize(_ html: String) -> String {
        Self.rewritingURLs(in: html, resolve)
    }

    /// Applies `transform` to the URL in every `href`, `src` and `poster` attribute of an HTML
    /// fragment, and to each URL of every `srcset`.
    /// Scans UTF-8 rather than characters: every tag sign is ASCII, and the text between tags,
    /// most of a post, is copied without being looked at character by character.
    static func rewritingURLs(in html: String, _ transform: (String) -> String) -> String {
        guard mayHoldURL(html[...]) else { return html }
        var output = ""
        output.reserveCapacity(html.utf8.count + 256)
        var rest = Substring(html)
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "<")) {
            output += rest[..<open]
            rest = rest[open...]
            if rest.utf8.starts(with: "<!--".utf8) {
                let end = rest.firstRange(ofUTF8: "-->")?.upperBound ?? rest.endIndex
                output += rest[..<end]
                rest = rest[end...]
                continue
            }
            let tag = rest[..<Self.tagEnd(rest)]
            if Self.mayHoldURL(tag) { output += rewriteTag(tag, transform) } else { output += tag }
            rest = rest[tag.endIndex...]
        }
        return output + rest
    }

    private static let urlAttributeNames = ["href", "src", "poster"].map { Array($0.utf8) }

    /// Whether HTML names one of the URL attributes, in any case: most tags (`<p>`, `</em>`,
    /// `<td align="right">`) do not, and are copied without taking their attributes apart.
    private static func mayHoldURL(_ tag: Substring) -> Bool {
        tag.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.indices.contains { start in
                urlAttributeNames.contains { name in
                    start + name.count <= bytes.count
                        && name.indices.allSatisfy { bytes[start + $0] | 0x20 == name[$0] }
                }
            }
        } ?? true
    }

    /// The index after the `>` that ends the tag starting at `text`, skipping quoted values.
    private static func tagEnd(_ text: Substring) -> Substring.Index {
        let utf8 = text.utf8
        var quote: UInt8?
        var index = utf8.index(after: utf8.startIndex)
        while index < utf8.endIndex {
            let byte = utf8[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        return text.endIndex
    }

    /// Rewrites the URL attributes of one tag, walking its attributes one by one so that text
    /// inside another attribute's quoted value (an alt text saying `src=x`) is never touched.
    private static func rewriteTag(_ tag: Substring, _ transform: (String) -> String) -> String {
        var output = ""
        var rest = tag.drop { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != ">" }
        output += tag[..<rest.startIndex]
        while !rest.isEmpty {
            let blank = rest.prefix { $0.isWhitespace || $0 == "/" || $0 == ">" }
            output += blank
            rest = rest[blank.endIndex...]
            let name = rest.prefix { !$0.isWhitespace && $0 != "=" && $0 != ">" && $0 != "/" }
            guard !name.isEmpty else { break }
            output += name
            rest = rest[name.endIndex...]
            // `href = "x"`: HTML allows white space around the equals sign.
            let gap = rest.prefix { $0.isWhitespace }
            guard rest[gap.endIndex...].first == "=" else { continue }
            let afterEquals = rest[gap.endIndex...].dropFirst()
            let secondGap = afterEquals.prefix { $0.isWhitespace }
            output += gap + "=" + secondGap
            rest = afterEquals[secondGap.endIndex...]
            let quote = rest.first == "\"" || rest.first == "'" ? rest.first : nil
            if let quote {
                output.append(quote)
                rest = rest.dropFirst()
            }
            let value = rest.prefix { character in
                if let quote { return character != quote }
                return !(character.isWhitespace || character == ">")
            }
            rest = rest[value.endIndex...]
            output += rewrite(String(value), attribute: name.lowercased(), transform)
            if let quote, rest.first == quote {
                output.append(quote)
                rest = rest.dropFirst()
            }
        }
        return output + rest
    }

    private static func rewrite(_ value: String, attribute: String, _ transform: (String) -> String) -> String {
        if attribute == "srcset" { return rewriteSourceSet(value.trimmingSpaces, transform) }
        return urlAttributes.contains(attribute) ? transform(value.trimmingSpaces) : value
    }

    /// `srcset="a.png 1x, b.png 2x"`: each candidate's URL, keeping its descriptor.
    private static func rewriteSourceSet(_ value: String, _ transform: (String) -> String) -> String {
        value.split(separator: ",").map { candidate in
            let parts = candidate.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
            guard let url = parts.first else { return String(candidate) }
            return ([transform(String(url))] + parts.dropFirst().map(String.init)).joined(separator: " ")
        }.joined(separator: ", ")
    }
}

extension String {
    var trimmingSpaces: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text = text.dropFirst() }
        while text.last?.isWhitespace == true { text = text.dropLast() }
        return String(text)
    }
}
