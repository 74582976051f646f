import XCTest

@testable import Site

/// Expected values were printed by Hugo 0.111's `urlize` for the same input.
final class HugoURLTests: XCTestCase {
    private func urlize(_ text: String) -> String {
        HugoURL.escapePath(HugoURL().sanitize(text))
    }

    func testSpacesPunctuationAndCase() {
        XCTAssertEqual(urlize("Hello World"), "hello-world")
        XCTAssertEqual(urlize("  Hello   World  "), "hello-world")
        XCTAssertEqual(urlize("a - b"), "a-b")
        XCTAssertEqual(urlize("a--b"), "a--b")
        XCTAssertEqual(urlize("-a-"), "-a-")
        XCTAssertEqual(urlize("A.B.C"), "a.b.c")
        XCTAssertEqual(urlize("a:b!c?d,e'f\"g&h(i)j[k]l.m#n+o~p@q%r_s/t"), "abcdefghijkl.m#n+o~p@qr_s/t")
        XCTAssertEqual(urlize("x=y;z*w$v^u|t<s>r{q}p`o"), "xyzwvutsrqpo")
        XCTAssertEqual(urlize("tab\there"), "tab-here")
        XCTAssertEqual(urlize("100%"), "100")
        XCTAssertEqual(urlize("C++"), "c++")
        XCTAssertEqual(urlize("C#"), "c")
        XCTAssertEqual(urlize("C# Tips"), "c#-tips")
    }

    func testNonASCII() {
        XCTAssertEqual(urlize("Über Straße"), "%C3%BCber-stra%C3%9Fe")
        XCTAssertEqual(urlize("Café"), "caf%C3%A9")
        XCTAssertEqual(urlize("日本語"), "%E6%97%A5%E6%9C%AC%E8%AA%9E")
        XCTAssertEqual(urlize("Привет Мир"), "%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82-%D0%BC%D0%B8%D1%80")
        XCTAssertEqual(urlize("e\u{301}cole"), "e%CC%81cole")
        XCTAssertEqual(urlize("ΣΊΣΥΦΟΣ"), "%CF%83%CE%AF%CF%83%CF%85%CF%86%CE%BF%CF%83")
        XCTAssertEqual(urlize("İstanbul"), "istanbul")
        XCTAssertEqual(urlize("emoji 😀 test"), "emoji-test")
        XCTAssertEqual(urlize("don’t “smart” quotes"), "dont-smart-quotes")
        XCTAssertEqual(urlize("a—b–c"), "abc")
        XCTAssertEqual(urlize("½ ² ①"), "")
        XCTAssertEqual(urlize("x\u{a0}y"), "x-y")
    }

    func testOptions() {
        XCTAssertEqual(HugoURL(lowercases: false).sanitize("Café Ünïcode"), "Café-Ünïcode")
        XCTAssertEqual(HugoURL(removesAccents: true).sanitize("Café Ünïcode"), "cafe-unicode")
    }
}
