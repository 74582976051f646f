/// Hugo's `enableEmoji`: each emoji code (`:smile:`) in a page's Markdown replaced by its emoji
/// before the Markdown is rendered, as Hugo does it: anywhere in the text, code included, a
/// colon that ends an unknown code starting the next one.
enum HugoEmoji {
    /// Each code and its emoji, from `lines`.
    private static let table: [String: String] = Dictionary(
        lines.split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1)
            return (String(parts[0]), String(parts[1]))
        }, uniquingKeysWith: { first, _ in first })

    /// The longest code: a closing colon further away cannot end one.
    private static let longestCode = table.keys.map(\.utf8.count).max() ?? 0

    static func emojify(_ markdown: String) -> String {
        let colon = UInt8(ascii: ":")
        guard markdown.utf8.contains(colon) else { return markdown }
        let bytes = Array(markdown.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var copied = 0
        var index = 0
        while let open = bytes[index...].firstIndex(of: colon) {
            let limit = min(bytes.count, open + longestCode)
            guard open + 1 < limit, let close = bytes[(open + 1)..<limit].firstIndex(of: colon) else {
                index = open + 1
                continue
            }
            guard let emoji = table[String(decoding: bytes[open...close], as: UTF8.self)] else {
                index = close
                continue
            }
            output.append(contentsOf: bytes[copied..<open])
            output.append(contentsOf: emoji.utf8)
            copied = close + 1
            index = close + 1
        }
        guard copied > 0 else { return markdown }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }
}
