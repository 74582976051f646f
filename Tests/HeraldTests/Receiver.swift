import Foundation
import XCTest

/// The Python receiver (Scripts/receiver.py) on a loopback port, stopped when the value goes away.
final class Receiver {
    struct Request: Decodable {
        let time: Double
        let method: String
        let path: String
        let headers: [String: String]
        let body: String
        let signature_valid: Bool?

        /// The body as JSON.
        var json: [String: Any] {
            (try? JSONSerialization.jsonObject(with: Data(body.utf8))) as? [String: Any] ?? [:]
        }

        /// The announced post's address, in a webhook's (or file target's) payload.
        var postURL: String? { (json["data"] as? [String: Any])?["url"] as? String }
    }

    private let process = Process()
    private let log: String
    let port: Int

    /// The file a test writes a process id into for a `kill` response.
    let pidFile: String

    convenience init(statuses: [Int]) throws {
        try self.init(responses: statuses.map(String.init))
    }

    /// - Parameter responses: the first responses, in turn (see Scripts/receiver.py); 204 after them.
    init(responses: [String] = [], webhookSecret: String? = nil) throws {
        pidFile =
            FileManager.default.temporaryDirectory.appendingPathComponent("receiver-\(UUID().uuidString).pid").path
        log = FileManager.default.temporaryDirectory.appendingPathComponent("receiver-\(UUID().uuidString).jsonl").path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3", HeraldProcess.repositoryRoot + "/Tests/HeraldTests/Scripts/receiver.py", log,
                "--responses", responses.joined(separator: ","), "--pid-file", pidFile,
            ] + (webhookSecret.map { ["--webhook-secret", $0] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line += chunk
        }
        port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        XCTAssertGreaterThan(port, 0, "the receiver did not start")
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
        try? FileManager.default.removeItem(atPath: log)
        try? FileManager.default.removeItem(atPath: pidFile)
    }

    var url: String { "http://127.0.0.1:\(port)" }

    var requests: [Request] {
        guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").compactMap { try? JSONDecoder().decode(Request.self, from: Data($0.utf8)) }
    }
}
