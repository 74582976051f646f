extension ScanCache {
    /// The record of a file read again, encoded apart so that it can be on any core.
    static func record(_ file: ContentFile, _ outcome: Outcome) -> [UInt8] {
        var record = BinaryWriter()
        record.write(file.relativePath)
        for number in [Int(file.stat.size), Int(file.stat.modifiedSeconds), Int(file.stat.modifiedNanoseconds)] {
            record.write(number)
        }
        record.write(file.stat.inode)
        ScanCache.write(outcome, to: &record)
        return record.bytes
    }

    /// A new cache, written entry by entry in the scan's order: a file unchanged since the old
    /// cache has its record copied byte for byte, a file read again is encoded.
    struct Builder {
        private var writer = BinaryWriter()
        private let source: ScanCache

        init(copyingFrom source: ScanCache, fingerprint: UInt64, count: Int) {
            self.source = source
            writer.reserve(source.bytes.count + 4096)
            writer.write(ScanCache.magic)
            writer.write(fingerprint)
            writer.write(count)
        }

        mutating func copy(record number: Int) {
            writer.append(source.bytes[source.records[number].whole])
        }

        /// Adds a record `ScanCache.record(_:_:)` encoded.
        mutating func add(_ record: [UInt8]) {
            writer.write(record.count)
            writer.append(record)
        }

        var bytes: [UInt8] { writer.bytes }
    }
}
