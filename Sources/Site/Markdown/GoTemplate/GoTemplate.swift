/// A Go template (`text/template` syntax) of the size shortcodes are written in, parsed so that
/// Herald can run a site's own `layouts/shortcodes/*.html` without Hugo: text, `{{ pipeline }}`,
/// variables, `if`/`else if`/`with`/`range`/`else`/`end` (with `$x :=` in their condition),
/// `return` (a partial's value), comments and `{{-`/`-}}`. `define`, `template` and `block` are
/// refused, so a template that needs them is reported rather than half run.
struct GoTemplate: Sendable {
    indirect enum Node: Sendable {
        case text(String)
        case output(Pipeline)
        /// `$name := pipeline` (declaring) or `$name = pipeline`.
        case assignment(name: String, Pipeline)
        /// `if`/`with`: the first branch whose pipeline is true runs; `with` also sets the dot.
        /// A condition may declare a variable (`with $v := …`) set to its value.
        case branches(isWith: Bool, [Branch], otherwise: [Node])
        case range(variables: [String], Pipeline, body: [Node], otherwise: [Node])
        /// A partial's `return`: its value, and the end of it.
        case `return`(Pipeline)
    }

    struct Branch: Sendable {
        let variable: String?
        let condition: Pipeline
        let body: [Node]
    }

    /// Commands joined by `|`: each one's result is the last argument of the next.
    struct Pipeline: Sendable {
        let commands: [[Operand]]
    }

    indirect enum Operand: Sendable {
        /// A function's name (`markdownify`, `strings.ToLower`).
        case function(String)
        /// `.A.B` on the dot, `$x.A` on a variable (`$` is the template's own data).
        case field(variable: String?, path: [String])
        case string(String)
        case number(Double)
        case bool(Bool)
        case null
        case pipeline(Pipeline)
        /// `(pipeline).A.B`: fields of what a parenthesized pipeline gives.
        case chain(Pipeline, path: [String])
    }

    struct Failure: Error, Sendable {
        let reason: String
    }

    let nodes: [Node]
    /// Whether the template uses `.Inner`, which makes its shortcode a pair.
    let usesInner: Bool

    init(parsing text: String) throws(Failure) {
        var parser = GoTemplateParser(items: try GoTemplateLexer.items(of: text))
        nodes = try parser.nodes(until: [])
        usesInner = text.contains(".Inner")
    }
}

/// The text and actions of a template, white space trimmed where `{{-` and `-}}` say.
enum GoTemplateLexer {
    enum Item {
        case text(String)
        case action([Token])
    }

    enum Token: Equatable {
        case word(String)
        case field(String)
        /// `.A.B` right after a `)`.
        case chain(String)
        case variable(String)
        case string(String)
        case number(Double)
        case open, close, pipe, declare, assign, comma
    }

    static func items(of text: String) throws(GoTemplate.Failure) -> [Item] {
        var items: [Item] = []
        var rest = Substring(text)
        var trimNext = false
        while let open = rest.range(of: "{{") {
            var before = String(rest[..<open.lowerBound])
            if trimNext { before = String(before.drop(while: \.isWhitespace)) }
            var inside = rest[open.upperBound...]
            if inside.hasPrefix("- ") || inside.hasPrefix("-\n") || inside.hasPrefix("-\t") {
                while before.last?.isWhitespace == true { before.removeLast() }
                inside = inside.dropFirst(2)
            }
            if !before.isEmpty { items.append(.text(before)) }
            let (tokens, remainder, trims) = try action(inside)
            if let tokens { items.append(.action(tokens)) }
            trimNext = trims
            rest = remainder
        }
        let last = trimNext ? String(rest.drop(while: \.isWhitespace)) : String(rest)
        if !last.isEmpty { items.append(.text(last)) }
        return items
    }

    /// One action's tokens (nil for a comment), what follows it, and whether it trims after.
    private static func action(_ text: Substring) throws(GoTemplate.Failure) -> ([Token]?, Substring, Bool) {
        var rest = text.drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        if rest.hasPrefix("/*") {
            guard let end = rest.range(of: "*/") else { throw GoTemplate.Failure(reason: "a comment is never closed") }
            var after = rest[end.upperBound...].drop { $0 == " " || $0 == "\t" || $0 == "\n" }
            let trims = after.hasPrefix("-}}")
            if trims { after = after.dropFirst() }
            guard after.hasPrefix("}}") else {
                throw GoTemplate.Failure(reason: "a comment is not alone in its action")
            }
            return (nil, after.dropFirst(2), trims)
        }
        var tokens: [Token] = []
        while true {
            let start = rest.startIndex
            rest = rest.drop { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
            let isSpaced = rest.startIndex != start
            if rest.hasPrefix("-}}") { return (tokens, rest.dropFirst(3), true) }
            if rest.hasPrefix("}}") { return (tokens, rest.dropFirst(2), false) }
            guard let first = rest.first else { throw GoTemplate.Failure(reason: "an action is never closed with }}") }
            switch first {
            case "(": tokens.append(.open); rest = rest.dropFirst()
            case ")": tokens.append(.close); rest = rest.dropFirst()
            case "|": tokens.append(.pipe); rest = rest.dropFirst()
            case ",": tokens.append(.comma); rest = rest.dropFirst()
            case "=": tokens.append(.assign); rest = rest.dropFirst()
            case ":":
                guard rest.hasPrefix(":=") else { throw GoTemplate.Failure(reason: "':' without '='") }
                tokens.append(.declare)
                rest = rest.dropFirst(2)
            case "\"":
                let (string, after) = try quoted(rest.dropFirst())
                tokens.append(.string(string))
                rest = after
            case "`":
                guard let end = rest.dropFirst().firstIndex(of: "`") else {
                    throw GoTemplate.Failure(reason: "a raw string is never closed")
                }
                tokens.append(.string(String(rest[rest.index(after: rest.startIndex)..<end])))
                rest = rest[rest.index(after: end)...]
            default:
                var end = rest.startIndex
                while end < rest.endIndex, !" \t\n\r()|,=\"`".contains(rest[end]), !rest[end...].hasPrefix("}}") {
                    end = rest.index(after: end)
                }
                let trimmed = rest[..<end]
                guard !trimmed.isEmpty else { throw GoTemplate.Failure(reason: "unexpected '\(first)'") }
                rest = rest[end...]
                if trimmed.hasPrefix("$") {
                    tokens.append(.variable(String(trimmed)))
                } else if trimmed.hasPrefix("."), !isSpaced, tokens.last == .close {
                    tokens.append(.chain(String(trimmed)))
                } else if trimmed.hasPrefix(".") {
                    tokens.append(.field(String(trimmed)))
                } else if let number = Double(trimmed) {
                    tokens.append(.number(number))
                } else {
                    tokens.append(.word(String(trimmed)))
                }
            }
        }
    }

    private static func quoted(_ text: Substring) throws(GoTemplate.Failure) -> (String, Substring) {
        var result = ""
        var rest = text
        while let character = rest.first {
            rest = rest.dropFirst()
            switch character {
            case "\"": return (result, rest)
            case "\\":
                guard let escaped = rest.first else { break }
                rest = rest.dropFirst()
                switch escaped {
                case "n": result.append("\n")
                case "t": result.append("\t")
                default: result.append(escaped)
                }
            default: result.append(character)
            }
        }
        throw GoTemplate.Failure(reason: "a string is never closed")
    }
}

/// Builds the nodes of a template from its items.
struct GoTemplateParser {
    private let items: [GoTemplateLexer.Item]
    private var position = 0

    init(items: [GoTemplateLexer.Item]) {
        self.items = items
    }

    /// Nodes up to one of the keywords in `ends` (left for the caller), or the end.
    mutating func nodes(until ends: Set<String>) throws(GoTemplate.Failure) -> [GoTemplate.Node] {
        var nodes: [GoTemplate.Node] = []
        while position < items.count {
            switch items[position] {
            case .text(let text):
                nodes.append(.text(text))
                position += 1
            case .action(let tokens):
                if case .word(let keyword)? = tokens.first, ends.contains(keyword) { return nodes }
                position += 1
                nodes.append(try node(tokens))
            }
        }
        guard ends.isEmpty else { throw GoTemplate.Failure(reason: "an if, with or range is never ended") }
        return nodes
    }

    private mutating func node(_ tokens: [GoTemplateLexer.Token]) throws(GoTemplate.Failure) -> GoTemplate.Node {
        if case .word(let keyword)? = tokens.first {
            switch keyword {
            case "if", "with": return try branches(isWith: keyword == "with", first: Array(tokens.dropFirst()))
            case "range": return try range(Array(tokens.dropFirst()))
            case "else", "end": throw GoTemplate.Failure(reason: "{{ \(keyword) }} without an if, with or range")
            case "return": return .return(try Self.pipeline(Array(tokens.dropFirst())))
            case "define", "template", "block", "break", "continue":
                throw GoTemplate.Failure(reason: "\(keyword) is not run by Herald")
            default: break
            }
        }
        if case .variable(let name)? = tokens.first, tokens.count > 2,
            tokens[1] == .declare || tokens[1] == .assign
        {
            return .assignment(name: name, try Self.pipeline(Array(tokens.dropFirst(2))))
        }
        return .output(try Self.pipeline(tokens))
    }

    private mutating func branches(isWith: Bool, first: [GoTemplateLexer.Token]) throws(GoTemplate.Failure)
        -> GoTemplate.Node
    {
        var branches = [try branch(first)]
        while case .action(let tokens) = items[position], tokens.first == .word("else") {
            position += 1
            if tokens.count > 1, tokens[1] == .word("if") || tokens[1] == .word("with") {
                branches.append(try branch(Array(tokens.dropFirst(2))))
            } else {
                let otherwise = try nodes(until: ["end"])
                position += 1
                return .branches(isWith: isWith, branches, otherwise: otherwise)
            }
        }
        position += 1
        return .branches(isWith: isWith, branches, otherwise: [])
    }

    /// A condition, with the variable it declares if it does, and the body up to its `else` or `end`.
    private mutating func branch(_ tokens: [GoTemplateLexer.Token]) throws(GoTemplate.Failure) -> GoTemplate.Branch {
        var variable: String?
        var condition = tokens
        if case .variable(let name)? = tokens.first, tokens.count > 2, tokens[1] == .declare || tokens[1] == .assign {
            variable = name
            condition = Array(tokens.dropFirst(2))
        }
        return GoTemplate.Branch(
            variable: variable, condition: try Self.pipeline(condition), body: try nodes(until: ["else", "end"]))
    }

    private mutating func range(_ tokens: [GoTemplateLexer.Token]) throws(GoTemplate.Failure) -> GoTemplate.Node {
        var variables: [String] = []
        var rest = tokens[...]
        if let declare = tokens.firstIndex(of: .declare) {
            for token in tokens[..<declare] {
                switch token {
                case .variable(let name): variables.append(name)
                case .comma: continue
                default: throw GoTemplate.Failure(reason: "a range declares only variables")
                }
            }
            rest = tokens[(declare + 1)...]
        }
        let pipeline = try Self.pipeline(Array(rest))
        let body = try nodes(until: ["else", "end"])
        var otherwise: [GoTemplate.Node] = []
        if case .action(let ending) = items[position], ending.first == .word("else") {
            position += 1
            otherwise = try nodes(until: ["end"])
        }
        position += 1
        return .range(variables: variables, pipeline, body: body, otherwise: otherwise)
    }

    static func pipeline(_ tokens: [GoTemplateLexer.Token]) throws(GoTemplate.Failure) -> GoTemplate.Pipeline {
        var index = 0
        let pipeline = try pipeline(tokens, from: &index)
        guard index == tokens.count else { throw GoTemplate.Failure(reason: "unexpected ')'") }
        return pipeline
    }

    private static func pipeline(_ tokens: [GoTemplateLexer.Token], from index: inout Int) throws(GoTemplate.Failure)
        -> GoTemplate.Pipeline
    {
        var commands: [[GoTemplate.Operand]] = [[]]
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .pipe: commands.append([])
            case .close:
                index -= 1
                return try finished(commands)
            case .open:
                let inner = try pipeline(tokens, from: &index)
                guard index < tokens.count, tokens[index] == .close else {
                    throw GoTemplate.Failure(reason: "'(' is never closed")
                }
                index += 1
                commands[commands.count - 1].append(.pipeline(inner))
            case .word(let word):
                let operand: GoTemplate.Operand =
                    switch word {
                    case "true": .bool(true)
                    case "false": .bool(false)
                    case "nil": .null
                    default: .function(word)
                    }
                commands[commands.count - 1].append(operand)
            case .field(let path):
                commands[commands.count - 1].append(.field(variable: nil, path: Self.path(path)))
            case .chain(let path):
                guard case .pipeline(let inner)? = commands[commands.count - 1].last else {
                    throw GoTemplate.Failure(reason: "unexpected \(path)")
                }
                commands[commands.count - 1][commands[commands.count - 1].count - 1] = .chain(
                    inner, path: Self.path(path))
            case .variable(let name):
                let parts = name.split(separator: ".", omittingEmptySubsequences: false)
                commands[commands.count - 1].append(
                    .field(variable: String(parts[0]), path: parts.dropFirst().map(String.init)))
            case .string(let text): commands[commands.count - 1].append(.string(text))
            case .number(let number): commands[commands.count - 1].append(.number(number))
            case .declare, .assign, .comma: throw GoTemplate.Failure(reason: "unexpected '=' or ','")
            }
        }
        return try finished(commands)
    }

    private static func finished(_ commands: [[GoTemplate.Operand]]) throws(GoTemplate.Failure) -> GoTemplate.Pipeline {
        guard !commands.contains(where: \.isEmpty) else { throw GoTemplate.Failure(reason: "an empty command") }
        return GoTemplate.Pipeline(commands: commands)
    }

    /// `.A.B` as `["A", "B"]`; `.` alone as `[]`.
    private static func path(_ field: String) -> [String] {
        field.split(separator: ".").map(String.init)
    }
}
