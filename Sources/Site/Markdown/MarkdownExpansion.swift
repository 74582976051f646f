/// A post's Markdown with what Markdown must not touch (a shortcode's or a Liquid tag's HTML)
/// set aside: each piece becomes a placeholder word before rendering and its HTML is put back
/// afterwards, as Hugo does, so it is kept even where raw HTML is not.
struct MarkdownExpansion {
    var markdown: String
    /// Each placeholder's HTML, by its number, and whether it is a block of its own.
    var replacements: [(html: String, isBlock: Bool)] = []
    /// What every placeholder starts with. It holds a hash of the post's text, so nothing the
    /// author wrote can spell a placeholder, not even through character references.
    let placeholderPrefix: String
    var warnings: [Problem] = []

    /// The Markdown as it is, nothing set aside yet.
    init(unexpanded markdown: String) {
        var hash = FNV1a()
        hash.add(markdown)
        self.markdown = markdown
        placeholderPrefix = "HERALDSHORTCODE" + String(hash.value, radix: 36) + "N"
    }

    func placeholder(_ number: Int) -> String { placeholderPrefix + String(number) + "X" }

    /// Sets `html` aside and returns the placeholder that stands for it in the Markdown.
    mutating func setAside(_ html: String, isBlock: Bool) -> String {
        replacements.append((html, isBlock))
        return placeholder(replacements.count - 1)
    }

    /// Puts each piece of HTML in place of its placeholder, in one pass over the HTML; a
    /// placeholder alone in a paragraph replaces the paragraph, since figures and code
    /// blocks are blocks themselves.
    func apply(to html: String) -> String {
        guard !replacements.isEmpty else { return html }
        var html = html
        var prefix = placeholderPrefix
        return html.withUTF8 { bytes in
            prefix.withUTF8 { prefix in
                var output: [UInt8] = []
                output.reserveCapacity(bytes.count)
                var copied = 0
                var searchFrom = 0
                while let found = bytes.firstOffset(of: prefix, from: searchFrom) {
                    var end = found + prefix.count
                    var number = 0
                    while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39, number < replacements.count {
                        number = number * 10 + Int(bytes[end] - 0x30)
                        end += 1
                    }
                    guard end > found + prefix.count, end < bytes.count, bytes[end] == UInt8(ascii: "X"),
                        number < replacements.count
                    else {
                        searchFrom = found + 1
                        continue
                    }
                    end += 1
                    var start = found
                    let replacement = replacements[number]
                    if replacement.isBlock, start >= copied + 3, end + 4 <= bytes.count,
                        bytes[(start - 3)..<start].elementsEqual("<p>".utf8),
                        bytes[end..<(end + 4)].elementsEqual("</p>".utf8)
                    {
                        start -= 3
                        end += 4
                    }
                    output.append(contentsOf: bytes[copied..<start])
                    output.append(contentsOf: replacement.html.utf8)
                    // Nothing put back (a shortcode Herald removed) leaves no empty line behind.
                    if replacement.html.isEmpty, end < bytes.count, bytes[end] == 0x0A,
                        output.isEmpty || output.last == 0x0A || output.suffix(3).elementsEqual("<p>".utf8)
                    {
                        end += 1
                    } else if replacement.html.isEmpty, output.last == 0x0A, bytes[end...].starts(with: "</p>".utf8) {
                        output.removeLast()
                    }
                    copied = end
                    searchFrom = end
                }
                output.append(contentsOf: bytes[copied...])
                return String(decoding: output, as: UTF8.self)
            }
        }
    }
}
