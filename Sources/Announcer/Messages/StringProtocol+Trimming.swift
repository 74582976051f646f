extension StringProtocol where Index == String.Index {
    /// The text without the code points `trimmed` admits at either end; walks only those ends,
    /// where Foundation's `trimmingCharacters` copies the whole text through `NSString`.
    func trimmingScalars(where trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }),
            let last = scalars.lastIndex(where: { !trimmed($0) })
        else { return "" }
        return String(self[first..<scalars.index(after: last)])
    }
}
