/// A compact, versionless byte encoding for the scan cache: `Int`s as variable-length
/// (zigzag LEB128) numbers, since most are small lengths and counts; `UInt64`s as eight
/// little-endian bytes; text as length-prefixed UTF-8. Reading it back must be much cheaper than
/// parsing front matter, and a small file is read and written faster.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func reserve(_ count: Int) { bytes.reserveCapacity(count) }

    /// Empties the writer, keeping its buffer for the next bytes.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Int) {
        var zigzag = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while zigzag >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
            zigzag >>= 7
        }
        bytes.append(UInt8(zigzag))
    }

    mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ values: [String]) {
        write(values.count)
        for value in values { write(value) }
    }

    mutating func write(_ date: PostDate?) {
        write(date != nil)
        guard let date else { return }
        write(date.instant.timeIntervalSince1970.bitPattern)
        write(date.offsetSeconds)
    }
}

extension BinaryWriter {
    mutating func write(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// Appends bytes as they are: a record copied from an older file, or raw text.
    mutating func append(_ raw: ArraySlice<UInt8>) {
        raw.withUnsafeBufferPointer { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ raw: [UInt8]) {
        append(raw[...])
    }

    mutating func append(_ raw: UnsafeRawBufferPointer) {
        bytes.append(contentsOf: raw)
    }

    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }
}
