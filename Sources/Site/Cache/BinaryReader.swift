import Foundation

/// Reads what `BinaryWriter` wrote; any inconsistency (a truncated or foreign file) throws, and
/// the cache is then ignored rather than trusted.
struct BinaryReader {
    struct Malformed: Error {}

    private let bytes: [UInt8]
    private(set) var position: Int

    init(_ bytes: [UInt8], from position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var isAtEnd: Bool { position == bytes.count }

    mutating func uint64() throws(Malformed) -> UInt64 {
        guard position >= 0, position + 8 <= bytes.count else { throw Malformed() }
        defer { position += 8 }
        return UInt64(
            littleEndian: bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: position, as: UInt64.self) })
    }

    mutating func skip(to position: Int) throws(Malformed) {
        guard position >= self.position, position <= bytes.count else { throw Malformed() }
        self.position = position
    }

    /// Where a string's UTF-8 lies, without decoding it.
    mutating func stringRange() throws(Malformed) -> Range<Int> {
        let count = try int()
        guard count >= 0, count <= bytes.count - position else { throw Malformed() }
        defer { position += count }
        return position..<position + count
    }

    /// A number `BinaryWriter.write(_: Int)` wrote.
    mutating func int() throws(Malformed) -> Int {
        var zigzag: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[position]
            position += 1
            zigzag |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    mutating func bool() throws(Malformed) -> Bool {
        guard position < bytes.count else { throw Malformed() }
        position += 1
        return bytes[position - 1] != 0
    }

    mutating func string() throws(Malformed) -> String {
        let range = try stringRange()
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }
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

    /// A date between the years 1 and 9999, with an offset of at most a day: a damaged cache
    /// must not hand on a date that traps later, when its fields are computed.
    mutating func date() throws(Malformed) -> PostDate? {
        guard try bool() else { return nil }
        let seconds = Double(bitPattern: try uint64())
        let offset = try int()
        guard seconds.isFinite, (-62_135_596_800...253_402_300_799).contains(seconds), abs(offset) <= 86_400 else {
            throw Malformed()
        }
        return PostDate(instant: Date(timeIntervalSince1970: seconds), offsetSeconds: offset)
    }
}
