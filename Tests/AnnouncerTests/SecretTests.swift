import Foundation
import XCTest

@testable import Announcer

final class SecretTests: XCTestCase {
    func testEnvironmentFileAndCredential() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("secrets-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try "from-file\n".write(toFile: folder + "/token", atomically: true, encoding: .utf8)
        try "from-credential".write(toFile: folder + "/slack", atomically: true, encoding: .utf8)
        XCTAssertEqual(try Secret.environment("TOKEN").value(environment: ["TOKEN": "from-env"]), "from-env")
        XCTAssertEqual(try Secret.file(folder + "/token").value(environment: [:]), "from-file")
        XCTAssertEqual(
            try Secret.credential("slack").value(environment: ["CREDENTIALS_DIRECTORY": folder]), "from-credential")
    }

    func testMissingSecretsSayWhereTheyShouldBe() {
        XCTAssertThrowsError(try Secret.environment("NOPE").value(environment: [:])) { error in
            XCTAssertEqual("\(error)", "the environment variable NOPE is not set")
        }
        XCTAssertThrowsError(try Secret.credential("slack").value(environment: [:])) { error in
            XCTAssertEqual(
                "\(error)", "credential slack: $CREDENTIALS_DIRECTORY is not set (use LoadCredential= in the unit)")
        }
    }

    func testDescriptionsNameTheSourceNeverTheValue() {
        XCTAssertEqual(Secret.literal("hunter2").description, "the site definition")
        XCTAssertEqual(Secret.environment("SLACK_URL").description, "$SLACK_URL")
    }
}
