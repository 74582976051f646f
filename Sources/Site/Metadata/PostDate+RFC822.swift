import Foundation

extension PostDate {
    /// RFC 822 as RSS wants it, with a four-digit year and a numeric offset:
    /// `Tue, 12 Dec 2023 16:14:55 +0400`.
    public var rfc822: String {
        let local = Int((instant.timeIntervalSince1970 + Double(offsetSeconds)).rounded(.down))
        let days = Int((Double(local) / 86_400).rounded(.down))
        let seconds = local - days * 86_400
        let fields = self.fields
        let weekday = CalendarNames.weekdays[fields.weekday].prefix(3)
        let month = CalendarNames.months[fields.month - 1].prefix(3)
        let magnitude = abs(offsetSeconds) / 60
        let offset = (offsetSeconds < 0 ? "-" : "+") + (magnitude / 60).padded(2) + (magnitude % 60).padded(2)
        return "\(weekday), \(fields.day.padded(2)) \(month) \(fields.year.padded(4)) "
            + "\((seconds / 3600).padded(2)):\((seconds / 60 % 60).padded(2)):\((seconds % 60).padded(2)) \(offset)"
    }
}
