import Foundation

/// The part of Go's time layouts that permalink patterns use (`:2006`, `:Jan`, `:02`): Hugo
/// formats the post's date with any pattern word that Go's `Time.Format` would change.
enum GoTimeLayout {
    /// The layout word formatted with `date`, or nil when it holds no layout element.
    static func format(_ layout: String, date: PostDate) -> String? {
        let fields = date.fields
        let month = CalendarNames.months[fields.month - 1]
        let weekday = CalendarNames.weekdays[fields.weekday]
        // Longest first, as Go matches them.
        let elements: [(String, String)] = [
            ("January", month), ("Monday", weekday), ("2006", fields.year.padded(4)),
            ("Jan", String(month.prefix(3))), ("Mon", String(weekday.prefix(3))),
            ("002", fields.dayOfYear.padded(3)),
            ("06", (fields.year % 100).padded(2)), ("01", fields.month.padded(2)),
            ("02", fields.day.padded(2)), ("_2", (fields.day < 10 ? " " : "") + String(fields.day)),
            ("1", String(fields.month)), ("2", String(fields.day)),
        ]
        var result = ""
        var rest = Substring(layout)
        var changed = false
        outer: while !rest.isEmpty {
            for (element, value) in elements where rest.hasPrefix(element) {
                result += value
                rest = rest.dropFirst(element.count)
                changed = true
                continue outer
            }
            result.append(rest.removeFirst())
        }
        return changed ? result : nil
    }
}
