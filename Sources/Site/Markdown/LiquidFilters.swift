/// The Liquid filters jekyll-feed puts titles and summaries through, so Herald shows them as
/// a Jekyll site's feed did.
enum LiquidFilters {
    /// Liquid's `strip_html`: `<script>`, `<style>` and comment blocks go with their content,
    /// then every `<…>`; an `<` that nothing closes stays.
    static func stripHTML(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            let tail = rest[open...]
            let end: Substring.Index?
            if let closing = [("<script", "</script>"), ("<!--", "-->"), ("<style", "</style>")].first(where: {
                tail.hasPrefix($0.0)
            }), let range = tail.range(of: closing.1) {
                end = range.upperBound
            } else {
                end = tail.firstIndex(of: ">").map { tail.index(after: $0) }
            }
            guard let end else { break }
            rest = rest[end...]
        }
        return result + rest
    }

    /// Jekyll's `normalize_whitespace`: each run of white space one space, none at the ends.
    static func normalizeWhitespace(_ text: String) -> String {
        // Text with only single spaces between its words, as most is, stays as it is.
        var previousIsSpace = true
        let isNormal = text.utf8.allSatisfy { byte in
            let isSpace = byte == 0x20
            defer { previousIsSpace = isSpace }
            return !(isSpace && previousIsSpace) && (byte > 0x20 || isSpace)
        }
        if isNormal && !previousIsSpace { return text }
        return text.split(whereSeparator: \.isRubyWhitespace).joined(separator: " ")
    }
}
