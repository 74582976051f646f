/// A configuration file that cannot be used, naming the file, the line and the key at fault.
public struct ConfigurationError: Error, Sendable, Equatable, CustomStringConvertible {
    public let path: String
    public let line: Int
    public let key: String?
    public let reason: String

    public init(path: String, line: Int = 0, key: String? = nil, reason: String) {
        self.path = path
        self.line = line
        self.key = key
        self.reason = reason
    }

    public var description: String {
        let location = line > 0 ? "\(path):\(line)" : path
        return key.map { "\(location): \($0): \(reason)" } ?? "\(location): \(reason)"
    }
}
