import Foundation

/// Writes files so that a reader (a web server, a crash, a full disk) sees either the old file
/// or the new one, whole: a temporary file in the same folder, fsync, rename, fsync the folder.
public enum AtomicFile {
    public enum Outcome: String, Sendable {
        case created, updated, unchanged
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let path: String
        public let reason: String

        public var description: String { "\(path): \(reason)" }
    }

    /// Writes `bytes` to `path` unless the file already holds exactly them, so its modification
    /// time — and HTTP caching — stays when nothing changed. A new file gets `newFileMode`
    /// whatever the umask (a web server must read a feed; nobody else may read a ledger); a
    /// replaced file keeps its mode.
    /// - Parameters:
    ///   - comparingFirst: false when the caller knows the bytes changed, to skip reading the old file.
    ///   - durable: false for caches, which are checked when read and rebuilt when damaged: the
    ///     fsyncs, which cost more than the rest of a run, are skipped; the rename stays atomic.
    public static func write(
        _ bytes: [UInt8], to path: String, newFileMode: mode_t = 0o644, comparingFirst: Bool = true,
        durable: Bool = true
    ) throws(Failure) -> Outcome {
        var existing = stat()
        let exists = stat(path, &existing) == 0
        if exists, comparingFirst, compare(bytes, with: path) == .unchanged { return .unchanged }
        let folder = path.parentPath
        try createFolder(folder)
        var template = Array((folder + "/." + (path as NSString).lastPathComponent + ".herald-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw Failure(path: path, reason: "cannot create a temporary file: \(Self.lastError)")
        }
        let temporary = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        var renamed = false
        defer {
            if !renamed { unlink(temporary) }
        }
        do {
            defer { close(descriptor) }
            let mode = exists ? existing.st_mode & 0o7777 : newFileMode
            guard fchmod(descriptor, mode) == 0 else {
                throw Failure(path: temporary, reason: "chmod: \(Self.lastError)")
            }
            try writeAll(bytes, to: descriptor, path: temporary)
            guard !durable || fsync(descriptor) == 0 else {
                throw Failure(path: temporary, reason: "fsync: \(Self.lastError)")
            }
        }
        guard rename(temporary, path) == 0 else { throw Failure(path: path, reason: "rename: \(Self.lastError)") }
        renamed = true
        // The rename has happened: the new file is in place whatever this fsync says, so its
        // failure (some file systems refuse it on folders) is not reported as a failed write.
        let folderDescriptor = durable ? open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC) : -1
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
        return exists ? .updated : .created
    }

    /// Creates a folder and any missing above it, each 0755 whatever the umask: a web server
    /// must be able to enter the folders feeds are in (the systemd unit runs with UMask=0077).
    public static func createFolder(_ folder: String) throws(Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue { return }
        let parent = folder.parentPath
        if !parent.isEmpty && parent != folder { try createFolder(parent) }
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else {
            throw Failure(path: folder, reason: "cannot create the folder: \(lastError)")
        }
        chmod(folder, 0o755)
    }

    /// What `write` would do, without writing.
    public static func compare(_ bytes: [UInt8], with path: String) -> Outcome {
        guard let current = FileBytes.read(path) else { return .created }
        return FileBytes.equal(current, bytes) ? .unchanged : .updated
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(Failure) {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes {
                Foundation.write(descriptor, $0.baseAddress! + written, bytes.count - written)
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, reason: "write: \(lastError)")
            }
            written += count
        }
    }

    private static var lastError: String { String(cString: strerror(errno)) }
}
