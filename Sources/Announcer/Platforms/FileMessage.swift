import Foundation
import Site

/// A JSON line appended to a local file: a target that needs no secret and no network, for
/// trying Herald out and for scripts that read announcements.
enum FileMessage {
    static let defaultTemplate = "{{title}} {{url}}"

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// The JSON line for one announcement, ending in a line break.
    static func line(_ announcement: Announcement, _ context: DeliveryContext) throws -> [UInt8] {
        let template = try context.template(default: defaultTemplate)
        let text = template.render(announcement, markup: .plain)
        var payload = WebhookMessage.payload(announcement, text: text)
        payload["idempotency_key"] = context.idempotencyKey
        return JSONBody.encode(payload) + [0x0A]
    }

    static func append(_ announcement: Announcement, _ context: DeliveryContext) throws {
        let line = try line(announcement, context)
        let path = context.target.path!
        try? FileManager.default.createDirectory(
            atPath: path.parentPath, withIntermediateDirectories: true)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(description: "\(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        // One write of a whole line, so concurrent readers never see half of it.
        let written = line.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        guard written == line.count, fsync(descriptor) == 0 else {
            throw Failure(description: "\(path): \(String(cString: strerror(errno)))")
        }
    }
}
