import XCTest

@testable import Site

final class TOMLReaderTests: XCTestCase {
    private func read(_ text: String, firstLine: Int = 1) throws -> MetadataTable {
        try TOMLReader.readTable(text, firstLine: firstLine)
    }

    /// The error a text gives, as `line: reason`.
    private func failure(_ text: String, firstLine: Int = 1) -> String {
        do throws(MetadataError) {
            _ = try TOMLReader.readTable(text, firstLine: firstLine)
            return "no error"
        } catch {
            return "\(error.line): \(error.reason)"
        }
    }

    func testValuesOfEveryType() throws {
        let table = try read(
            #"""
            # a comment
            title = "Caf\u00e9 \"quoted\"\tand tab"
            path = 'C:\Users\nobody'
            poem = """
            Roses \
              are red
            violets"""
            raw = '''
            no \escapes here'''
            count = 1_000
            hex = 0xDEAD_beef
            octal = 0o755
            binary = 0b1010
            negative = -17
            float = 6.626e-34
            half = -0.5
            infinite = -inf
            date = 2024-04-15T08:40:00.123456789999Z
            spaced = 2024-04-15 08:40:00-07:00
            day = 2024-04-15
            clock = 07:32:00
            list = [ 1, 'two',
              # a comment inside
              [3], ]
            inline = { a.b = 1, c = "x" }
            "quoted key".x = true
            """#)
        XCTAssertEqual(table["title"], .string("Café \"quoted\"\tand tab"))
        XCTAssertEqual(table["path"], .string(#"C:\Users\nobody"#))
        XCTAssertEqual(table["poem"], .string("Roses are red\nviolets"))
        XCTAssertEqual(table["raw"], .string(#"no \escapes here"#))
        XCTAssertEqual(table["count"], .integer(1000))
        XCTAssertEqual(table["hex"], .integer(0xDEAD_BEEF))
        XCTAssertEqual(table["octal"], .integer(0o755))
        XCTAssertEqual(table["binary"], .integer(10))
        XCTAssertEqual(table["negative"], .integer(-17))
        XCTAssertEqual(table["float"], .float(6.626e-34))
        XCTAssertEqual(table["half"], .float(-0.5))
        XCTAssertEqual(table["infinite"], .float(-.infinity))
        // Digits past nanoseconds are cut, never rounded up.
        XCTAssertEqual(
            table["date"],
            .datetime(
                .init(
                    year: 2024, month: 4, day: 15, hour: 8, minute: 40, nanosecond: 123_456_789, offsetSeconds: 0)))
        XCTAssertEqual(
            table["spaced"], .datetime(.init(year: 2024, month: 4, day: 15, hour: 8, minute: 40, offsetSeconds: -25200))
        )
        XCTAssertEqual(table["day"], .datetime(.init(year: 2024, month: 4, day: 15)))
        XCTAssertEqual(table["clock"], .string("07:32:00"))
        XCTAssertEqual(table["list"], .array([.integer(1), .string("two"), .array([.integer(3)])]))
        let inline = MetadataTable([
            .init(key: "a", value: .table(MetadataTable([.init(key: "b", value: .integer(1), line: 25)])), line: 25),
            .init(key: "c", value: .string("x"), line: 25),
        ])
        XCTAssertEqual(table["inline"], .table(inline))
        XCTAssertEqual(table["quoted key"], .table(MetadataTable([.init(key: "x", value: .bool(true), line: 26)])))
    }

    func testTablesAndArraysOfTablesKeepOrderAndLines() throws {
        let table = try read(
            """
            top = 1
            [server]
            host = "h"

            [server.tls]
            verify = true
            [[targets]]
            name = "a"
            [[targets]]
            name = "b"
            [targets.options]
            z = 1
            """, firstLine: 10)
        XCTAssertEqual(table.entries.map(\.key), ["top", "server", "targets"])
        XCTAssertEqual(table.entries.map(\.line), [10, 11, 16])
        guard case .table(let server) = table["server"], case .array(let targets) = table["targets"],
            case .table(let second) = targets.last
        else { return XCTFail("\(table)") }
        XCTAssertEqual(server.entries.map(\.line), [12, 14])
        XCTAssertEqual(targets.count, 2)
        XCTAssertEqual(second.entries.map(\.key), ["name", "options"])
        XCTAssertEqual(second.entries.map(\.line), [19, 20])
    }

    /// toml++ asserted (SIGABRT) on each of these; a reader must report them.
    func testMalformedHeadersAndDatesAreErrorsWithTheirLine() {
        XCTAssertEqual(failure("a = 1\n["), "2: TOML: expected a key at the end of the text")
        XCTAssertEqual(failure("[.]"), "1: TOML: expected a key, found '.'")
        XCTAssertEqual(failure("[é]"), "1: TOML: expected a key, found the byte 0xC3")
        XCTAssertEqual(failure("[#]"), "1: TOML: expected a key, found '#'")
        XCTAssertEqual(failure("[[a]"), "1: TOML: expected ']]' to close the table header")
        XCTAssertEqual(
            failure("title = 'x'\ndate = 2024-04-15Tx08:40:00"),
            "2: TOML: '2024-04-15Tx08:40:00' is not a TOML value; quote text, as in key = \"text\"")
        XCTAssertEqual(
            failure("date = 2024-02-30"), "1: TOML: '2024-02-30' is not a TOML value; quote text, as in key = \"text\"")
    }

    func testEveryMistakeNamesItsLine() {
        XCTAssertEqual(failure("a = 1\na = 2"), "2: TOML: 'a' is defined twice; it was first defined on line 1")
        XCTAssertEqual(
            failure("[a]\nx = 1\n[a]"), "3: TOML: the table [a] is defined twice; it was first defined on line 1")
        XCTAssertEqual(
            failure("a.b = 1\n[a]"), "2: TOML: the table [a] is defined twice; it was first defined on line 1")
        XCTAssertEqual(
            failure("a = [1]\n[[a]]"), "2: TOML: [[a]] names a key that already has a value, from line 1")
        XCTAssertEqual(
            failure("a = {b = 1}\na.c = 2"),
            "2: TOML: 'a' already has a value, from line 1; it cannot also be a table")
        XCTAssertEqual(
            failure("text = \"\"\"\none\ntwo\nx = 1", firstLine: 5),
            "5: TOML: the multi-line string is never closed; end it with \"\"\"")
        XCTAssertEqual(
            failure("a = \"\"\"\n\n\"\"\"\nb = 'open"), "4: TOML: the string is never closed on its line; end it with '"
        )
        XCTAssertEqual(
            failure("a = 1 b = 2"), "1: TOML: expected the end of the line, found 'b'; put one key = value on each line"
        )
        XCTAssertEqual(failure("a ="), "1: TOML: a key without a value; write key = value")
        XCTAssertEqual(failure("a = \"\\q\""), "1: TOML: unknown escape \\q; write \\\\ for a backslash")
        XCTAssertEqual(failure("a = \"\\uD800\""), "1: TOML: \\ud800 is not a Unicode scalar value")
        XCTAssertEqual(failure("a = 012"), "1: TOML: '012' is not a TOML value; quote text, as in key = \"text\"")
        XCTAssertEqual(
            failure("a = 99999999999999999999"),
            "1: TOML: '99999999999999999999' is not a TOML value; quote text, as in key = \"text\"")
        XCTAssertEqual(failure("a = [1 2]"), "1: TOML: expected ',' or ']' in the array")
        XCTAssertEqual(failure("a = [1,\n2"), "1: TOML: the array is never closed; end it with ']'")
        XCTAssertEqual(
            failure("a = {b = 1\n}"),
            "1: TOML: expected ',' or '}' in the inline table; an inline table stays on one line")
        XCTAssertEqual(failure("a = 1\r\rb = 2"), "1: TOML: a carriage return not followed by a line feed")
    }

    /// A NUL byte cut the rest of a configuration off silently; it is an error at its line.
    func testControlCharactersAreErrors() {
        XCTAssertEqual(failure("a = 1\n# x\u{0}y\ntitle = 'z'"), "2: TOML: a NUL byte; the file is damaged or not text")
        XCTAssertEqual(failure("a = 'x\u{0}'"), "1: TOML: a NUL byte; the file is damaged or not text")
        XCTAssertEqual(failure("a = \"x\u{7}\""), "1: TOML: the control character the byte 0x7")
    }

    func testDeepNestingIsRefused() {
        XCTAssertEqual(
            failure("a = " + String(repeating: "[", count: 100_000)), "1: TOML: nested more than 64 levels deep")
        XCTAssertEqual(
            failure("a = " + String(repeating: "{b = ", count: 100_000)), "1: TOML: nested more than 64 levels deep")
    }

    /// A file of many keys, in one table and in many, costs its size: this took minutes when
    /// each key was looked up in a list.
    func testManyKeysAreReadInOnePass() throws {
        let count = 200_000
        let flat = try read((0..<count).map { "key\($0) = \($0)" }.joined(separator: "\n"))
        XCTAssertEqual(flat.entries.count, count)
        XCTAssertEqual(flat["KEY199999"], .integer(199_999))
        let tables = try read((0..<count / 2).map { "[t\($0)]\nv = \($0)" }.joined(separator: "\n"))
        XCTAssertEqual(tables.entries.count, count / 2)
        XCTAssertEqual(tables.entry("t99999")?.line, count - 1)
        XCTAssertEqual(
            failure((0..<count).map { "key\($0) = 1" }.joined(separator: "\n") + "\nkey5 = 2"),
            "\(count + 1): TOML: 'key5' is defined twice; it was first defined on line 6")
    }

    func testByteOrderMarkAndWindowsLineEnds() throws {
        let table = try read("\u{FEFF}a = 1\r\nb = \"\"\"x\r\ny\"\"\"\r\n")
        XCTAssertEqual(table["a"], .integer(1))
        XCTAssertEqual(table["b"], .string("x\ny"))
    }
}
