import Foundation

/// Writes whole lines to standard error, where logs and problems go; standard output is for
/// results that scripts read.
struct Log {
    static let standardError = Log()

    func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
