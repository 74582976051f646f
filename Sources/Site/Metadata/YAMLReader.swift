import CYAML

/// Reads a YAML mapping through libyaml's event parser: an order of magnitude faster than
/// building a YAML node graph, which matters when a scan reads thousands of front matters.
///
/// One reader owns one `yaml_parser_t` and frees it in `deinit`.
final class YAMLReader {
    private var parser = yaml_parser_t()
    private var anchors: [String: MetadataValue] = [:]
    /// Nesting deeper than this is refused rather than overflowing the stack.
    private var depth = 0
    /// Added to libyaml's 0-based line numbers so lines are counted from the top of the file.
    private let firstLine: Int
    /// The text given to libyaml when it is not the caller's: see `withoutUnicodeBreaks`.
    private let substitute: UnsafeMutableBufferPointer<UInt8>?

    /// - Parameters:
    ///   - bytes: the YAML text; it must stay alive until `readMapping()` returns.
    ///   - firstLine: the file's 1-based line number of the text's first line.
    init(bytes: UnsafeRawBufferPointer, firstLine: Int) {
        self.firstLine = firstLine
        substitute = Self.withoutUnicodeBreaks(bytes.assumingMemoryBound(to: UInt8.self)).map { text in
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: text.count)
            _ = copy.initialize(from: text)
            return copy
        }
        yaml_parser_initialize(&parser)
        if let substitute {
            yaml_parser_set_input_string(&parser, substitute.baseAddress, substitute.count)
        } else {
            yaml_parser_set_input_string(&parser, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count)
        }
    }

    deinit {
        yaml_parser_delete(&parser)
        substitute?.deallocate()
    }

    /// Reads a document whose top level is a mapping; an empty document is an empty table.
    func readMapping() throws(MetadataError) -> MetadataTable {
        switch try readDocument() {
        case .null: return MetadataTable()
        case .table(let table): return table
        case .string(let text) where text.isEmpty: return MetadataTable()
        default: throw MetadataError(line: documentLine, reason: "front matter must be a mapping of keys to values")
        }
    }

    /// The line the document's top level starts on, once it is read.
    private var documentLine = 0

    /// Reads a document whose top level is any value (a data file's list, say); an empty
    /// document is null.
    func readDocument() throws(MetadataError) -> MetadataValue {
        var event = try nextEvent()  // stream start
        yaml_event_delete(&event)
        event = try nextEvent()
        defer { yaml_event_delete(&event) }
        guard event.type == YAML_DOCUMENT_START_EVENT else { return .null }
        var first = try nextEvent()
        defer { yaml_event_delete(&first) }
        documentLine = line(of: first)
        return try readValue(startingAt: first)
    }

    private func nextEvent() throws(MetadataError) -> yaml_event_t {
        var event = yaml_event_t()
        guard yaml_parser_parse(&parser, &event) == 1 else {
            let problem = parser.problem.map { String(cString: $0) } ?? "invalid YAML"
            let context = parser.context.map { String(cString: $0) + ": " } ?? ""
            throw MetadataError(line: fileLine(Int(parser.problem_mark.line)), reason: "YAML: \(context)\(problem)")
        }
        return event
    }

    private func line(of event: yaml_event_t) -> Int {
        fileLine(Int(event.start_mark.line))
    }

    private func fileLine(_ yamlLine: Int) -> Int { yamlLine + firstLine }

    /// libyaml reads YAML 1.1, where U+0085, U+2028 and U+2029 break lines: in a plain scalar
    /// they end the line, so `summary: one<U+2028>two` fails, and every line number after them
    /// is off. Hugo and Jekyll read them as characters. Each is swapped for a private-use
    /// character of plane 15 before libyaml reads the text, and back in every scalar; nil when
    /// the text holds none (nearly every file), or already holds one of the stand-ins.
    private static func withoutUnicodeBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        let breaks = unicodeBreaks.map(\.original)
        guard
            breaks.contains(where: { pattern in
                pattern.withUnsafeBufferPointer { bytes.firstOffset(of: $0, from: 0) != nil }
            }),
            !unicodeBreaks.contains(where: { pair in
                pair.standIn.withUnsafeBufferPointer { bytes.firstOffset(of: $0, from: 0) != nil }
            })
        else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            if let pair = unicodeBreaks.first(where: { pair in
                index + pair.original.count <= bytes.count
                    && bytes[index..<(index + pair.original.count)].elementsEqual(pair.original)
            }) {
                result += pair.standIn
                index += pair.original.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    private static let unicodeBreaks: [(original: [UInt8], standIn: [UInt8])] = [
        ([0xC2, 0x85], [0xF3, 0xB0, 0x80, 0x80]),
        ([0xE2, 0x80, 0xA8], [0xF3, 0xB0, 0x80, 0x81]),
        ([0xE2, 0x80, 0xA9], [0xF3, 0xB0, 0x80, 0x82]),
    ]

    /// Reads the value that `event` starts; the caller deletes `event`.
    private func readValue(startingAt event: yaml_event_t) throws(MetadataError) -> MetadataValue {
        depth += 1
        defer { depth -= 1 }
        guard depth <= JSONReader.maximumDepth else {
            throw MetadataError(
                line: line(of: event), reason: "YAML: nested more than \(JSONReader.maximumDepth) levels deep")
        }
        switch event.type {
        case YAML_SCALAR_EVENT:
            let value = resolveScalar(event)
            remember(value, anchor: event.data.scalar.anchor)
            return value
        case YAML_SEQUENCE_START_EVENT:
            var items: [MetadataValue] = []
            while true {
                var next = try nextEvent()
                defer { yaml_event_delete(&next) }
                if next.type == YAML_SEQUENCE_END_EVENT { break }
                items.append(try readValue(startingAt: next))
            }
            let value = MetadataValue.array(items)
            remember(value, anchor: event.data.sequence_start.anchor)
            return value
        case YAML_MAPPING_START_EVENT:
            return try readMapping(startingAt: event)
        case YAML_ALIAS_EVENT:
            let name = String(cString: event.data.alias.anchor)
            guard let value = anchors[name] else {
                throw MetadataError(line: line(of: event), reason: "YAML: unknown alias *\(name)")
            }
            return value
        default:
            throw MetadataError(line: line(of: event), reason: "YAML: unexpected structure")
        }
    }

    private func readMapping(startingAt event: yaml_event_t) throws(MetadataError) -> MetadataValue {
        var table = MetadataTable()
        while true {
            var keyEvent = try nextEvent()
            defer { yaml_event_delete(&keyEvent) }
            if keyEvent.type == YAML_MAPPING_END_EVENT { break }
            guard keyEvent.type == YAML_SCALAR_EVENT else {
                throw MetadataError(line: line(of: keyEvent), reason: "YAML: keys must be plain text")
            }
            var valueEvent = try nextEvent()
            defer { yaml_event_delete(&valueEvent) }
            let value = try readValue(startingAt: valueEvent)
            table.append(.init(key: scalarText(keyEvent), value: value, line: line(of: keyEvent)))
        }
        let value = MetadataValue.table(table)
        remember(value, anchor: event.data.mapping_start.anchor)
        return value
    }

    private func remember(_ value: MetadataValue, anchor: UnsafeMutablePointer<yaml_char_t>?) {
        if let anchor { anchors[String(cString: anchor)] = value }
    }

    private func scalarText(_ event: yaml_event_t) -> String {
        let scalar = event.data.scalar
        let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
        guard substitute != nil else { return text }
        return text.unicodeScalars.contains(where: { (0xF0000...0xF0002).contains($0.value) })
            ? String(
                String.UnicodeScalarView(
                    text.unicodeScalars.map {
                        switch $0.value {
                        case 0xF0000: "\u{85}"
                        case 0xF0001: "\u{2028}"
                        case 0xF0002: "\u{2029}"
                        default: $0
                        }
                    })) : text
    }

    /// Gives plain scalars the types YAML 1.1 gives them (as Hugo's YAML library does);
    /// quoted scalars and explicitly tagged strings stay text.
    private func resolveScalar(_ event: yaml_event_t) -> MetadataValue {
        let text = scalarText(event)
        let scalar = event.data.scalar
        if let tag = scalar.tag {
            let name = String(cString: tag)
            if name == "tag:yaml.org,2002:str" { return .string(text) }
        }
        guard scalar.style == YAML_PLAIN_SCALAR_STYLE else { return .string(text) }
        return Self.resolvePlain(text)
    }

    /// YAML 1.1's other integer forms, as Hugo's YAML library reads them: `0x1F`, `0o17` or
    /// `017` (octal), and `_` between digits (`1_000`).
    private static func yaml11Integer(_ text: String) -> Int? {
        let sign = text.hasPrefix("-") ? -1 : 1
        var digits = Substring(text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text))
        digits = Substring(digits.filter { $0 != "_" })
        guard !digits.isEmpty else { return nil }
        if digits.hasPrefix("0x") { return Int(digits.dropFirst(2), radix: 16).map { $0 * sign } }
        if digits.hasPrefix("0o") { return Int(digits.dropFirst(2), radix: 8).map { $0 * sign } }
        if digits.hasPrefix("0"), digits.count > 1 { return Int(digits.dropFirst(), radix: 8).map { $0 * sign } }
        return Int(digits).map { $0 * sign }
    }

    /// Digits, hexadecimal letters, signs, points and underscores: every byte of a YAML 1.1
    /// number (`0x1F`, `0o17`, `1_000`, `-1.5e3`, `.inf`) is one of these.
    private static func mayBeInNumber(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (byte >= 0x30 && byte <= 0x39) || (lower >= 0x61 && lower <= 0x66) || lower == UInt8(ascii: "x")
            || lower == UInt8(ascii: "o") || lower == UInt8(ascii: "i") || lower == UInt8(ascii: "n")
            || lower == UInt8(ascii: "t") || lower == UInt8(ascii: "y")
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-")
            || byte == UInt8(ascii: ".")
    }

    static func resolvePlain(_ text: String) -> MetadataValue {
        // No null or boolean is longer than `false`: longer text skips the comparisons.
        if text.utf8.count <= 5 {
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON": return .bool(true)
            case "false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF": return .bool(false)
            default: break
            }
        }
        guard let first = text.utf8.first,
            first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".")
                || (first >= 0x30 && first <= 0x39),
            // Dates and titles that start with a digit (`2024-01-02T10:00:00Z`, `10 things`) hold
            // a byte no number has: they are text, without trying every number form on them.
            text.utf8.allSatisfy(Self.mayBeInNumber)
        else {
            return .string(text)
        }
        if let number = Self.yaml11Integer(text) ?? Int(text) { return .integer(number) }
        if text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }), let number = Double(text), number.isFinite {
            return .float(number)
        }
        return .string(text)
    }
}
