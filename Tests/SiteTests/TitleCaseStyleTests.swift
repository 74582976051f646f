import XCTest

@testable import Site

/// Hugo's title case styles, as its `GetTitleFunc` gives them: AP (by the `prose` library, its
/// default), Chicago, Go's `strings.Title`, first letter only, none.
final class TitleCaseStyleTests: XCTestCase {
    func testAPCapitalizesAllButSmallWordsInside() {
        let cases = [
            ("notes from the road", "Notes From the Road"),
            ("a tale of two cities", "A Tale of Two Cities"),
            ("what to look at", "What to Look At"),
            ("cloud native", "Cloud Native"),
            ("go vs. rust", "Go vs. Rust"),
            ("release notes: a summary", "Release Notes: A Summary"),
            ("one-on-one meetings", "One-on-One Meetings"),
            ("in-house tools", "In-House Tools"),
            ("read and/or write", "Read and/or Write"),
            ("keep NASA and iOS", "Keep NASA and IOS"),
            ("don't panic", "Don't Panic"),
            ("“the best” of it", "“The Best” of It"),
            ("dévelopement web", "Dévelopement Web"),
            ("2nd edition", "2nd Edition"),
            ("", ""),
        ]
        for (text, expected) in cases {
            XCTAssertEqual(TitleCaseStyle.ap.title(text), expected, text)
        }
    }

    func testTheOtherStyles() {
        XCTAssertEqual(TitleCaseStyle.chicago.title("walking with dogs about town"), "Walking with Dogs about Town")
        XCTAssertEqual(TitleCaseStyle.go.title("the cat's hat-trick"), "The Cat'S Hat-Trick")
        XCTAssertEqual(TitleCaseStyle.firstUpper.title("the cat"), "The cat")
        XCTAssertEqual(TitleCaseStyle.none.title("the cat"), "the cat")
        XCTAssertEqual(TitleCaseStyle(hugoName: "FirstUpper"), .firstUpper)
        XCTAssertEqual(TitleCaseStyle(hugoName: "unknown"), .ap, "as in Hugo, any other name is AP's")
    }
}
