import Foundation

/// A value Liquid works with in a Jekyll post: what `site.*` and `page.*` hold, literals, and
/// what filters make of them.
enum LiquidValue: Equatable {
    case nothing
    case text(String)
    case integer(Int)
    case number(Double)
    case bool(Bool)
    case date(PostDate)
    case list([LiquidValue])
    case table(MetadataTable)
    /// One of Jekyll's objects whose fields Herald knows, such as a post of `site.posts`.
    case drop([String: LiquidValue])

    /// A front matter or configuration value; a date without an offset is in `timeZone`.
    init(_ value: MetadataValue, timeZone: TimeZone) {
        switch value {
        case .null: self = .nothing
        case .string(let text): self = .text(text)
        case .integer(let number): self = .integer(number)
        case .float(let number): self = .number(number)
        case .bool(let flag): self = .bool(flag)
        case .datetime(let local): self = .date(local.resolved(in: timeZone))
        case .array(let items): self = .list(items.map { LiquidValue($0, timeZone: timeZone) })
        case .table(let table): self = .table(table)
        }
    }

    /// What `{{ value }}` writes, as Ruby's `to_s` makes it: nothing for nil, a list's items
    /// one after another, a date as `2016-01-01 10:00:00 +0100`.
    var text: String {
        switch self {
        case .nothing: ""
        case .text(let text): text
        case .integer(let number): String(number)
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? "\(Int(number)).0" : "\(number)"
        case .bool(let flag): flag ? "true" : "false"
        case .date(let date): date.formatted("%Y-%m-%d %H:%M:%S %z")
        case .list(let items): items.map(\.text).joined()
        case .table(let table):
            "{" + table.entries.map { "\"\($0.key)\"=>\($0.value.scalarText ?? "")" }.joined(separator: ", ") + "}"
        // A post written out is its rendered body in Jekyll, which Herald does not give here.
        case .drop: ""
        }
    }

    /// Liquid's truth: everything but nil and false.
    var isTruthy: Bool {
        switch self {
        case .nothing, .bool(false): false
        default: true
        }
    }

    /// `value.key`, `value[0]`, `value.size`, `value.first`, `value.last`.
    func member(_ key: String, timeZone: TimeZone) -> LiquidValue {
        switch self {
        case .table(let table):
            if let value = table[key] { return LiquidValue(value, timeZone: timeZone) }
            return key == "size" ? .integer(table.entries.count) : .nothing
        case .list(let items):
            switch key {
            case "size": return .integer(items.count)
            case "first": return items.first ?? .nothing
            case "last": return items.last ?? .nothing
            default:
                guard let index = Int(key) else { return .nothing }
                let position = index < 0 ? items.count + index : index
                return items.indices.contains(position) ? items[position] : .nothing
            }
        case .text(let text): return key == "size" ? .integer(text.count) : .nothing
        case .drop(let fields): return fields[key] ?? .nothing
        default: return .nothing
        }
    }
}

extension PostDate {
    /// Ruby's `strftime` of the date in its own offset, through the C library's.
    func formatted(_ format: String) -> String {
        var seconds = time_t(Int((instant.timeIntervalSince1970 + Double(offsetSeconds)).rounded(.down)))
        var fields = tm()
        gmtime_r(&seconds, &fields)
        fields.tm_gmtoff = offsetSeconds
        // %z and %Z are the date's own offset, which the C library would take from the zone.
        let sign = offsetSeconds < 0 ? "-" : "+"
        let minutes = abs(offsetSeconds) / 60
        let offset = sign + (minutes / 60).padded(2) + (minutes % 60).padded(2)
        let colonOffset = sign + (minutes / 60).padded(2) + ":" + (minutes % 60).padded(2)
        let prepared = format.replacingOccurrences(of: "%:z", with: colonOffset)
            .replacingOccurrences(of: "%z", with: offset).replacingOccurrences(of: "%Z", with: offset)
        var buffer = [CChar](repeating: 0, count: 512)
        let count = strftime(&buffer, buffer.count, prepared, &fields)
        return String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
