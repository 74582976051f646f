/// The front matter block at the top of a content file, located but not yet parsed.
struct FrontMatter {
    enum Format: String {
        case yaml, toml, json
    }

    let format: Format
    /// Byte range of the metadata text, without its delimiter lines.
    let text: Range<Int>
    /// The file's 1-based line number of the metadata text's first line.
    let firstLine: Int
    /// Where the body starts: the byte after the closing delimiter's line, and its line number.
    let bodyStart: Int
    let bodyLine: Int

    enum Split {
        case found(FrontMatter)
        /// The file has no front matter; its body starts at `bodyStart`.
        case none(bodyStart: Int)
        /// The opening delimiter's block has not ended within the bytes given.
        case unterminated(Format)
    }

    /// Locates the front matter in the first bytes of a file, Hugo's way: `---` for YAML,
    /// `+++` for TOML, `{` for JSON, each at the very start (after an optional byte-order mark).
    /// - Parameter endsWithDots: whether YAML may also close with `...`, YAML's end of a
    ///   document, as Jekyll allows.
    static func locate(in bytes: UnsafeRawBufferPointer, endsWithDots: Bool = false) -> Split {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let rest = UnsafeRawBufferPointer(rebasing: bytes[start...])
        if let delimiter = openingDelimiter(rest) {
            let format: Format = delimiter == UInt8(ascii: "-") ? .yaml : .toml
            let textStart = lineEnd(bytes, from: start)
            var lineStart = textStart
            var line = 2
            while lineStart < bytes.count {
                let next = lineEnd(bytes, from: lineStart)
                if isDelimiterLine(bytes, from: lineStart, to: next, delimiter: delimiter)
                    || (endsWithDots && format == .yaml
                        && isDelimiterLine(bytes, from: lineStart, to: next, delimiter: UInt8(ascii: ".")))
                {
                    return .found(
                        FrontMatter(
                            format: format, text: textStart..<lineStart, firstLine: 2, bodyStart: next,
                            bodyLine: line + 1))
                }
                lineStart = next
                line += 1
            }
            return .unterminated(format)
        }
        if rest.first == UInt8(ascii: "{") {
            guard let end = jsonObjectEnd(bytes, from: start) else { return .unterminated(.json) }
            let bodyStart = end < bytes.count ? lineEnd(bytes, from: end) : end
            let lines = bytes[start..<end].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
            return .found(
                FrontMatter(format: .json, text: start..<end, firstLine: 1, bodyStart: bodyStart, bodyLine: lines + 1))
        }
        return .none(bodyStart: start)
    }

    /// `---` or `+++` alone on the first line (trailing spaces allowed).
    private static func openingDelimiter(_ bytes: UnsafeRawBufferPointer) -> UInt8? {
        guard let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") else { return nil }
        let end = lineEnd(bytes, from: 0)
        return isDelimiterLine(bytes, from: 0, to: end, delimiter: first) ? first : nil
    }

    private static func isDelimiterLine(_ bytes: UnsafeRawBufferPointer, from start: Int, to end: Int, delimiter: UInt8)
        -> Bool
    {
        guard end - start >= 3, bytes[start] == delimiter, bytes[start + 1] == delimiter, bytes[start + 2] == delimiter
        else { return false }
        return bytes[(start + 3)..<end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D || $0 == 0x0A }
    }

    /// The index just past the newline that ends the line starting at `start`.
    private static func lineEnd(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x0A { return index + 1 }
            index += 1
        }
        return index
    }

    /// The index just past the `}` that closes the object opened at `start`, skipping strings.
    private static func jsonObjectEnd(_ bytes: UnsafeRawBufferPointer, from start: Int) -> Int? {
        var depth = 0
        var inString = false
        var escaped = false
        for index in start..<bytes.count {
            let byte = bytes[index]
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
            default: break
            }
        }
        return nil
    }

    /// The metadata, parsed from the file's `bytes` this was located in.
    func table(in bytes: UnsafeRawBufferPointer) throws(MetadataError) -> MetadataTable {
        let region = UnsafeRawBufferPointer(rebasing: bytes[text])
        switch format {
        case .yaml:
            return try YAMLReader(bytes: region, firstLine: firstLine).readMapping()
        case .toml:
            return try TOMLReader.readTable(region.assumingMemoryBound(to: UInt8.self), firstLine: firstLine)
        case .json:
            return try JSONReader.readTable(String(decoding: region, as: UTF8.self), firstLine: firstLine)
        }
    }

    /// The front matter of a Hugo file, parsed: nil for a file without, or whose front matter
    /// does not parse.
    static func hugoTable(in bytes: UnsafeRawBufferPointer) -> MetadataTable? {
        guard case .found(let found) = locate(in: bytes) else { return nil }
        return try? found.table(in: bytes)
    }

    /// The YAML front matter of a Jekyll file, parsed: nil for a file without (a static file,
    /// to Jekyll) or whose YAML does not parse.
    static func jekyllTable(in bytes: UnsafeRawBufferPointer) -> MetadataTable? {
        guard case .found(let found) = locate(in: bytes, endsWithDots: true), found.format == .yaml else { return nil }
        return try? YAMLReader(bytes: UnsafeRawBufferPointer(rebasing: bytes[found.text]), firstLine: found.firstLine)
            .readMapping()
    }
}
