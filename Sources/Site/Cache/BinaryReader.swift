import Foundation

/// Reads what `BinaryWriter` wrote; any inconsistency (a truncated or foreign file) throws, and
/// the cache is then ignored rather than trusted.
struct BinaryReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func uint64() throws(Malformed) -> UInt64 {
        guard position + 8 <= bytes.count else { throw Malformed() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[position + index]) << (8 * UInt64(index)) }
        position += 8
        return value
    }

    mutating func int() throws(Malformed) -> Int { Int(Int64(bitPattern: try uint64())) }

    mutating func bool() throws(Malformed) -> Bool {
        guard position < bytes.count else { throw Malformed() }
        position += 1
        return bytes[position - 1] != 0
    }

    mutating func string() throws(Malformed) -> String {
        let count = try int()
        guard count >= 0, position + count <= bytes.count else { throw Malformed() }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }

    mutating func optionalString() throws(Malformed) -> String? {
        try bool() ? try string() : nil
    }

    mutating func strings() throws(Malformed) -> [String] {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }

    mutating func date() throws(Malformed) -> PostDate? {
        guard try bool() else { return nil }
        let seconds = Double(bitPattern: try uint64())
        return PostDate(instant: Date(timeIntervalSince1970: seconds), offsetSeconds: try int())
    }
}
