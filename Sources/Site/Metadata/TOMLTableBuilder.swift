/// One table of a TOML document while it is read: headers and dotted keys reach back into
/// tables made earlier, so they are shared references until the document is complete.
final class TOMLTableBuilder {
    /// How the table came to be, which decides what may add to it later.
    enum Origin {
        /// Named on the way to another table (`a` of `[a.b]`): a header may still define it.
        case implicit
        /// Defined by its own `[header]`.
        case header
        /// Made by a dotted key (`a.b = 1`): more dotted keys may add to it, no header may.
        case dotted
        /// An inline table, or a table inside one: complete as written.
        case inline
    }

    private enum Item {
        case value(MetadataValue)
        case table(TOMLTableBuilder)
        /// The tables of `[[name]]` headers.
        case tables([TOMLTableBuilder])
    }

    private(set) var origin: Origin
    private(set) var line: Int
    private var keys: [String] = []
    private var items: [Item] = []
    private var lines: [Int] = []
    /// Built once a table is large, so that a file of many keys costs its size, not its square.
    private var index: [String: Int]?
    private static let indexedCount = 16

    init(origin: Origin, line: Int) {
        self.origin = origin
        self.line = line
    }

    typealias Failure = (String) -> MetadataError

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return keys.firstIndex(of: key)
    }

    private func add(_ key: String, _ item: Item, line: Int) {
        keys.append(key)
        items.append(item)
        lines.append(line)
        if index != nil {
            index?[key] = keys.count - 1
        } else if keys.count == Self.indexedCount {
            index = Dictionary(keys.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        }
    }

    /// The table named `key` inside this one, made if need be, for the rest of a longer key.
    func descend(into key: String, line: Int, origin: Origin, failure: Failure) throws(MetadataError)
        -> TOMLTableBuilder
    {
        guard let position = position(of: key) else {
            let table = TOMLTableBuilder(origin: origin, line: line)
            add(key, .table(table), line: line)
            return table
        }
        switch items[position] {
        case .table(let table):
            switch (origin, table.origin) {
            case (.implicit, .inline), (.dotted, .header), (.dotted, .inline):
                throw failure("'\(key)' was defined on line \(lines[position]) and cannot be added to here")
            default: return table
            }
        case .tables(let tables) where origin == .implicit:
            return tables[tables.count - 1]
        case .tables, .value:
            throw failure("'\(key)' already has a value, from line \(lines[position]); it cannot also be a table")
        }
    }

    /// The table of a `[name]` header, which may be defined only once.
    func defineTable(_ key: String, line: Int, name: String, failure: Failure) throws(MetadataError)
        -> TOMLTableBuilder
    {
        guard let position = position(of: key) else {
            let table = TOMLTableBuilder(origin: .header, line: line)
            add(key, .table(table), line: line)
            return table
        }
        guard case .table(let table) = items[position], table.origin == .implicit else {
            throw failure("the table [\(name)] is defined twice; it was first defined on line \(lines[position])")
        }
        table.origin = .header
        table.line = line
        lines[position] = line
        return table
    }

    /// A new table for a `[[name]]` header, appended to the array of that name.
    func appendTable(to key: String, line: Int, name: String, failure: Failure) throws(MetadataError)
        -> TOMLTableBuilder
    {
        let table = TOMLTableBuilder(origin: .header, line: line)
        guard let position = position(of: key) else {
            add(key, .tables([table]), line: line)
            return table
        }
        guard case .tables(var tables) = items[position] else {
            throw failure("[[\(name)]] names a key that already has a value, from line \(lines[position])")
        }
        tables.append(table)
        items[position] = .tables(tables)
        return table
    }

    /// `key = value`; a key may be given a value only once.
    func set(_ key: String, to value: MetadataValue, line: Int, failure: Failure) throws(MetadataError) {
        if let position = position(of: key) {
            throw failure("'\(key)' is defined twice; it was first defined on line \(lines[position])")
        }
        add(key, .value(value), line: line)
    }

    /// The finished table, its keys in the order they were written.
    var table: MetadataTable {
        var result = MetadataTable()
        for (position, item) in items.enumerated() {
            let value: MetadataValue =
                switch item {
                case .value(let value): value
                case .table(let table): .table(table.table)
                case .tables(let tables): .array(tables.map { .table($0.table) })
                }
            result.append(.init(key: keys[position], value: value, line: lines[position]))
        }
        return result
    }
}
