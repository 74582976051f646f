import Foundation
import Synchronization

/// When each file of a Git work tree was last committed, as Hugo's `enableGitInfo` gives
/// `:git` dates: the author date of the newest commit, merges left out, that touched the file.
/// The history is read once, by the first post that asks, and only if one does: a scan that
/// takes every post from its cache runs no `git log`.
public final class GitHistory: Sendable {
    /// The work tree's top folder, symbolic links resolved.
    public let topLevel: String
    /// The commit checked out, which every date depends on.
    public let revision: String
    private let dates = Mutex<[String: PostDate]?>(nil)

    /// The history of the work tree `directory` is in.
    /// - Throws: git's own words when `directory` is in no work tree (or git is missing).
    init(workTreeOf directory: String) throws(ChildProcess.Failure) {
        let output = try ChildProcess.output(of: "git", ["-C", directory, "rev-parse", "--show-toplevel", "HEAD"])
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n").map(String.init)
        guard lines.count == 2 else {
            throw ChildProcess.Failure(reason: "git rev-parse gave no top folder and commit for \(directory)")
        }
        topLevel = lines[0]
        revision = lines[1]
    }

    /// The `:git` date of the file at `path` (absolute), or nil for a file never committed.
    public func lastCommitDate(of path: String) -> PostDate? {
        let resolved = Self.resolved(path)
        guard resolved.hasPrefix(topLevel + "/") else { return nil }
        let key = String(resolved.dropFirst(topLevel.count + 1))
        return dates.withLock { dates in
            if dates == nil { dates = readLog() }
            return dates?[key]
        }
    }

    /// `git log` newest first, so a file's first commit seen is its last; a history that
    /// cannot be read gives no dates, and each date comes from its next source.
    private func readLog() -> [String: PostDate] {
        // Paths unquoted (`core.quotePath`), renames not followed, signatures not checked: the
        // names are those of the files as they are, as Hugo's gitmap reads them.
        let arguments = [
            "-c", "core.quotePath=false", "-c", "diff.renames=0", "-c", "log.showSignature=0", "-C", topLevel, "log",
            "--name-only", "--no-merges", "--date=format:%z", "--format=format:%x1e%at %ad", "-z",
        ]
        guard let output = try? ChildProcess.output(of: "git", arguments) else { return [:] }
        var dates: [String: PostDate] = [:]
        for entry in output.split(separator: 0x1E) {
            // "<seconds> <±hhmm>\n" then the names, each ended by NUL.
            var names = entry.split(separator: 0, omittingEmptySubsequences: true)
            guard let first = names.first, let newline = first.firstIndex(of: 0x0A),
                let date = Self.date(String(decoding: first[..<newline], as: UTF8.self))
            else { continue }
            names[0] = first[first.index(after: newline)...]
            for name in names where !name.isEmpty {
                let path = String(decoding: name, as: UTF8.self).trimmingCharacters(in: .newlines)
                if dates[path] == nil { dates[path] = date }
            }
        }
        return dates
    }

    /// `1700000000 +0130` as an instant and its offset.
    private static func date(_ text: String) -> PostDate? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let seconds = Int(parts[0]), parts[1].count == 5,
            let sign = parts[1].first, sign == "+" || sign == "-", let hhmm = Int(parts[1].dropFirst())
        else { return nil }
        let offset = (hhmm / 100 * 3600 + hhmm % 100 * 60) * (sign == "-" ? -1 : 1)
        return PostDate(instant: Date(timeIntervalSince1970: TimeInterval(seconds)), offsetSeconds: offset)
    }

    private static func resolved(_ path: String) -> String {
        guard let real = realpath(path, nil) else { return path }
        defer { free(real) }
        return String(cString: real)
    }
}
