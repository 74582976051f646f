import Dispatch

/// A file write running on another thread while its caller goes on (a scan cache, written while
/// the feeds are built). Whoever ends the process waits for it first: an unfinished write
/// leaves the old cache in place, but also its temporary file.
public final class PendingWrite: Sendable {
    private let group = DispatchGroup()

    init(_ write: @escaping @Sendable () -> Void) {
        DispatchQueue.global().async(group: group, execute: write)
    }

    public func wait() {
        group.wait()
    }

    /// One write that is done when each of `writes` is; nil for none.
    static func all(_ writes: [PendingWrite]) -> PendingWrite? {
        writes.isEmpty ? nil : PendingWrite { for write in writes { write.wait() } }
    }
}
