import XCTest

@testable import Site

final class DateTests: XCTestCase {
    private let newYork = TimeZone(identifier: "America/New_York")!

    private func resolved(_ text: String, in zone: TimeZone? = nil) -> String? {
        LocalDateTime(parsing: text)?.resolved(in: zone ?? newYork).rfc3339
    }

    /// Go's layouts read the hour in one digit or two; minutes and seconds take two.
    func testAOneDigitHourIsRead() {
        XCTAssertEqual(resolved("2019-04-09T8:09:26-07:00"), "2019-04-09T08:09:26-07:00")
        XCTAssertEqual(resolved("2019-04-09 8:09:26"), "2019-04-09T08:09:26-04:00")
        XCTAssertEqual(resolved("Tue, 09 Apr 2019 8:09:26 +0000"), "2019-04-09T08:09:26Z")
        XCTAssertNil(resolved("2019-04-09T08:9:26Z"))
        XCTAssertNil(resolved("2019-04-09T:09:26Z"))
    }

    /// Hugo keeps nanoseconds, so this is 2024 there; a Double rounded it into 2025.
    func testAFractionOfASecondNeverRoundsIntoTheNextSecond() {
        XCTAssertEqual(resolved("2024-12-31T23:59:59.9999999Z"), "2024-12-31T23:59:59Z")
        XCTAssertEqual(resolved("2024-12-31T23:59:59.999999999Z"), "2024-12-31T23:59:59Z")
        XCTAssertEqual(
            LocalDateTime(parsing: "2024-12-31T23:59:59.9999999Z")?.resolved(in: newYork).rfc822.contains("2024"), true)
    }

    /// Each form Hugo 0.111 accepts, with what `hugo list all` printed for it (site timezone New York).
    func testFormsHugoAccepts() {
        XCTAssertEqual(resolved("2023-12-12"), "2023-12-12T00:00:00-05:00")
        XCTAssertEqual(resolved("2023-12-12T16:14:55+04:00"), "2023-12-12T16:14:55+04:00")
        XCTAssertEqual(resolved("2023-12-12T16:14:55Z"), "2023-12-12T16:14:55Z")
        XCTAssertEqual(resolved("2023-12-12T16:14:55"), "2023-12-12T16:14:55-05:00")
        XCTAssertEqual(resolved("2023-12-12 16:14:55"), "2023-12-12T16:14:55-05:00")
        XCTAssertEqual(resolved("2023-12-12 16:14:55 +0400"), "2023-12-12T16:14:55+04:00")
        XCTAssertEqual(resolved("2023-12-12 16:14:55 +04:00"), "2023-12-12T16:14:55+04:00")
        XCTAssertEqual(resolved("2023-12-12T16:14:55-0700"), "2023-12-12T16:14:55-07:00")
        XCTAssertEqual(resolved("2023-12-12T16:14:55.123+02:00"), "2023-12-12T16:14:55+02:00")
        XCTAssertEqual(resolved("Tue, 12 Dec 2023 16:14:55 +0400"), "2023-12-12T16:14:55+04:00")
        XCTAssertEqual(resolved("12 Dec 2023"), "2023-12-12T00:00:00-05:00")
        XCTAssertEqual(resolved("2023-06-01", in: TimeZone(identifier: "UTC")), "2023-06-01T00:00:00Z")
    }

    /// Forms Hugo ignores, which Herald reports instead of silently dropping the date.
    func testFormsHugoRejects() {
        for text in [
            "2023-12-12 16:14", "2023-12-12T16:14", "Dec 12, 2023", "December 12, 2023", "2023/12/12", "12/12/2023",
            "20231212", "2023-1-5", "2023-13-45", "2023-02-30", "yesterday", "",
        ] {
            XCTAssertNil(LocalDateTime(parsing: text), text)
        }
    }

    /// Dates written plainly skip the scalar-by-scalar trimming; spaces of any kind around a
    /// date are still ignored.
    func testSpacesAroundADateAreIgnored() {
        for text in [
            " 2023-12-12 ", "\t2023-12-12", "\u{3000}2023-12-12", "2023-12-12\u{00A0}", " \u{2003}2023-12-12 ",
        ] {
            XCTAssertEqual(resolved(text), "2023-12-12T00:00:00-05:00", text.debugDescription)
        }
        XCTAssertNil(LocalDateTime(parsing: "\u{00E9}2023-12-12"))
    }

    func testLocalTimesAcrossDaylightSavingChanges() {
        XCTAssertEqual(resolved("2024-07-04T12:00:00"), "2024-07-04T12:00:00-04:00")
        XCTAssertEqual(resolved("2024-01-04T12:00:00"), "2024-01-04T12:00:00-05:00")
        XCTAssertEqual(resolved("2024-03-10T03:30:00"), "2024-03-10T03:30:00-04:00")
    }

    func testCalendarFieldsUseTheWrittenOffset() {
        let date = LocalDateTime(parsing: "2023-12-31T23:30:00-05:00")!.resolved(in: TimeZone(identifier: "UTC")!)
        let fields = date.fields
        XCTAssertEqual(
            [fields.year, fields.month, fields.day, fields.weekday, fields.dayOfYear], [2023, 12, 31, 0, 365])
    }

    func testDaysRoundTripFarFromTheEpoch() {
        for (year, month, day) in [(1, 1, 1), (1969, 12, 31), (2000, 2, 29), (2099, 12, 31), (2400, 2, 29)] {
            let days = LocalDateTime.daysSinceEpoch(year: year, month: month, day: day)
            let civil = PostDate.civil(fromDays: days)
            XCTAssertEqual([civil.year, civil.month, civil.day], [year, month, day])
        }
    }
}
