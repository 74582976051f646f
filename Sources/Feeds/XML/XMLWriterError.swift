/// libxml2 refused a step of writing a document; `operation` says which.
public struct XMLWriterError: Error, Sendable, CustomStringConvertible {
    public let operation: String

    public var description: String { "libxml2 could not \(operation)" }
}
