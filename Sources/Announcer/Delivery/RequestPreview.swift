import Foundation

/// A target's request shown to a person: method, address, headers and body exactly as they
/// would be sent, with every secret replaced by where it comes from.
public struct RequestPreview: Sendable {
    public let target: TargetSettings

    public init(target: TargetSettings) {
        self.target = target
    }

    public func render(_ announcement: Announcement, key: String) throws -> String {
        // Placeholders stand in for secrets that are not available where the preview runs.
        let secrets = [(target.url, "url"), (target.token, "token"), (target.signingSecret, "secret")]
        var values: [(value: String, label: String)] = []
        var placeholder = target
        for (secret, name) in secrets {
            guard let secret else { continue }
            let value = (try? secret.value()) ?? Self.standIn(name)
            if case .literal = secret, name == "url" { continue }
            values.append((value, "«\(name) from \(secret)»"))
            switch name {
            case "url": placeholder.url = .literal(value)
            case "token": placeholder.token = .literal(value)
            default: placeholder.signingSecret = .literal(value)
            }
        }
        let client = try TargetClient(placeholder)
        guard let request = try client.request(for: announcement, key: key, now: Date()) else {
            let line = try FileMessage.line(announcement, client.context(key: key, now: Date()))
            return "append to \(target.path ?? "?"):\n" + String(decoding: line, as: UTF8.self)
        }
        var text = "\(request.method) \(request.url)\n"
        for (name, value) in request.headers { text += "\(name): \(value)\n" }
        text += "\n" + String(decoding: request.body, as: UTF8.self)
        // The longest first, so a token inside a URL is not half replaced.
        for (value, label) in values.sorted(by: { $0.value.count > $1.value.count }) where !value.isEmpty {
            text = text.replacingOccurrences(of: value, with: label)
        }
        return text
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
