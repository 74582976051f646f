import TOMLKit

/// Reads TOML front matter and configuration files through TOMLKit (toml++).
enum TOMLReader {
    /// - Parameters:
    ///   - firstLine: the file's 1-based line number of the text's first line.
    ///   - findsLinesLater: true to find keys' lines only when `MetadataTable.entry(_:)` is
    ///     asked, as an error message needs them: front matter is read for every post.
    static func readTable(_ text: String, firstLine: Int, findsLinesLater: Bool = false) throws(MetadataError)
        -> MetadataTable
    {
        let document: TOMLTable
        do {
            document = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw MetadataError(
                line: error.source.begin.line + firstLine - 1, reason: "TOML: \(error.description)")
        } catch {
            throw MetadataError(line: firstLine, reason: "TOML: \(error)")
        }
        let lines = findsLinesLater ? nil : KeyLines(toml: text)
        return convert(document, path: "", lines: lines, firstLine: firstLine, text: text)
    }

    /// - Parameter lines: nil to leave each key's line to the table's line finder.
    private static func convert(_ table: TOMLTable, path: String, lines: KeyLines?, firstLine: Int, text: String)
        -> MetadataTable
    {
        var result = MetadataTable()
        // The keys and the values come in the same order, and fetching each value by its key
        // would look every key up again.
        for (key, value) in zip(table.keys, table.values) {
            let keyPath = path.isEmpty ? key : path + "." + key
            let line = lines?.line(of: keyPath).map { $0 + firstLine - 1 } ?? 0
            result.append(
                .init(
                    key: key, value: convert(value, path: keyPath, lines: lines, firstLine: firstLine, text: text),
                    line: line))
        }
        if lines == nil {
            result.lineFinder = { key in
                KeyLines(toml: text).line(of: path.isEmpty ? key : path + "." + key).map { $0 + firstLine - 1 } ?? 0
            }
        }
        return result
    }

    private static func convert(
        _ value: TOMLValueConvertible, path: String, lines: KeyLines?, firstLine: Int, text: String
    ) -> MetadataValue {
        switch value.type {
        case .table: return .table(convert(value.table!, path: path, lines: lines, firstLine: firstLine, text: text))
        case .array:
            return .array(
                value.array!.enumerated().map {
                    convert($1, path: "\(path)[\($0)]", lines: lines, firstLine: firstLine, text: text)
                })
        case .string: return .string(value.string!)
        case .int: return .integer(value.int!)
        case .double: return .float(value.double!)
        case .bool: return .bool(value.bool!)
        case .date:
            let date = value.date!
            return .datetime(LocalDateTime(year: date.year, month: date.month, day: date.day))
        case .dateTime:
            let stamp = value.dateTime!
            return .datetime(
                LocalDateTime(
                    year: stamp.date.year, month: stamp.date.month, day: stamp.date.day,
                    hour: stamp.time.hour, minute: stamp.time.minute, second: stamp.time.second,
                    nanosecond: stamp.time.nanoSecond,
                    offsetSeconds: stamp.offset.map { $0.offset * 60 }))
        case .time:
            let time = value.time!
            return .string("\(time.hour.padded(2)):\(time.minute.padded(2)):\(time.second.padded(2))")
        }
    }
}
