import Foundation

extension GoTemplate {
    /// The template's output for one shortcode call; a field, method or function Herald does
    /// not have, or a value of the wrong kind, is a failure (the call is then not rendered).
    /// - Parameter dot: what `.` is: the shortcode, or a render hook's context (`.Level`, …).
    func run(_ call: ShortcodeCall, dot: GoValue = .shortcode) throws(Failure) -> String {
        var run = GoTemplateRun(call: call, root: dot)
        var output = ""
        try run.render(nodes, dot: dot, into: &output)
        return output
    }
}

/// One run of a template: its variables, and the call it runs for.
struct GoTemplateRun {
    let call: ShortcodeCall
    /// What `$` is: the data the template was called with.
    private let root: GoValue
    /// How many partials deep this run is.
    private let depth: Int
    /// A partial's `return` value, once it has returned.
    private(set) var returned: GoValue?
    private var variables: [String: GoValue] = [:]
    /// Operations so far: a template cannot loop for ever on what a post hands it.
    private var steps = 0
    /// The shortcode's own `.Scratch`.
    private let scratch = GoScratch()

    init(call: ShortcodeCall, root: GoValue, depth: Int = 0) {
        self.call = call
        self.root = root
        self.depth = depth
    }

    mutating func render(_ nodes: [GoTemplate.Node], dot: GoValue, into output: inout String) throws(GoTemplate.Failure)
    {
        for node in nodes {
            guard returned == nil else { return }
            steps += 1
            guard steps < 100_000 else { throw GoTemplate.Failure(reason: "the template runs too long") }
            switch node {
            case .text(let text):
                output += text
            case .output(let pipeline):
                output += try evaluate(pipeline, dot: dot).output
            case .assignment(let name, let pipeline):
                variables[name] = try evaluate(pipeline, dot: dot)
            case .branches(let isWith, let branches, let otherwise):
                var taken = false
                for branch in branches {
                    let value = try evaluate(branch.condition, dot: dot)
                    if let name = branch.variable { variables[name] = value }
                    if value.isTrue {
                        try render(branch.body, dot: isWith ? value : dot, into: &output)
                        taken = true
                        break
                    }
                }
                if !taken { try render(otherwise, dot: dot, into: &output) }
            case .return(let pipeline):
                returned = try evaluate(pipeline, dot: dot)
            case .range(let names, let pipeline, let body, let otherwise):
                let collection = try evaluate(pipeline, dot: dot)
                let elements: [(GoValue, GoValue)]
                switch collection {
                case .list(let items): elements = items.enumerated().map { (.number(Double($0.offset)), $0.element) }
                case .map(let entries):
                    elements = entries.sorted { $0.key < $1.key }.map { (.string($0.key), $0.value) }
                case .number(let count):
                    elements = (0..<max(0, Int(count))).map { (.number(Double($0)), .number(Double($0))) }
                case .null: elements = []
                default: throw GoTemplate.Failure(reason: "range over \(collection.text)")
                }
                if elements.isEmpty { try render(otherwise, dot: dot, into: &output) }
                for (key, element) in elements {
                    if names.count == 1 { variables[names[0]] = element }
                    if names.count == 2 {
                        variables[names[0]] = key
                        variables[names[1]] = element
                    }
                    try render(body, dot: element, into: &output)
                }
            }
        }
    }

    mutating func evaluate(_ pipeline: GoTemplate.Pipeline, dot: GoValue) throws(GoTemplate.Failure) -> GoValue {
        var piped: GoValue?
        for command in pipeline.commands {
            piped = try evaluate(command, piped: piped, dot: dot)
        }
        return piped ?? .null
    }

    private mutating func evaluate(_ command: [GoTemplate.Operand], piped: GoValue?, dot: GoValue) throws(GoTemplate
        .Failure)
        -> GoValue
    {
        let head = command[0]
        var arguments: [GoValue] = []
        for operand in command.dropFirst() { arguments.append(try value(of: operand, dot: dot)) }
        if let piped { arguments.append(piped) }
        switch head {
        case .function(let name):
            return try function(name, arguments)
        case .field(let variable, let path) where path.last.map(Self.methods.contains) == true:
            let receiver = try resolve(variable: variable, path: path.dropLast(), dot: dot)
            return try method(path[path.count - 1], on: receiver, arguments)
        case .chain(let pipeline, let path) where path.last.map(Self.methods.contains) == true:
            var receiver = try evaluate(pipeline, dot: dot)
            for name in path.dropLast() { receiver = try member(name, of: receiver) }
            return try method(path[path.count - 1], on: receiver, arguments)
        default:
            guard arguments.isEmpty else { throw GoTemplate.Failure(reason: "arguments given to a value") }
            return try value(of: head, dot: dot)
        }
    }

    private mutating func value(of operand: GoTemplate.Operand, dot: GoValue) throws(GoTemplate.Failure) -> GoValue {
        switch operand {
        case .string(let text): return .string(text)
        case .number(let number): return .number(number)
        case .bool(let flag): return .bool(flag)
        case .null: return .null
        case .pipeline(let pipeline): return try evaluate(pipeline, dot: dot)
        case .chain(let pipeline, let path):
            if let method = path.last, Self.methods.contains(method) {
                throw GoTemplate.Failure(reason: "\(method) without its argument")
            }
            var value = try evaluate(pipeline, dot: dot)
            for name in path { value = try member(name, of: value) }
            return value
        case .function(let name): return try function(name, [])
        case .field(let variable, let path):
            if let method = path.last, Self.methods.contains(method) {
                throw GoTemplate.Failure(reason: "\(method) without its argument")
            }
            return try resolve(variable: variable, path: path[...], dot: dot)
        }
    }

    /// A function, or Hugo's `site` with the fields that follow it (`site.Params.x`) or a
    /// method (`site.GetPage "/x"`).
    private func function(_ name: String, _ arguments: [GoValue]) throws(GoTemplate.Failure) -> GoValue {
        if name == "partial" || name == "partialCached" { return try partial(arguments) }
        guard name == "site" || name.hasPrefix("site.") else {
            return try GoTemplateFunctions.call(name, arguments, call: call)
        }
        var value = GoValue.site
        let fields = name.split(separator: ".").dropFirst().map(String.init)
        for field in fields.dropLast(fields.last.map(Self.methods.contains) == true ? 1 : 0) {
            value = try member(field, of: value)
        }
        if let last = fields.last, Self.methods.contains(last) { return try method(last, on: value, arguments) }
        return value
    }

    /// `partial "name" context`: the site's partial template run with the context as its dot,
    /// its output, or the value it returns.
    private func partial(_ arguments: [GoValue]) throws(GoTemplate.Failure) -> GoValue {
        guard let name = arguments.first?.text else { throw GoTemplate.Failure(reason: "partial without its name") }
        guard depth < 20 else { throw GoTemplate.Failure(reason: "partials call each other too deep") }
        let template = try call.partial(name).get()
        let context = arguments.count > 1 ? arguments[1] : .null
        var run = GoTemplateRun(call: call, root: context, depth: depth + 1)
        var output = ""
        try run.render(template.nodes, dot: context, into: &output)
        return run.returned ?? .html(output)
    }

    /// The names that are methods, called with the arguments that follow them.
    private static let methods: Set<String> = [
        "Get", "RenderString", "Param", "Set", "Add", "SetInMap", "DeleteInMap", "Delete", "GetSortedMapValues",
        "Format", "GetPage", "RenderShortcodes",
    ]

    private func resolve(variable: String?, path: ArraySlice<String>, dot: GoValue) throws(GoTemplate.Failure)
        -> GoValue
    {
        var value: GoValue
        switch variable {
        case nil: value = dot
        case "$": value = root
        case let name?:
            guard let bound = variables[name] else { throw GoTemplate.Failure(reason: "\(name) is not set") }
            value = bound
        }
        for name in path { value = try member(name, of: value) }
        return value
    }

    private func member(_ name: String, of value: GoValue) throws(GoTemplate.Failure) -> GoValue {
        switch (value, name) {
        case (.shortcode, "Inner"), (.shortcode, "InnerDeindent"): return .html(call.inner ?? "")
        case (.shortcode, "Params"): return call.parameters
        case (.shortcode, "IsNamedParams"): return .bool(!call.shortcode.named.isEmpty)
        case (.shortcode, "Name"): return .string(call.shortcode.name)
        // Only messages for the site's author (`warnf`), which Herald does not print, show it.
        case (.shortcode, "Position"): return .string("")
        case (.shortcode, "Page"): return .page
        case (.shortcode, "Scratch"), (.shortcode, "Store"): return .scratch(scratch)
        case (.page, "Scratch"), (.page, "Store"): return .scratch(call.scratch)
        case (.page, "Params"): return call.pageParameters
        case (.shortcode, "Site"), (.page, "Site"): return .site
        case (.page, _):
            if let field = Self.member(name, of: call.page) { return field }
            throw GoTemplate.Failure(reason: "Herald does not have .\(name)")
        case (.otherPage(let page), _):
            if let field = Self.member(name, of: page) { return field }
            throw GoTemplate.Failure(reason: "Herald does not have .\(name) of another page")
        case (.time(let date), _): return try Self.member(name, of: date)
        case (.site, "Language"): return .map(["lang": .string(call.page.language)])
        case (.site, "Title"): return .string(call.siteTitle)
        case (.site, "BaseURL"): return .string(call.baseURL)
        case (.site, "Params"): return call.siteParameters
        case (.site, "Data"):
            do throws(ConfigurationError) {
                return GoValue(try call.siteData.value())
            } catch {
                throw GoTemplate.Failure(reason: error.description)
            }
        case (.map(let entries), _): return entries[name.lowercased()] ?? .null
        case (.null, _): return .null
        default: throw GoTemplate.Failure(reason: "Herald does not have .\(name)")
        }
    }

    /// What a page, the shortcode's own or one `GetPage` found, gives of itself; nil for what
    /// Herald does not know of it (and for the Markdown of a page whose file cannot be read).
    private static func member(_ name: String, of page: ShortcodePage) -> GoValue? {
        switch name {
        case "Title": .string(page.title)
        case "LinkTitle": .string(page.linkTitle)
        case "Permalink": .string(page.permalink)
        // The path and what follows, its final slash kept (Foundation's `URL.path` drops it).
        case "RelPermalink":
            .string(
                page.permalink.range(of: "://").map { scheme in
                    page.permalink[scheme.upperBound...].firstIndex(of: "/").map { String(page.permalink[$0...]) }
                        ?? "/"
                } ?? page.permalink)
        case "Lang": .string(page.language)
        case "Language": .map(["lang": .string(page.language)])
        case "Section": .string(page.section)
        case "Kind": .string("page")
        case "Date": .time(page.date)
        case "Lastmod": .time(page.lastmod ?? page.date)
        case "PublishDate": .time(page.publishDate)
        case "ExpiryDate": .time(page.expiryDate)
        case "Site": .site
        case "RawContent": page.rawContent().map(GoValue.string)
        default: nil
        }
    }

    /// A field of a `time.Time` (`.Date.Year`), or the time at UTC (`.UTC`) or as it is (`.Local`).
    private static func member(_ name: String, of date: PostDate?) throws(GoTemplate.Failure) -> GoValue {
        let time = date ?? GoTimeLayout.zero
        let fields = time.fields
        switch name {
        case "Year": return .number(Double(fields.year))
        case "Month": return .string(CalendarNames.months[fields.month - 1])
        case "Day": return .number(Double(fields.day))
        case "YearDay": return .number(Double(fields.dayOfYear))
        case "Weekday": return .string(CalendarNames.weekdays[fields.weekday])
        case "Unix": return .number(time.instant.timeIntervalSince1970.rounded(.down))
        case "IsZero": return .bool(date == nil)
        case "UTC": return .time(date.map { PostDate(instant: $0.instant, offsetSeconds: 0) })
        case "Local": return .time(date)
        default: throw GoTemplate.Failure(reason: "Herald does not have .\(name) of a date")
        }
    }

    private func method(_ name: String, on receiver: GoValue, _ arguments: [GoValue]) throws(GoTemplate.Failure)
        -> GoValue
    {
        switch (receiver, name) {
        case (.shortcode, "Get"):
            guard let key = arguments.first else { throw GoTemplate.Failure(reason: ".Get without its argument") }
            return call.argument(key)
        case (.scratch(let scratch), _): return try scratch.call(name, arguments)
        // Go's own method: English names, no `:date_long`.
        case (.time(let date), "Format"):
            guard let layout = arguments.first?.text else {
                throw GoTemplate.Failure(reason: ".Format without its layout")
            }
            return .string(GoTimeLayout.format(date ?? GoTimeLayout.zero, layout: layout, locale: nil))
        case (.page, "Param"):
            // The page's parameter, else the site's.
            guard let key = arguments.first?.text.lowercased() else {
                throw GoTemplate.Failure(reason: ".Param without its argument")
            }
            for case .map(let entries) in [call.pageParameters, call.siteParameters] {
                switch entries[key] {
                case nil, .null?: continue
                case let value?: return value
                }
            }
            return .null
        // A page found, or nil: Hugo gives nil for a path it does not have.
        case (.page, "RenderShortcodes"): return .html(try call.page.renderShortcodes().get())
        case (.otherPage(let page), "RenderShortcodes"): return .html(try page.renderShortcodes().get())
        case (.site, "GetPage"), (.page, "GetPage"):
            guard let path = arguments.last?.text else { throw GoTemplate.Failure(reason: ".GetPage without its path") }
            return call.findPage(path).map(GoValue.otherPage) ?? .null
        case (.page, "RenderString"):
            guard let text = arguments.last else { throw GoTemplate.Failure(reason: "RenderString without its text") }
            return .html(call.markdownify(text.text))
        default:
            throw GoTemplate.Failure(reason: "Herald does not have .\(name)")
        }
    }
}
