/// One number for a site's post files, their paths, sizes, modification times and inodes, and
/// how they are read: equal digests mean no post file changed.
struct InventoryDigest {
    private var hash = FNV1a()

    init(fingerprint: UInt64) {
        hash.add(fingerprint)
    }

    /// Adds one file: its path relative to the content folder, as UTF-8, and its stat.
    mutating func add(_ path: UnsafeRawBufferPointer, _ stat: FileStat) {
        hash.add(path)
        hash.add(UInt64(bitPattern: stat.size))
        hash.add(UInt64(bitPattern: stat.modifiedSeconds))
        hash.add(UInt64(bitPattern: stat.modifiedNanoseconds))
        hash.add(stat.inode)
    }

    mutating func add(_ relativePath: String, _ stat: FileStat) {
        var path = relativePath
        path.withUTF8 { add(UnsafeRawBufferPointer($0), stat) }
    }

    var value: UInt64 { hash.value }
}
