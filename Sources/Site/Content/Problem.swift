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
    /// What makes problems one of a kind (an unknown shortcode's name): a run reports the
    /// first of a kind, with a count of the other posts (`collapsingKinds`).
    public var kind: String?

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

    /// `problems` sorted by place, each kind once: its first, saying in how many other files it
    /// is too.
    public static func collapsingKinds(_ problems: [Problem]) -> [Problem] {
        let sorted = problems.sorted { ($0.path, $0.line) < ($1.path, $1.line) }
        var files: [String: Set<String>] = [:]
        for problem in sorted { if let kind = problem.kind { files[kind, default: []].insert(problem.path) } }
        var reported: Set<String> = []
        return sorted.compactMap { problem in
            guard let kind = problem.kind else { return problem }
            guard reported.insert(kind).inserted else { return nil }
            let others = (files[kind]?.count ?? 1) - 1
            guard others > 0 else { return problem }
            var first = Problem(
                path: problem.path, line: problem.line,
                reason: problem.reason + " (the same in \(others) other \(others == 1 ? "file" : "files"))",
                severity: problem.severity)
            first.kind = kind
            return first
        }
    }
}
