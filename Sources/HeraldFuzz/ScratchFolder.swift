import Foundation
import Site

/// A folder of this process's own for the files a harness writes, emptied before each input.
struct ScratchFolder: Sendable {
    /// Under `$HERALD_FUZZ_SCRATCH` when set, else in memory (/dev/shm) where there is such a
    /// place, since every input writes files; one per process, as libFuzzer's -fork runs several.
    static let root: String = {
        var isFolder: ObjCBool = false
        let memory = FileManager.default.fileExists(atPath: "/dev/shm", isDirectory: &isFolder) && isFolder.boolValue
        let base =
            getenv("HERALD_FUZZ_SCRATCH").map { String(cString: $0) } ?? (memory ? "/dev/shm" : NSTemporaryDirectory())
        return base.appendingPathComponent("herald-fuzz-\(getpid())")
    }()

    let path: String

    init(_ name: String) {
        path = Self.root.appendingPathComponent(name)
    }

    /// Empties the folder, creating it if need be.
    func reset() {
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `relativePath`, with the folders above it, and returns the file's path.
    /// A plain write: Foundation's would sync the file to disk.
    @discardableResult
    func write(_ bytes: [UInt8], to relativePath: String) -> String {
        let file = path.appendingPathComponent(relativePath)
        try? FileManager.default.createDirectory(
            atPath: file.parentPath, withIntermediateDirectories: true)
        let descriptor = open(file, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if descriptor >= 0 {
            _ = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        return file
    }
}
