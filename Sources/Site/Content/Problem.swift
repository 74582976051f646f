/// Something wrong with one file, reported as `path:line: reason` the way compilers do, so
/// editors and terminals can jump to it.
public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        /// The post was skipped.
        case error
        /// The post was read, but something in it was ignored or guessed; or the file is no
        /// post, as its generator sees it too.
        case warning
    }

    /// Whether something was skipped: what makes a run incomplete, where a warning does not.
    public var isError: Bool { severity == .error }

    public let path: String
    /// 1-based; 0 when the problem is with the file as a whole.
    public let line: Int
    public let reason: String
    public let severity: Severity

    public init(path: String, line: Int, reason: String, severity: Severity = .error) {
        self.path = path
        self.line = line
        self.reason = reason
        self.severity = severity
    }

    public var description: String {
        let location = line > 0 ? "\(path):\(line)" : path
        return severity == .warning ? "\(location): warning: \(reason)" : "\(location): \(reason)"
    }
}
