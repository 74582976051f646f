extension TOMLReader {
    mutating func readValue() throws(MetadataError) -> MetadataValue {
        switch peek {
        case UInt8(ascii: "\""):
            if byte(at: 1) == UInt8(ascii: "\""), byte(at: 2) == UInt8(ascii: "\"") {
                return .string(try readMultilineString(quote: UInt8(ascii: "\"")))
            }
            return .string(try readBasicString())
        case UInt8(ascii: "'"):
            if byte(at: 1) == UInt8(ascii: "'"), byte(at: 2) == UInt8(ascii: "'") {
                return .string(try readMultilineString(quote: UInt8(ascii: "'")))
            }
            return .string(try readLiteralString())
        case UInt8(ascii: "["):
            return try nested { (reader: inout TOMLReader) throws(MetadataError) in try reader.readArray() }
        case UInt8(ascii: "{"):
            return try nested { (reader: inout TOMLReader) throws(MetadataError) in try reader.readInlineTable() }
        case nil, 0x0A, 0x0D, UInt8(ascii: "#"): throw failure("a key without a value; write key = value")
        default: return try readScalar()
        }
    }

    private mutating func nested(_ read: (inout TOMLReader) throws(MetadataError) -> MetadataValue)
        throws(MetadataError) -> MetadataValue
    {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw failure("nested more than \(Self.maximumDepth) levels deep") }
        return try read(&self)
    }

    /// `[1, 2, 3]`, over several lines if need be, with comments and a trailing comma allowed.
    private mutating func readArray() throws(MetadataError) -> MetadataValue {
        let openingLine = line
        position += 1
        var items: [MetadataValue] = []
        while true {
            try skipArraySpace()
            if consume(UInt8(ascii: "]")) { return .array(items) }
            guard peek != nil else {
                line = openingLine
                throw failure("the array is never closed; end it with ']'")
            }
            items.append(try readValue())
            try skipArraySpace()
            if consume(UInt8(ascii: ",")) { continue }
            guard consume(UInt8(ascii: "]")) else {
                if peek == nil { line = openingLine }
                throw failure(
                    peek == nil ? "the array is never closed; end it with ']'" : "expected ',' or ']' in the array")
            }
            return .array(items)
        }
    }

    private mutating func skipArraySpace() throws(MetadataError) {
        repeat {
            skipSpaces()
            try skipComment()
        } while try consumeNewline()
    }

    /// `{ a = 1, b.c = 2 }` on one line; sealed, so no header or dotted key may add to it later.
    private mutating func readInlineTable() throws(MetadataError) -> MetadataValue {
        position += 1
        let table = TOMLTableBuilder(origin: .inline, line: line)
        skipSpaces()
        if consume(UInt8(ascii: "}")) { return .table(table.table) }
        while true {
            skipSpaces()
            try readKeyValue(into: table, origin: .inline)
            skipSpaces()
            if consume(UInt8(ascii: ",")) { continue }
            guard consume(UInt8(ascii: "}")) else {
                throw failure("expected ',' or '}' in the inline table; an inline table stays on one line")
            }
            return .table(table.table)
        }
    }

    /// `"text"`, with backslash escapes, on one line.
    mutating func readBasicString() throws(MetadataError) -> String {
        position += 1
        var result: [UInt8] = []
        while true {
            guard let byte = peek, byte != 0x0A else {
                throw failure("the string is never closed on its line; end it with \"")
            }
            position += 1
            switch byte {
            case UInt8(ascii: "\""): return String(decoding: result, as: UTF8.self)
            case UInt8(ascii: "\\"): try readEscape(into: &result)
            default:
                try rejectControl(byte)
                result.append(byte)
            }
        }
    }

    /// `'text'`, as written, on one line.
    mutating func readLiteralString() throws(MetadataError) -> String {
        position += 1
        let start = position
        while true {
            guard let byte = peek, byte != 0x0A else {
                throw failure("the string is never closed on its line; end it with '")
            }
            if byte == UInt8(ascii: "'") {
                defer { position += 1 }
                return text(start..<position)
            }
            try rejectControl(byte)
            position += 1
        }
    }

    /// `"""…"""` or `'''…'''`: a newline right after the opening quotes is dropped; in the basic
    /// form a backslash at the end of a line joins it to the next non-blank text.
    private mutating func readMultilineString(quote: UInt8) throws(MetadataError) -> String {
        let isBasic = quote == UInt8(ascii: "\"")
        let openingLine = line
        position += 3
        _ = try consumeNewline()
        var result: [UInt8] = []
        while true {
            guard let byte = peek else {
                line = openingLine
                throw failure("the multi-line string is never closed; end it with \(isBasic ? "\"\"\"" : "'''")")
            }
            if byte == quote {
                var count = 0
                while self.byte(at: count) == quote { count += 1 }
                if count >= 3 {
                    guard count <= 5 else { throw failure("too many quotes at the end of a multi-line string") }
                    result.append(contentsOf: repeatElement(quote, count: count - 3))
                    position += count
                    return String(decoding: result, as: UTF8.self)
                }
                result.append(contentsOf: repeatElement(quote, count: count))
                position += count
            } else if try consumeNewline() {
                result.append(0x0A)
            } else if isBasic && byte == UInt8(ascii: "\\") {
                position += 1
                if try skipLineEndingBackslash() { continue }
                try readEscape(into: &result)
            } else {
                try rejectControl(byte)
                result.append(byte)
                position += 1
            }
        }
    }

    /// After a backslash: true, having skipped them, when only blanks stand before the line's
    /// end, and then every blank and line break up to the next text.
    private mutating func skipLineEndingBackslash() throws(MetadataError) -> Bool {
        var offset = 0
        while let byte = byte(at: offset), byte == 0x20 || byte == 0x09 { offset += 1 }
        guard byte(at: offset) == 0x0A || (byte(at: offset) == 0x0D && byte(at: offset + 1) == 0x0A) else {
            return false
        }
        position += offset
        while true {
            skipSpaces()
            guard try consumeNewline() else { return true }
        }
    }

    /// The escape after a backslash: `\b \t \n \f \r \" \\ \uXXXX \UXXXXXXXX`.
    private mutating func readEscape(into result: inout [UInt8]) throws(MetadataError) {
        guard let byte = peek else { throw failure("the string is never closed") }
        position += 1
        let simple: UInt8? =
            switch byte {
            case UInt8(ascii: "b"): 0x08
            case UInt8(ascii: "t"): 0x09
            case UInt8(ascii: "n"): 0x0A
            case UInt8(ascii: "f"): 0x0C
            case UInt8(ascii: "r"): 0x0D
            case UInt8(ascii: "\""): UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): UInt8(ascii: "\\")
            default: nil
            }
        if let simple {
            result.append(simple)
            return
        }
        guard byte == UInt8(ascii: "u") || byte == UInt8(ascii: "U") else {
            throw failure("unknown escape \\\(Character(Unicode.Scalar(byte))); write \\\\ for a backslash")
        }
        let count = byte == UInt8(ascii: "u") ? 4 : 8
        var value: UInt32 = 0
        for _ in 0..<count {
            guard let digit = peek.flatMap({ Self.hexValue($0) }) else {
                throw failure("\\\(Character(Unicode.Scalar(byte))) needs \(count) hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
            position += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw failure(
                "\\\(Character(Unicode.Scalar(byte)))\(String(value, radix: 16)) is not a Unicode scalar value")
        }
        result.append(contentsOf: String(Character(scalar)).utf8)
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: byte - 0x30
        case 0x41...0x46: byte - 0x37
        case 0x61...0x66: byte - 0x57
        default: nil
        }
    }

    /// A number, boolean, date or time: the run of bytes up to the next delimiter.
    private mutating func readScalar() throws(MetadataError) -> MetadataValue {
        let start = position
        while let byte = peek, Self.isScalarByte(byte) { position += 1 }
        // A date and a time may be separated by a space: `1979-05-27 07:32:00`.
        if position - start == 10, peek == 0x20, let hour = byte(at: 1), let next = byte(at: 2),
            Self.isDigit(hour), Self.isDigit(next), byte(at: 3) == UInt8(ascii: ":")
        {
            position += 1
            while let byte = peek, Self.isScalarByte(byte) { position += 1 }
        }
        guard position > start else { throw failure("expected a value, found \(Self.describe(peek ?? 0))") }
        let token = UnsafeBufferPointer(rebasing: bytes[start..<position])
        if let value = TOMLScalar.parse(token) { return value }
        throw failure("'\(text(start..<position))' is not a TOML value; quote text, as in key = \"text\"")
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isScalarByte(_ byte: UInt8) -> Bool {
        isBareKeyByte(byte) || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
    }
}
