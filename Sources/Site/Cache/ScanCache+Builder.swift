extension ScanCache {
    /// A new cache, in the scan's order: a file unchanged since the old cache has its record
    /// copied byte for byte, a file read again has its post (or problem) encoded. Built after
    /// the scan, on another thread while feeds are built, so that the scan spends nothing on it.
    struct Builder {
        /// Where one entry of the new cache comes from.
        enum Source: Sendable {
            /// A record of the old cache.
            case copy(Int)
            /// A file read by the scan, with its stat as read, and the position of its post in the
            /// scan's posts.
            case post(ContentFile, Int)
            /// Likewise, for a file that gave a problem.
            case problem(ContentFile, Int)
        }

        let bytes: [UInt8]

        init(copyingFrom old: ScanCache, fingerprint: UInt64, sources: [Source], posts: [Post], problems: [Problem]) {
            var writer = BinaryWriter()
            // Sized once: a cache of ten thousand posts is megabytes, copied at every doubling.
            // Most records of files read take 200 to 350 bytes.
            writer.reserve(
                32
                    + sources.reduce(0) { size, source in
                        if case .copy(let number) = source {
                            size + old.records[number].whole.count
                        } else {
                            size + 320
                        }
                    })
            writer.write(ScanCache.magic)
            writer.write(fingerprint)
            writer.write(sources.count)
            // Each new record is encoded here first, for its length comes before it.
            var record = BinaryWriter()
            for source in sources {
                record.removeAll()
                switch source {
                case .copy(let number):
                    writer.append(old.bytes[old.records[number].whole])
                    continue
                case .post(let file, let position):
                    Self.writeHeader(of: file, to: &record)
                    ScanCache.write(posts[position], to: &record)
                case .problem(let file, let position):
                    Self.writeHeader(of: file, to: &record)
                    ScanCache.write(problems[position], to: &record)
                }
                writer.write(record.bytes.count)
                writer.append(record.bytes)
            }
            bytes = writer.bytes
        }

        /// What a record holds before the post: the file's path and stat.
        private static func writeHeader(of file: ContentFile, to record: inout BinaryWriter) {
            record.write(file.relativePath)
            record.write(Int(file.stat.size))
            record.write(Int(file.stat.modifiedSeconds))
            record.write(Int(file.stat.modifiedNanoseconds))
            record.write(file.stat.inode)
        }
    }
}
