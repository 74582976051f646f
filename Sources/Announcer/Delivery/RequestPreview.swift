import Foundation

/// A target's request shown to a person: method, address, headers and body exactly as they
/// would be sent, with every secret replaced by where it comes from.
public struct RequestPreview: Sendable {
    public let target: TargetSettings

    public init(target: TargetSettings) {
        self.target = target
    }

    public func render(_ announcement: Announcement, key: String) throws -> String {
        // Stand-ins for secrets that are not available where the preview runs.
        var placeholder = target
        let redactor = SecretRedactor(target: target) { name, secret in
            let value = (try? secret.value()) ?? Self.standIn(name)
            switch name {
            case "url": placeholder.url = .literal(value)
            case "token": placeholder.token = .literal(value)
            default: placeholder.signingSecret = .literal(value)
            }
            return value
        }
        let client = try TargetClient(placeholder)
        guard let request = try client.request(for: announcement, key: key, now: Date()) else {
            let line = try FileMessage.line(announcement, client.context(key: key, now: Date()))
            return "append to \(target.path ?? "?"):\n" + String(decoding: line, as: UTF8.self)
        }
        var text = "\(request.method) \(request.url)\n"
        for (name, value) in request.headers { text += "\(name): \(value)\n" }
        text += "\n" + String(decoding: request.body, as: UTF8.self)
        return redactor.redact(text)
    }

    /// A syntactically valid stand-in, so the request can still be built and shown.
    /// Unique, so replacing it afterwards cannot touch the post's own words.
    private static func standIn(_ name: String) -> String {
        switch name {
        case "url": "https://secret.invalid/herald-\(UUID().uuidString)"
        case "secret": "whsec_" + Data(UUID().uuidString.utf8).base64EncodedString()
        default: "herald-secret-\(UUID().uuidString)"
        }
    }
}
