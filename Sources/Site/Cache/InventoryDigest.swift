/// One number for a site's post files, their paths, sizes, modification times and inodes, and
/// how they are read: equal digests mean no post file changed.
///
/// Each file is hashed on its own (`fileHash`), which a scan does on every core, and the
/// hashes are combined in the order of the files.
struct InventoryDigest {
    private var hash = FNV1a()

    init(fingerprint: UInt64) {
        hash.add(fingerprint)
    }

    /// One file: its path relative to the content folder, as UTF-8, and its stat.
    static func fileHash(_ path: UnsafeRawBufferPointer, _ stat: FileStat) -> UInt64 {
        var hash = FNV1a()
        hash.add(path)
        hash.add(UInt64(bitPattern: stat.size))
        hash.add(UInt64(bitPattern: stat.modifiedSeconds))
        hash.add(UInt64(bitPattern: stat.modifiedNanoseconds))
        hash.add(stat.inode)
        return hash.value
    }

    static func fileHash(_ relativePath: String, _ stat: FileStat) -> UInt64 {
        var path = relativePath
        return path.withUTF8 { fileHash(UnsafeRawBufferPointer($0), stat) }
    }

    mutating func add(_ fileHash: UInt64) {
        hash.add(fileHash)
    }

    var value: UInt64 { hash.value }
}
