import Foundation

/// A site folder in the system's temporary directory, removed when the value goes away.
final class TemporarySite {
    let root: String

    init() {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("herald-test-\(UUID().uuidString)").path
        try! FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// Writes a file, creating its folders; `path` is relative to the site root.
    @discardableResult
    func write(_ path: String, _ text: String) -> String {
        write(path, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ path: String, bytes: [UInt8]) -> String {
        let full = root + "/" + path
        try! FileManager.default.createDirectory(
            atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: full, contents: Data(bytes)), "cannot write \(full)")
        return full
    }

    /// Sets every file's and folder's modification time a minute back: a file changed less than
    /// a second before a scan is, rightly, never cached.
    func age() {
        let past = Date(timeIntervalSinceNow: -60)
        let paths = (FileManager.default.subpaths(atPath: root) ?? []).map { root + "/" + $0 } + [root]
        for path in paths {
            try! FileManager.default.setAttributes([.modificationDate: past], ofItemAtPath: path)
        }
    }
}
