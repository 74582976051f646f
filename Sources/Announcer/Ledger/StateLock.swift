import Foundation
import Site

/// An exclusive `flock` on the state folder itself, held for a whole run so two runs never
/// announce at once. The folder, unlike a lock file in it, cannot be deleted or replaced while
/// the ledger in it is in use, so no second run can slip in. The descriptor is closed, and the
/// lock released, in `deinit`.
public final class StateLock {
    private let descriptor: Int32

    public struct Busy: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Waits up to `seconds` for another run to finish.
    public init(stateDirectory: String, waitingUpTo seconds: Int) throws(Busy) {
        do {
            // Only the state folder itself is private; folders above it keep the usual mode.
            try FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true)
            chmod(stateDirectory, 0o700)
        } catch {
            throw Busy(description: "\(stateDirectory): cannot create the state folder: \(error.localizedDescription)")
        }
        descriptor = open(stateDirectory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw Busy(
                description: "\(stateDirectory): cannot open the state folder: \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(Double(seconds))
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw Busy(
                    description:
                        "another herald run holds \(stateDirectory) (waited \(seconds) s); it will announce what is due, so nothing is lost"
                )
            }
            usleep(100_000)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
