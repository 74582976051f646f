/// A Jekyll post's file name, `2023-12-12-my-first-kubecon.md`: a date, then the title part.
/// Jekyll's pattern takes a month and a day of one digit or two (`2017-2-5-name.md`).
struct JekyllFileName {
    let date: LocalDateTime?
    /// What follows the date: Jekyll's `:title` (and `:slug`) unless front matter says otherwise.
    let title: String

    init(_ baseName: String) {
        let parts = baseName.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, !parts[3].isEmpty, parts[0].utf8.count == 4,
            (1...2).contains(parts[1].utf8.count), (1...2).contains(parts[2].utf8.count),
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts[0...2].allSatisfy({ $0.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } })
        else {
            date = nil
            title = baseName
            return
        }
        let date = LocalDateTime(year: year, month: month, day: day)
        self.date = date.isValid ? date : nil
        title = date.isValid ? String(parts[3]) : baseName
    }
}
