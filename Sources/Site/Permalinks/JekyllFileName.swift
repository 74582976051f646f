/// A Jekyll post's file name, `2023-12-12-my-first-kubecon.md`: a date, then the title part.
struct JekyllFileName {
    let date: LocalDateTime?
    /// What follows the date: Jekyll's `:title` (and `:slug`) unless front matter says otherwise.
    let title: String

    init(_ baseName: String) {
        let characters = Array(baseName)
        if characters.count > 11, characters[10] == "-",
            let date = LocalDateTime(parsing: String(characters[0..<10]))
        {
            self.date = date
            title = String(characters[11...])
        } else {
            date = nil
            title = baseName
        }
    }
}
