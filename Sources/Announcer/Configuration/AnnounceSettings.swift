import Foundation
import Site

/// The `[announce]` table and the `[[targets]]` of a site definition.
public struct AnnounceSettings: Sendable {
    /// Where the ledger and the lock live.
    public var stateDirectory: String
    /// How long a run waits for another run's lock before giving up.
    public var lockWait = 10
    public var targets: [TargetSettings] = []

    static let keys = ["state", "lock_wait"]

    public init(definition: SiteDefinition, environment: [String: String] = ProcessInfo.processInfo.environment)
        throws(ConfigurationError)
    {
        try definition.site.requireAbsoluteBaseURL()
        stateDirectory = Self.defaultStateDirectory(name: definition.name, environment: environment)
        if let table = definition.announce {
            try table.rejectUnknownKeys(Self.keys)
            if let state = try table.string("state") {
                stateDirectory = definition.folder.appendingPathComponent(state)
            }
            lockWait = try table.integer("lock_wait") ?? lockWait
        }
        var names = Set<String>()
        for table in definition.targets {
            let target = try TargetSettings(table, folder: definition.folder, timeZone: definition.site.timeZone)
            guard names.insert(target.name).inserted else {
                throw table.error("name", "another target is already called '\(target.name)'")
            }
            targets.append(target)
        }
    }

    /// systemd's `$STATE_DIRECTORY` when it is set (`StateDirectory=herald`), else the XDG state folder.
    static func defaultStateDirectory(name: String, environment: [String: String]) -> String {
        if let state = environment["STATE_DIRECTORY"]?.split(separator: ":").first {
            return String(state).appendingPathComponent(name)
        }
        let base =
            environment["XDG_STATE_HOME"]
            ?? (environment["HOME"] ?? NSHomeDirectory()).appendingPathComponent(".local/state")
        return base.appendingPathComponent("herald/\(name)")
    }
}
