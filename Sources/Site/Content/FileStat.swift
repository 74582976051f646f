import Foundation

/// What says a file is unchanged without reading it: size, modification time and inode.
struct FileStat: Sendable, Equatable {
    let size: Int64
    let modifiedSeconds: Int64
    let modifiedNanoseconds: Int64
    let inode: UInt64

    /// How close to the moment it was examined a change makes a file's stat unable to vouch for
    /// its contents: a second change within the same clock tick would leave the same modification
    /// time. A tick is milliseconds on ext4, XFS and Btrfs, a second on ext3 and some network
    /// filesystems, two on FAT.
    static let recentWindowSeconds: Int64 = 2

    init(size: Int64, modifiedSeconds: Int64, modifiedNanoseconds: Int64, inode: UInt64) {
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
        self.inode = inode
    }

    var modified: Date { Date(timeIntervalSince1970: Double(modifiedSeconds) + Double(modifiedNanoseconds) / 1e9) }

    /// What a file not yet examined has: it matches no cache entry.
    static let unknown = FileStat(size: -1, modifiedSeconds: 0, modifiedNanoseconds: 0, inode: 0)

    init(_ info: stat) {
        self.init(
            size: Int64(info.st_size), modifiedSeconds: Int64(info.st_mtim.tv_sec),
            modifiedNanoseconds: Int64(info.st_mtim.tv_nsec), inode: UInt64(info.st_ino))
    }

    /// The stat of the file at `path`, following links; nil when there is none.
    static func of(_ path: String) -> FileStat? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStat(info)
    }

    /// Whether the file changed less than `recentWindowSeconds` before `moment` (or after it).
    /// Seconds are compared first, so a file dated centuries away overflows nothing.
    func isRecent(comparedTo moment: timespec) -> Bool {
        let seconds = Int64(moment.tv_sec)
        if modifiedSeconds >= seconds { return true }
        if seconds - modifiedSeconds > Self.recentWindowSeconds { return false }
        let elapsed = (seconds - modifiedSeconds) * 1_000_000_000 + Int64(moment.tv_nsec) - modifiedNanoseconds
        return elapsed < Self.recentWindowSeconds * 1_000_000_000
    }

    /// The present on the clock file modification times come from.
    static func now() -> timespec {
        var moment = timespec()
        clock_gettime(CLOCK_REALTIME, &moment)
        return moment
    }
}
