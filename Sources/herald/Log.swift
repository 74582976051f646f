import Foundation
import Site

/// Writes whole lines to standard error, where logs and problems go; standard output is for
/// results that scripts read. Under systemd (`JOURNAL_STREAM` set), each line starts with its
/// syslog priority, `<3>` to `<6>`, which journald reads so `journalctl -p warning` works.
struct Log {
    enum Priority: Int {
        case error = 3
        case warning = 4
        case notice = 5
        case info = 6
    }

    static let standardError = Log(journald: ProcessInfo.processInfo.environment["JOURNAL_STREAM"] != nil)

    let journald: Bool
    /// Lines less urgent than this are dropped: `herald run` under cron shows only problems.
    var threshold = Priority.info

    /// This log, keeping only warnings and errors unless journald reads it (it filters itself).
    var quietUnlessJournal: Log {
        var log = self
        if !journald { log.threshold = .warning }
        return log
    }

    func write(_ line: String, priority: Priority = .notice) {
        guard priority.rawValue <= threshold.rawValue else { return }
        let prefix = journald ? "<\(priority.rawValue)>" : ""
        FileHandle.standardError.write(Data((prefix + line + "\n").utf8))
    }

    /// Problems in file order, one line each, `path:line: reason`.
    func report(_ problems: [Problem]) {
        for problem in Problem.collapsingKinds(problems) {
            write(problem.description, priority: problem.severity == .error ? .error : .warning)
        }
    }
}
