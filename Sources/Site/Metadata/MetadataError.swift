/// A front matter or configuration text that could not be read, with the 1-based line at fault.
public struct MetadataError: Error, Sendable, Equatable {
    public let line: Int
    public let reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}
