import Foundation

/// An open folder that paths are looked up from, closed in `deinit`: a `stat` relative to it
/// walks fewer path components than one from the root, and many can run on every core at once.
final class FolderDescriptor: Sendable {
    private let descriptor: Int32

    init?(_ path: String) {
        descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
    }

    deinit {
        close(descriptor)
    }

    /// Opens `relativePath` for reading; a descriptor, or -1 with `errno` set.
    func open(_ relativePath: String) -> Int32 {
        openat(descriptor, relativePath, O_RDONLY | O_CLOEXEC)
    }

    /// Whether `relativePath` is a regular file, links followed.
    func holdsFile(_ relativePath: String) -> Bool {
        var info = Foundation.stat()
        return fstatat(descriptor, relativePath, &info, 0) == 0 && info.st_mode & S_IFMT == S_IFREG
    }

    /// The stat of `relativePath`, links followed; nil when it cannot be had.
    func stat(_ relativePath: UnsafePointer<CChar>) -> FileStat? {
        var info = Foundation.stat()
        guard fstatat(descriptor, relativePath, &info, 0) == 0 else { return nil }
        return FileStat(info)
    }
}
