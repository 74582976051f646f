import Foundation
import Site

/// Reads and writes a site's ledger in its state folder, atomically and readable only by its owner.
public struct LedgerStore: Sendable {
    public let path: String

    public init(stateDirectory: String) {
        path = stateDirectory.appendingPathComponent("ledger.json")
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// The ledger, or an empty one when there is none yet. A ledger that cannot be read is an
    /// error, never replaced: replacing it would announce everything again.
    public func load() throws(Failure) -> Ledger {
        guard FileManager.default.fileExists(atPath: path) else { return Ledger() }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Failure(description: "\(path): cannot read the ledger")
        }
        struct Version: Decodable { let format: Int }
        guard let version = try? JSONDecoder().decode(Version.self, from: data) else {
            throw Failure(
                description:
                    "\(path): the ledger is not valid JSON; restore it from a backup or move it away to start afresh (every post is then recorded as already announced)"
            )
        }
        guard version.format <= Ledger.currentFormat else {
            throw Failure(
                description:
                    "\(path): ledger format \(version.format) is newer than this Herald understands (\(Ledger.currentFormat)); upgrade Herald"
            )
        }
        do {
            return try JSONDecoder().decode(Ledger.self, from: data)
        } catch {
            throw Failure(description: "\(path): the ledger is damaged (\(error)); restore it from a backup")
        }
    }

    /// Removes the temporary copies of the ledger a run killed mid-write left (each a whole
    /// ledger). Only under the state lock: no other run is writing one then.
    public func removeStaleCopies() {
        let folder = path.parentPath
        let prefix = "." + (path as NSString).lastPathComponent + ".herald-"
        // `mkstemp`'s names, as `AtomicFile` makes them: the prefix and six characters.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        where name.hasPrefix(prefix) && name.count == prefix.count + 6 {
            unlink(folder.appendingPathComponent(name))
        }
    }

    /// Replaces the ledger on disk in one step; called after every delivery, not once per run.
    public func save(_ ledger: Ledger) throws(Failure) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let bytes: [UInt8]
        do {
            bytes = Array(try encoder.encode(ledger)) + [0x0A]
        } catch {
            throw Failure(description: "cannot encode the ledger: \(error)")
        }
        do {
            _ = try AtomicFile.write(bytes, to: path, newFileMode: 0o600)
        } catch {
            throw Failure(description: "cannot write the ledger: \(error.description)")
        }
    }
}
