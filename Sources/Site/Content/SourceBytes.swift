import Foundation

/// The first bytes of a content file, read with plain `open`/`read`: one or two system calls for
/// a typical post, since a scan needs only the front matter.
struct SourceBytes {
    /// Enough for nearly every front matter; a longer one makes the reader come back for more.
    static let prefixSize = 4096

    let bytes: [UInt8]
    /// Whether `bytes` holds the whole file.
    let isWholeFile: Bool

    enum Failure: Error {
        case unreadable(String)
        case tooLarge(Int)

        /// The failure as a problem with the file `path`, for `path:line: reason` messages.
        func problem(path: String, maxBytes: Int) -> Problem {
            switch self {
            case .tooLarge(let size):
                Problem(
                    path: path, line: 0,
                    reason:
                        "the file is \(size) bytes, more than max_post_bytes (\(maxBytes)); raise the limit in the site definition if the post is real"
                )
            case .unreadable(let reason):
                Problem(path: path, line: 0, reason: "cannot read the file: \(reason)")
            }
        }
    }

    /// Reads up to `limit` bytes; a file larger than `maxBytes` is refused when read whole.
    /// `knownSize`, the size a stat just gave, saves the read that would only find the end.
    static func read(_ path: String, limit: Int, maxBytes: Int, knownSize: Int? = nil) throws(Failure) -> SourceBytes {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var capacity = limit
        if limit > prefixSize {
            var info = stat()
            guard fstat(descriptor, &info) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
            guard Int(info.st_size) <= maxBytes else { throw .tooLarge(Int(info.st_size)) }
            capacity = Int(info.st_size) + 1
        }
        var buffer = [UInt8](repeating: 0, count: capacity)
        var filled = 0
        while filled < capacity {
            let count = buffer.withUnsafeMutableBytes { raw in
                Foundation.read(descriptor, raw.baseAddress! + filled, capacity - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { break }
            filled += count
            if let knownSize, filled == knownSize, filled < capacity { break }
        }
        // A file that grew between fstat and read is still whole when read hit its end first.
        let isWholeFile = filled < capacity
        buffer.removeSubrange(filled...)
        return SourceBytes(bytes: buffer, isWholeFile: isWholeFile)
    }
}
