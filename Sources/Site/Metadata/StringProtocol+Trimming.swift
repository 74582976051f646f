extension StringProtocol where Index == String.Index {
    /// The text without the code points `trimmed` admits at either end; walks only those ends,
    /// where Foundation's `trimmingCharacters` copies the whole text through `NSString`.
    public func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }),
            let last = scalars.lastIndex(where: { !trimmed($0) })
        else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }

    /// The text without white space (Unicode's, line breaks included) at either end: what
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` gives, without its copy.
    public var trimmingWhitespace: String {
        trimmingScalars { $0.properties.isWhitespace }
    }
}
