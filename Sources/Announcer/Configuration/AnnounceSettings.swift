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

    public init(definition: SiteDefinition) throws(ConfigurationError) {
        try definition.site.requireAbsoluteBaseURL()
        stateDirectory = definition.stateDirectory
        if let table = definition.announce {
            try table.rejectUnknownKeys(Self.keys)
            lockWait = try table.integer("lock_wait") ?? lockWait
            guard (0...3600).contains(lockWait) else {
                throw table.error("lock_wait", "must be from 0 to 3600 seconds")
            }
        }
        var names = Set<String>()
        for table in definition.targets {
            let target = try TargetSettings(table, folder: definition.folder, site: definition.site)
            guard names.insert(target.name).inserted else {
                throw table.error("name", "another target is already called '\(target.name)'")
            }
            targets.append(target)
        }
    }
}
