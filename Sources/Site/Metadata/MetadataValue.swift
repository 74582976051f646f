/// One value of front matter or of a configuration file, whatever format it was written in.
public enum MetadataValue: Sendable, Equatable {
    case null
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    /// A TOML date or date-time literal, kept as written so the site's timezone can apply later.
    case datetime(LocalDateTime)
    case array([MetadataValue])
    case table(MetadataTable)

    /// The name of this value's type, as an error message shows it.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .string: "string"
        case .integer: "integer"
        case .float: "number"
        case .bool: "boolean"
        case .datetime: "date"
        case .array: "list"
        case .table: "table"
        }
    }

    /// The value as text, for keys where a scalar of any kind is acceptable (`slug = 2024`).
    public var scalarText: String? {
        switch self {
        case .string(let text): text
        case .integer(let number): String(number)
        // As Go prints it (`FormatFloat(f, 'f', -1, 64)`), so `title: 1.0` is "1" as in Hugo.
        case .float(let number) where number == number.rounded() && abs(number) < 1e15: String(Int(number))
        case .float(let number): String(number)
        case .bool(let flag): String(flag)
        case .datetime(let value): value.description
        case .null, .array, .table: nil
        }
    }
}
