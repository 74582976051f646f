/// The terms a post lists under one taxonomy's key, with the 1-based line of that key.
public struct PostTerms: Sendable, Equatable {
    public var names: [String]
    public var line: Int

    public init(names: [String], line: Int) {
        self.names = names
        self.line = line
    }
}
