extension ScanCache {
    /// The record of a file read again, encoded apart so that it can be on any core.
    static func record(_ file: ContentFile, _ outcome: Outcome) -> [UInt8] {
        var record = BinaryWriter()
        // Most records take 200 to 350 bytes, and would otherwise grow their buffer three times.
        record.reserve(384)
        record.write(file.relativePath)
        record.write(Int(file.stat.size))
        record.write(Int(file.stat.modifiedSeconds))
        record.write(Int(file.stat.modifiedNanoseconds))
        record.write(file.stat.inode)
        ScanCache.write(outcome, to: &record)
        return record.bytes
    }

    /// A new cache, in the scan's order: a file unchanged since the old cache has its record
    /// copied byte for byte, a file read again has the record it was given.
    struct Builder {
        /// Where one entry of the new cache comes from.
        enum Source: Sendable {
            case copy(Int)
            case record([UInt8])
        }

        let bytes: [UInt8]

        init(copyingFrom old: ScanCache, fingerprint: UInt64, sources: [Source]) {
            var writer = BinaryWriter()
            // Sized once: a cache of ten thousand posts is megabytes, copied at every doubling.
            writer.reserve(
                32
                    + sources.reduce(0) { size, source in
                        switch source {
                        case .copy(let number): size + old.records[number].whole.count
                        case .record(let record): size + 10 + record.count
                        }
                    })
            writer.write(ScanCache.magic)
            writer.write(fingerprint)
            writer.write(sources.count)
            for source in sources {
                switch source {
                case .copy(let number):
                    writer.append(old.bytes[old.records[number].whole])
                case .record(let record):
                    writer.write(record.count)
                    writer.append(record)
                }
            }
            bytes = writer.bytes
        }
    }
}
