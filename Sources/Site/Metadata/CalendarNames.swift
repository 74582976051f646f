/// English month and weekday names, as permalinks and RFC 822 dates spell them whatever the
/// machine's locale.
enum CalendarNames {
    static let months = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
    /// Sunday first, as `PostDate.fields.weekday` counts.
    static let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
}
