extension MetadataTable {
    /// This table with `other`'s entries set over it, as Hugo merges configuration files: a
    /// table meets a table key by key, at every depth; anything else is replaced. Entries from
    /// `other` remember `file` (unless they already name one, or `file` is nil), so a message
    /// about one names the file it was written in.
    public func merging(_ other: MetadataTable, from file: String?) -> MetadataTable {
        var result = self
        for entry in other.entries {
            if case .table(let mine)? = self[entry.key], case .table(let theirs) = entry.value,
                let existing = self.entry(entry.key)
            {
                result.append(
                    Entry(
                        key: existing.key, value: .table(mine.merging(theirs, from: file)), line: existing.line,
                        file: existing.file))
            } else {
                result.append(Entry(key: entry.key, value: entry.value, line: entry.line, file: entry.file ?? file))
            }
        }
        return result
    }
}
