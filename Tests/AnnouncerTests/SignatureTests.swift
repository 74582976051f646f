import XCTest

@testable import Announcer

final class SignatureTests: XCTestCase {
    /// The Standard Webhooks specification's published example.
    func testTheSpecificationExample() throws {
        let signature = try WebhookMessage.sign(
            secret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", id: "msg_p5jXN8AQM9LWM0D4loKWxJek",
            timestamp: 1_614_265_330,
            body: Array(#"{"test": 2432232314}"#.utf8))
        XCTAssertEqual(signature, "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")
    }

    func testASecretThatIsNotBase64IsRefused() {
        XCTAssertThrowsError(try WebhookMessage.sign(secret: "whsec_not base64!", id: "msg_1", timestamp: 1, body: []))
    }

    func testSHA256OfAKnownString() {
        XCTAssertEqual(
            Digest.hex(Digest.sha256(Array("abc".utf8))),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    func testIdempotencyKeysAreStableAndDistinct() {
        let key = AnnouncementRun.idempotencyKey(site: "https://a/", target: "slack", post: "p", version: nil)
        XCTAssertEqual(
            key, AnnouncementRun.idempotencyKey(site: "https://a/", target: "slack", post: "p", version: nil))
        XCTAssertEqual(key.count, 36)
        XCTAssertNotEqual(
            key, AnnouncementRun.idempotencyKey(site: "https://a/", target: "discord", post: "p", version: nil))
        XCTAssertNotEqual(
            key, AnnouncementRun.idempotencyKey(site: "https://a/", target: "slack", post: "q", version: nil))
        XCTAssertNotEqual(
            key, AnnouncementRun.idempotencyKey(site: "https://a/", target: "slack", post: "p", version: "2"))
    }
}
