/// A `.Scratch` or `.Store`: values a page's shortcodes (or one shortcode) set and read back,
/// in the order Hugo runs them (nested shortcodes before the one around them). Unchecked: a
/// scratch belongs to one post's rendering, on one thread.
final class GoScratch: @unchecked Sendable {
    private var values: [String: GoValue] = [:]

    /// `Get`, `Set`, `Add`, `SetInMap`, `DeleteInMap`, `Delete`, `GetSortedMapValues`, as
    /// Hugo's `maps.Scratch` does them; the setters give nothing to output.
    func call(_ method: String, _ arguments: [GoValue]) throws(GoTemplate.Failure) -> GoValue {
        func argument(_ index: Int) throws(GoTemplate.Failure) -> GoValue {
            guard arguments.indices.contains(index) else {
                throw GoTemplate.Failure(reason: "Scratch.\(method) without its arguments")
            }
            return arguments[index]
        }
        switch method {
        case "Get":
            return values[try argument(0).text] ?? .null
        case "Set":
            values[try argument(0).text] = try argument(1)
        case "Add":
            let key = try argument(0).text
            values[key] = try Self.adding(try argument(1), to: values[key])
        case "SetInMap":
            let key = try argument(0).text
            guard case .map(var entries) = values[key] ?? .map([:]) else {
                throw GoTemplate.Failure(reason: "Scratch.SetInMap on \(key), which is not a map")
            }
            entries[try argument(1).text.lowercased()] = try argument(2)
            values[key] = .map(entries)
        case "DeleteInMap":
            let key = try argument(0).text
            if case .map(var entries) = values[key] {
                entries[try argument(1).text.lowercased()] = nil
                values[key] = .map(entries)
            }
        case "Delete":
            values[try argument(0).text] = nil
        case "GetSortedMapValues":
            guard case .map(let entries) = values[try argument(0).text] else { return .null }
            return .list(entries.sorted { $0.key < $1.key }.map(\.value))
        default:
            throw GoTemplate.Failure(reason: "Herald does not have Scratch.\(method)")
        }
        return .string("")
    }

    /// What `Add` leaves: numbers summed, text joined, an item (or items) appended to a list.
    private static func adding(_ addend: GoValue, to existing: GoValue?) throws(GoTemplate.Failure) -> GoValue {
        switch (existing, addend) {
        case (nil, _), (.null?, _): return addend
        case (.number(let a)?, .number(let b)): return .number(a + b)
        case (.list(let items)?, .list(let more)): return .list(items + more)
        case (.list(let items)?, _): return .list(items + [addend])
        case (.string(let a)?, _), (.html(let a)?, _): return .string(a + addend.text)
        default: throw GoTemplate.Failure(reason: "Scratch.Add of \(addend.text) to \(existing?.text ?? "")")
        }
    }
}
