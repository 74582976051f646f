import Foundation

/// The first bytes of a content file, read with plain `open`/`read`: one or two system calls for
/// a typical post, since a scan needs only the front matter.
struct SourceBytes {
    /// Enough for nearly every front matter; a longer one makes the reader come back for more.
    static let prefixSize = 4096

    let bytes: [UInt8]
    /// Whether `bytes` holds the whole file.
    let isWholeFile: Bool
    /// The file's stat when it was opened, which the scan cache keys what was read by.
    let stat: FileStat

    enum Failure: Error {
        case unreadable(String)
        case tooLarge(Int)
        /// The file was removed after it was listed.
        case vanished

        /// The failure as a problem with the file `path`, for `path:line: reason` messages.
        func problem(path: String, maxBytes: Int) -> Problem {
            switch self {
            case .tooLarge(let size):
                Problem(
                    path: path, line: 1,
                    reason:
                        "the file is \(size) bytes, more than max_post_bytes (\(maxBytes)); raise the limit in the site definition if the post is real"
                )
            case .unreadable(let reason):
                Problem(path: path, line: 1, reason: "cannot read the file: \(reason)")
            case .vanished:
                Problem(path: path, line: 1, reason: "the file was removed while Herald read the site")
            }
        }
    }

    /// Reads up to `limit` bytes of the file at `path`; a file larger than `maxBytes` is
    /// refused when read whole.
    static func read(_ path: String, limit: Int, maxBytes: Int) throws(Failure) -> SourceBytes {
        try read(opening: open(path, O_RDONLY | O_CLOEXEC), limit: limit, maxBytes: maxBytes)
    }

    /// Reads up to `limit` bytes of the file at `relativePath` in `folder`: the lookup walks only
    /// the path below the folder, and the file's stat comes with it.
    static func read(_ relativePath: String, in folder: FolderDescriptor, limit: Int, maxBytes: Int)
        throws(Failure) -> SourceBytes
    {
        try read(opening: folder.open(relativePath), limit: limit, maxBytes: maxBytes)
    }

    /// One `fstat`, then as few reads as the size allows: a post shorter than `limit` is read
    /// whole with one call, without a second that would only find the end.
    private static func read(opening descriptor: Int32, limit: Int, maxBytes: Int) throws(Failure) -> SourceBytes {
        guard descriptor >= 0 else {
            throw errno == ENOENT ? .vanished : .unreadable(String(cString: strerror(errno)))
        }
        defer { close(descriptor) }
        var info = Foundation.stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        let size = Int(info.st_size)
        if limit > prefixSize, size > maxBytes { throw .tooLarge(size) }
        // One byte more than the size, so a file that grew since the fstat is seen not to be whole.
        let capacity = min(limit, size + 1)
        var failure: Failure?
        // Read straight into the array's memory, which is not zeroed first.
        let buffer = [UInt8](unsafeUninitializedCapacity: capacity) { memory, initialized in
            var filled = 0
            while filled < capacity {
                let count = Foundation.read(descriptor, memory.baseAddress! + filled, capacity - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = .unreadable(String(cString: strerror(errno)))
                    break
                }
                filled += count
                if count == 0 || filled == size { break }
            }
            initialized = filled
        }
        if let failure { throw failure }
        return SourceBytes(bytes: buffer, isWholeFile: buffer.count < capacity, stat: FileStat(info))
    }
}
