/// FNV-1a, 64 bits: a fast hash for fingerprints that only need to change when their input does.
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Adds `text` and a separator, so ("ab", "c") and ("a", "bc") differ.
    public mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0)
    }

    /// Adds raw bytes and a separator, as `add(_:)` adds a string's UTF-8.
    public mutating func add(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes { mix(byte) }
        mix(0)
    }

    public mutating func add(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: number >> UInt64(shift))) }
    }

    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    public static func hash(_ text: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(text)
        return hash.value
    }
}
