/// Reads TOML 1.0 front matter and configuration files, keeping the order and line of every
/// key. Every malformed input is a `MetadataError` with its line: the reader has no way to trap,
/// since a library that asserts on bad input stops every command for one broken post.
struct TOMLReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var line: Int
    /// Arrays and inline tables nested deeper than this are refused rather than overflowing the stack.
    var depth = 0
    static let maximumDepth = 64

    /// - Parameter firstLine: the file's 1-based line number of the text's first line.
    static func readTable(_ text: String, firstLine: Int) throws(MetadataError) -> MetadataTable {
        var text = text
        return try text.withUTF8 { bytes in
            Result { () throws(MetadataError) in try readTable(bytes, firstLine: firstLine) }
        }
        .get()
    }

    /// - Parameter bytes: UTF-8 text.
    static func readTable(_ bytes: UnsafeBufferPointer<UInt8>, firstLine: Int) throws(MetadataError) -> MetadataTable {
        var reader = TOMLReader(bytes: bytes, line: firstLine)
        // A byte order mark may open a file.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.position = 3 }
        return try reader.readDocument()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>, line: Int) {
        self.bytes = bytes
        self.line = line
    }

    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    func byte(at offset: Int) -> UInt8? {
        position + offset < bytes.count ? bytes[position + offset] : nil
    }

    func failure(_ reason: String) -> MetadataError {
        MetadataError(line: line, reason: "TOML: \(reason)")
    }

    /// Consumes `byte` if it comes next.
    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    /// The bytes of `range`, as text.
    func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    private mutating func readDocument() throws(MetadataError) -> MetadataTable {
        let root = TOMLTableBuilder(origin: .header, line: line)
        var current = root
        while true {
            try skipBlankLines()
            guard let byte = peek else { break }
            if byte == UInt8(ascii: "[") {
                current = try readHeader(root: root)
            } else {
                try readKeyValue(into: current, origin: .dotted)
            }
            try endLine()
        }
        return root.table
    }

    /// `[a.b]` or `[[a.b]]`: the table that the key-value lines after it fill.
    private mutating func readHeader(root: TOMLTableBuilder) throws(MetadataError) -> TOMLTableBuilder {
        let headerLine = line
        position += 1
        let isArray = consume(UInt8(ascii: "["))
        skipSpaces()
        let keys = try readKey()
        skipSpaces()
        guard consume(UInt8(ascii: "]")), !isArray || consume(UInt8(ascii: "]")) else {
            throw failure(
                isArray ? "expected ']]' to close the table header" : "expected ']' to close the table header")
        }
        var table = root
        for key in keys.dropLast() {
            table = try table.descend(into: key, line: headerLine, origin: .implicit, failure: failure)
        }
        let name = keys.joined(separator: ".")
        let last = keys[keys.count - 1]
        if isArray { return try table.appendTable(to: last, line: headerLine, name: name, failure: failure) }
        return try table.defineTable(last, line: headerLine, name: name, failure: failure)
    }

    /// `key = value`, the key possibly dotted, into `table`.
    mutating func readKeyValue(into table: TOMLTableBuilder, origin: TOMLTableBuilder.Origin) throws(MetadataError) {
        let keyLine = line
        let keys = try readKey()
        skipSpaces()
        guard consume(UInt8(ascii: "=")) else {
            throw failure("expected '=' after the key '\(keys.joined(separator: "."))'")
        }
        skipSpaces()
        let value = try readValue()
        var target = table
        for key in keys.dropLast() {
            target = try target.descend(into: key, line: keyLine, origin: origin, failure: failure)
        }
        try target.set(keys[keys.count - 1], to: value, line: keyLine, failure: failure)
    }

    /// A key, dotted or not: bare (`A-Za-z0-9_-`), "basic" or 'literal' parts joined by dots.
    private mutating func readKey() throws(MetadataError) -> [String] {
        var keys: [String] = []
        repeat {
            skipSpaces()
            switch peek {
            case UInt8(ascii: "\""):
                guard byte(at: 1) != UInt8(ascii: "\"") || byte(at: 2) != UInt8(ascii: "\"") else {
                    throw failure("a key cannot be a multi-line string")
                }
                keys.append(try readBasicString())
            case UInt8(ascii: "'"):
                guard byte(at: 1) != UInt8(ascii: "'") || byte(at: 2) != UInt8(ascii: "'") else {
                    throw failure("a key cannot be a multi-line string")
                }
                keys.append(try readLiteralString())
            default:
                let start = position
                while let byte = peek, Self.isBareKeyByte(byte) { position += 1 }
                guard position > start else {
                    throw failure(
                        peek.map { "expected a key, found \(Self.describe($0))" }
                            ?? "expected a key at the end of the text")
                }
                keys.append(text(start..<position))
            }
            skipSpaces()
        } while consume(UInt8(ascii: "."))
        return keys
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }

    /// A byte as an error message shows it.
    static func describe(_ byte: UInt8) -> String {
        switch byte {
        case 0x0A: "the end of the line"
        case 0x21...0x7E: "'\(Character(Unicode.Scalar(byte)))'"
        default: "the byte 0x\(String(byte, radix: 16, uppercase: true))"
        }
    }

    mutating func skipSpaces() {
        while let byte = peek, byte == 0x20 || byte == 0x09 { position += 1 }
    }

    /// A comment, from `#` to the end of the line (which is left in place).
    mutating func skipComment() throws(MetadataError) {
        guard consume(UInt8(ascii: "#")) else { return }
        while let byte = peek, byte != 0x0A {
            if byte == 0x0D, self.byte(at: 1) == 0x0A { break }
            try rejectControl(byte)
            position += 1
        }
    }

    /// Control characters other than tab may not stand anywhere in TOML, not even in a comment:
    /// a NUL must not silently end a configuration file.
    func rejectControl(_ byte: UInt8) throws(MetadataError) {
        guard byte < 0x20 && byte != 0x09 || byte == 0x7F else { return }
        throw failure(
            byte == 0 ? "a NUL byte; the file is damaged or not text" : "the control character \(Self.describe(byte))")
    }

    /// Consumes a line break (LF or CRLF); false when none comes next.
    mutating func consumeNewline() throws(MetadataError) -> Bool {
        if consume(0x0A) {
            line += 1
            return true
        }
        guard peek == 0x0D else { return false }
        guard byte(at: 1) == 0x0A else { throw failure("a carriage return not followed by a line feed") }
        position += 2
        line += 1
        return true
    }

    /// Blank lines, spaces and comments before the next statement.
    private mutating func skipBlankLines() throws(MetadataError) {
        repeat {
            skipSpaces()
            try skipComment()
        } while try consumeNewline()
    }

    /// What may follow a statement: spaces, a comment, then the end of the line or of the text.
    private mutating func endLine() throws(MetadataError) {
        skipSpaces()
        try skipComment()
        guard try consumeNewline() || peek == nil else {
            throw failure(
                "expected the end of the line, found \(Self.describe(peek ?? 0)); put one key = value on each line")
        }
    }
}
