/// Reads JSON front matter and configuration files, keeping the order and line of every key
/// (Foundation's parser keeps neither, and on Linux cannot tell `true` from `1`).
struct JSONReader {
    private let bytes: [UInt8]
    private var position = 0
    private var line: Int
    /// Nesting deeper than this is refused rather than overflowing the stack.
    private var depth = 0
    static let maximumDepth = 64

    /// - Parameter firstLine: the file's 1-based line number of the text's first line.
    static func readTable(_ text: String, firstLine: Int) throws(MetadataError) -> MetadataTable {
        var reader = JSONReader(bytes: Array(text.utf8), line: firstLine)
        reader.skipWhitespace()
        guard reader.peek == UInt8(ascii: "{") else {
            throw MetadataError(line: reader.line, reason: "JSON front matter must be an object")
        }
        guard case .table(let table) = try reader.readWhole() else { return MetadataTable() }
        return table
    }

    /// A document whose top level is any value (a data file's list, say).
    static func readDocument(_ text: String, firstLine: Int) throws(MetadataError) -> MetadataValue {
        var reader = JSONReader(bytes: Array(text.utf8), line: firstLine)
        reader.skipWhitespace()
        return try reader.readWhole()
    }

    /// The value, and nothing after it.
    private mutating func readWhole() throws(MetadataError) -> MetadataValue {
        let value = try readValue()
        skipWhitespace()
        guard position == bytes.count else { throw failure("unexpected text after the value") }
        return value
    }

    private init(bytes: [UInt8], line: Int) {
        self.bytes = bytes
        self.line = line
    }

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    private func failure(_ reason: String) -> MetadataError {
        MetadataError(line: line, reason: "JSON: \(reason)")
    }

    private mutating func skipWhitespace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            if byte == 0x0A { line += 1 }
            position += 1
        }
    }

    private mutating func expect(_ character: Character) throws(MetadataError) {
        skipWhitespace()
        guard peek == character.asciiValue else { throw failure("expected '\(character)'") }
        position += 1
    }

    private mutating func readValue() throws(MetadataError) -> MetadataValue {
        skipWhitespace()
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw failure("nested more than \(Self.maximumDepth) levels deep") }
        switch peek {
        case UInt8(ascii: "{"): return .table(try readObject())
        case UInt8(ascii: "["): return .array(try readArray())
        case UInt8(ascii: "\""): return .string(try readString())
        case UInt8(ascii: "t"): return try readWord("true", as: .bool(true))
        case UInt8(ascii: "f"): return try readWord("false", as: .bool(false))
        case UInt8(ascii: "n"): return try readWord("null", as: .null)
        case .some(let byte) where byte == UInt8(ascii: "-") || (byte >= 0x30 && byte <= 0x39):
            return try readNumber()
        case nil: throw failure("the object is not closed")
        default: throw failure("unexpected character")
        }
    }

    private mutating func readObject() throws(MetadataError) -> MetadataTable {
        position += 1
        var table = MetadataTable()
        skipWhitespace()
        if peek == UInt8(ascii: "}") {
            position += 1
            return table
        }
        while true {
            skipWhitespace()
            let keyLine = line
            guard peek == UInt8(ascii: "\"") else { throw failure("expected a quoted key") }
            let key = try readString()
            try expect(":")
            table.append(.init(key: key, value: try readValue(), line: keyLine))
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect("}")
            return table
        }
    }

    private mutating func readArray() throws(MetadataError) -> [MetadataValue] {
        position += 1
        var items: [MetadataValue] = []
        skipWhitespace()
        if peek == UInt8(ascii: "]") {
            position += 1
            return items
        }
        while true {
            items.append(try readValue())
            skipWhitespace()
            if peek == UInt8(ascii: ",") {
                position += 1
                continue
            }
            try expect("]")
            return items
        }
    }

    private mutating func readWord(_ word: String, as value: MetadataValue) throws(MetadataError) -> MetadataValue {
        let end = position + word.utf8.count
        guard end <= bytes.count, bytes[position..<end].elementsEqual(word.utf8) else {
            throw failure("unexpected character")
        }
        position = end
        return value
    }

    private mutating func readNumber() throws(MetadataError) -> MetadataValue {
        let start = position
        while let byte = peek, (byte >= 0x30 && byte <= 0x39) || "+-.eE".utf8.contains(byte) {
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if let integer = Int(text) { return .integer(integer) }
        if let number = Double(text) { return .float(number) }
        throw failure("\(text) is not a number")
    }

    private mutating func readString() throws(MetadataError) -> String {
        position += 1
        var scalars: [UInt8] = []
        while let byte = peek {
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try readEscape(into: &scalars)
            case 0x0A:
                throw failure("a string is not closed on its line")
            default:
                scalars.append(byte)
            }
        }
        throw failure("a string is not closed")
    }

    private mutating func readEscape(into scalars: inout [UInt8]) throws(MetadataError) {
        guard let byte = peek else { throw failure("a string is not closed") }
        position += 1
        let simple: [UInt8: UInt8] = [
            UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
            UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
            UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
        ]
        if let replacement = simple[byte] {
            scalars.append(replacement)
            return
        }
        guard byte == UInt8(ascii: "u") else { throw failure("unknown escape \\\(Character(Unicode.Scalar(byte)))") }
        var code = try readHex4()
        if (0xD800..<0xDC00).contains(code) {
            guard peek == UInt8(ascii: "\\") else { throw failure("unpaired surrogate \\u\(String(code, radix: 16))") }
            position += 1
            guard peek == UInt8(ascii: "u") else { throw failure("unpaired surrogate") }
            position += 1
            let low = try readHex4()
            guard (0xDC00...0xDFFF).contains(low) else { throw failure("unpaired surrogate") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw failure("invalid \\u escape") }
        scalars.append(contentsOf: String(scalar).utf8)
    }

    private mutating func readHex4() throws(MetadataError) -> UInt32 {
        let end = position + 4
        guard end <= bytes.count, let code = UInt32(String(decoding: bytes[position..<end], as: UTF8.self), radix: 16)
        else { throw failure("invalid \\u escape") }
        position = end
        return code
    }
}
