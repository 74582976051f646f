import Foundation
import Site

/// An exclusive `flock` on the state folder's lock file, held for a whole run so two runs never
/// announce at once. The descriptor is closed, and the lock released, in `deinit`.
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
        let path = stateDirectory.appendingPathComponent("lock")
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Busy(description: "\(path): cannot open the lock file: \(String(cString: strerror(errno)))")
        }
        let deadline = Date().addingTimeInterval(Double(seconds))
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR, Date() < deadline else {
                close(descriptor)
                throw Busy(
                    description:
                        "another herald run holds \(path) (waited \(seconds) s); it will announce what is due, so nothing is lost"
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
