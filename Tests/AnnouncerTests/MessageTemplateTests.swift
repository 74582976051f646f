import XCTest

@testable import Announcer

final class MessageTemplateTests: XCTestCase {
    private func problem(_ text: String) -> String? {
        do {
            _ = try MessageTemplate(text)
            return nil
        } catch {
            return error.description
        }
    }

    func testAMisspeltFieldIsRefusedWithTheClosestName() {
        XCTAssertEqual(
            problem("New: {{title}}\n{{titel}} {{url}}"),
            "line 2 of the template: unknown field {{titel}} (did you mean {{title}}?); the fields are "
                + MessageTemplate.fieldNames.joined(separator: ", "))
        XCTAssertEqual(
            problem("{{#tag}}{{.}}{{/tag}}")?.hasPrefix(
                "line 1 of the template: unknown field {{tag}} (did you mean {{tags}}?)"), true)
        XCTAssertEqual(problem("{{{summry}}}")?.hasPrefix("line 1 of the template: unknown field {{summry}}"), true)
    }

    func testEverySyntaxForAFieldIsChecked() {
        XCTAssertNil(problem("{{title}} {{{url}}} {{&summary}} {{#tags}}[{{.}}]{{/tags}}{{^update}}new{{/update}}"))
        XCTAssertNil(problem("{{! a comment with {{titel}} }}{{ uppercased(site_title) }}"))
        XCTAssertNil(problem("{{=<% %>=}}<% title %> {{titel}}"), "after a delimiter change {{…}} is text")
        XCTAssertNotNil(problem("{{=<% %>=}}<% titel %>"))
        XCTAssertNotNil(problem("{{ lowercased(titel) }}"))
    }

    func testPartialsAreRefused() {
        XCTAssertEqual(
            problem("{{title}}\n{{> footer}}"),
            "line 2 of the template: partials and blocks ({{>…}}, {{<…}}, {{$…}}) are not available in messages")
    }

    func testAParseErrorSaysWhereAndWhatInWords() {
        XCTAssertEqual(
            problem("Hello\n{{#tags}}{{.}}"),
            "line 2, column 15 of the template: a section ({{#name}} or {{^name}}) is never closed with {{/name}}: {{#tags}}{{.}}"
        )
        let unfinished = problem("{{title")
        XCTAssertEqual(
            unfinished?.hasPrefix("line 1, column"), true, unfinished ?? "")
        XCTAssertEqual(unfinished?.contains("a tag is not closed with }}"), true, unfinished ?? "")
        XCTAssertEqual(unfinished?.contains("MustacheParserContext"), false, unfinished ?? "")
    }

    func testATemplateLongerThanAnyMessageIsRefused() {
        let longest = String(repeating: "{{title}}", count: MessageTemplate.longest / 9)
        XCTAssertNil(problem(longest))
        XCTAssertEqual(
            problem(longest + "{{url}}"),
            "the template is \(longest.utf8.count + 7) bytes long; a message template is at most 8192 bytes, more than any platform shows"
        )
    }

    func testLinesAreCountedAcrossManyTags() {
        let text = String(repeating: "{{title}}\n", count: 500) + "{{titel}}"
        XCTAssertEqual(problem(text)?.hasPrefix("line 501 of the template: unknown field {{titel}}"), true)
    }

    func testATagLeftOpenAtTheEndIsRefused() {
        XCTAssertEqual(
            problem("{{title}} {{t")?.contains("a tag is not closed with }}"), true, problem("{{title}} {{t") ?? "")
    }
}
