import Foundation

/// Each platform's request for one announcement, built for a target with stand-in addresses and
/// secrets and sent nowhere: what property tests and fuzzers feed hostile titles and summaries
/// through. `file` targets append a line rather than send a request, so they are not among them.
public enum PlatformRequests {
    /// Every platform that is sent a request.
    public static let platforms = Platform.allCases.filter { $0 != .file }

    /// A target of `platform` with every address and secret it needs, none of them real.
    public static func target(_ platform: Platform, template: String? = nil) -> TargetSettings {
        var target = TargetSettings(name: "\(platform.rawValue)-sample", platform: platform)
        target.url = .literal("https://hooks.example.invalid/herald")
        target.token = .literal("herald-sample-token")
        target.signingSecret = .literal("whsec_" + Data(repeating: 7, count: 32).base64EncodedString())
        target.server = "https://server.example.invalid"
        target.room = platform == .matrix ? "!room:example.invalid" : "@herald"
        target.template = template
        return target
    }

    /// The request `platform` would be sent for the announcement.
    /// - Throws: when the announcement cannot be made to fit the platform's limit.
    public static func request(
        _ announcement: Announcement, platform: Platform, template: String? = nil,
        key: String = "00000000-0000-0000-0000-000000000000", now: Date = Date(timeIntervalSince1970: 1_700_000_000)
    ) throws -> HTTPRequest {
        let client = try TargetClient(target(platform, template: template))
        guard let request = try client.request(for: announcement, key: key, now: now) else {
            throw Unsupported(description: "\(platform.rawValue) targets are sent no request")
        }
        return request
    }

    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String
    }
}
