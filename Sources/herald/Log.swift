import Foundation
import Site

/// Writes whole lines to standard error, where logs and problems go; standard output is for
/// results that scripts read.
struct Log {
    static let standardError = Log()

    func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Problems in file order, one line each, `path:line: reason`.
    func report(_ problems: [Problem]) {
        for problem in problems.sorted(by: { ($0.path, $0.line) < ($1.path, $1.line) }) {
            write(problem.description)
        }
    }
}
