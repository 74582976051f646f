/// An output's expression, `page.title | append: " — " | upcase`: a value, then filters, each
/// with its arguments, as Liquid parses it.
struct LiquidExpression {
    /// A literal or a variable's path (`site.author.name`, `page.tags[0]`).
    enum Operand: Equatable {
        case literal(LiquidValue)
        case variable([String])
    }

    struct Filter: Equatable {
        let name: String
        let arguments: [Operand]
    }

    let operand: Operand
    let filters: [Filter]

    /// Nil for what Liquid could not parse either.
    init?(_ markup: String) {
        var tokens = Self.tokens(of: markup)[...]
        guard let first = tokens.popFirst(), let operand = Self.operand(first) else { return nil }
        var filters: [Filter] = []
        while let bar = tokens.popFirst() {
            guard bar == "|", let name = tokens.popFirst(), name.first?.isLetter == true else { return nil }
            var arguments: [Operand] = []
            if tokens.first == ":" {
                tokens.removeFirst()
                while let token = tokens.first, token != "|" {
                    tokens.removeFirst()
                    if token == "," { continue }
                    // A named argument (`allow_false: true`) is read for its value.
                    if tokens.first == ":" {
                        tokens.removeFirst()
                        continue
                    }
                    guard let argument = Self.operand(token) else { return nil }
                    arguments.append(argument)
                }
            }
            filters.append(Filter(name: name, arguments: arguments))
        }
        self.operand = operand
        self.filters = filters
    }

    /// Quoted strings, `|`, `:`, `,` and runs of anything else.
    private static func tokens(of markup: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        var quote: Character?
        func flush() {
            if !current.isEmpty { tokens.append(current) }
            current = ""
        }
        for character in markup {
            if let open = quote {
                current.append(character)
                if character == open {
                    quote = nil
                    flush()
                }
            } else if character == "\"" || character == "'" {
                flush()
                quote = character
                current.append(character)
            } else if "|:,".contains(character) {
                flush()
                tokens.append(String(character))
            } else if character.isWhitespace {
                flush()
            } else {
                current.append(character)
            }
        }
        flush()
        return tokens
    }

    private static func operand(_ token: String) -> Operand? {
        if let first = token.first, first == "\"" || first == "'" {
            guard token.count >= 2, token.last == first else { return nil }
            return .literal(.text(String(token.dropFirst().dropLast())))
        }
        switch token {
        case "true": return .literal(.bool(true))
        case "false": return .literal(.bool(false))
        case "nil", "null": return .literal(.nothing)
        default: break
        }
        if let number = Int(token) { return .literal(.integer(number)) }
        if let number = Double(token), token.first?.isNumber == true || token.first == "-" {
            return .literal(.number(number))
        }
        // `a.b[0]["c"]` as the keys a, b, 0, c.
        var path: [String] = []
        var rest = Substring(token)
        while !rest.isEmpty {
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else { return nil }
                var key = rest[rest.index(after: rest.startIndex)..<close]
                if let quote = key.first, quote == "\"" || quote == "'", key.count >= 2 {
                    key = key.dropFirst().dropLast()
                }
                path.append(String(key))
                rest = rest[rest.index(after: close)...]
            } else {
                if rest.first == "." { rest = rest.dropFirst() }
                let name = rest.prefix { $0 != "." && $0 != "[" }
                guard !name.isEmpty,
                    name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" || $0 == "?" })
                else { return nil }
                path.append(String(name))
                rest = rest[name.endIndex...]
            }
        }
        return path.isEmpty ? nil : .variable(path)
    }
}
