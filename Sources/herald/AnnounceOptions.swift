import Announcer
import ArgumentParser
import Foundation
import Site

/// Options of the commands that announce (`announce`, `run`).
struct AnnounceOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Announce to this target only.", valueName: "name"))
    var target: String?

    @Flag(help: "Try again a target that answered 404 or 410 before (after fixing its address).")
    var retryBroken = false

    @Option(help: ArgumentHelp("Keep the ledger and the lock in this folder.", valueName: "dir"))
    var state: String?

    /// The ledger records what really went out: judging statuses at another time is for looking
    /// only, or a past `--now` would record as known what is yet to be announced.
    func validate(now: String?, dryRun: Bool) throws {
        if now != nil && !dryRun {
            throw ValidationError("--now changes what counts as published; with announce and run it needs --dry-run.")
        }
    }

    /// Reads `[announce]` and the `[[targets]]`; a definition Herald cannot use ends with status 64.
    static func settings(_ definition: SiteDefinition, state: String? = nil) throws -> AnnounceSettings {
        do {
            var settings = try AnnounceSettings(definition: definition)
            if let state { settings.stateDirectory = state }
            return settings
        } catch {
            Log.standardError.write("herald: \(error.description)", priority: .error)
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// Announces what is due; false when something due was not delivered.
    func announce(
        _ definition: SiteDefinition, posts: [Post], now: Date, dryRun: Bool, log: Log = .standardError
    ) throws -> Bool {
        let settings = try Self.settings(definition, state: state)
        if let target, !settings.targets.contains(where: { $0.name == target }) {
            Log.standardError.write(
                "herald: no target is called '\(target)'; the site definition has \(settings.targets.map(\.name).joined(separator: ", "))",
                priority: .error)
            throw ExitCode(ExitStatus.usage)
        }
        if settings.targets.isEmpty {
            log.write("herald: no [[targets]] in the site definition; nothing to announce", priority: .warning)
            return true
        }
        let run = AnnouncementRun(
            site: definition.site, settings: settings, client: HTTPClient(version: Herald.version), now: now
        ) { event in
            log.write(Self.line(for: event), priority: Self.priority(of: event.kind))
        }
        do {
            return try run.run(
                posts: posts, options: .init(targetName: target, dryRun: dryRun, retryBroken: retryBroken))
        } catch {
            log.write("herald: \(error.description)", priority: .error)
            throw ExitCode(ExitStatus.incomplete)
        }
    }

    /// `announce target=slack host=hooks.slack.com sent https://…`: one event a line, target by
    /// name and host only.
    static func line(for event: AnnouncementEvent) -> String {
        var line = "announce target=\(event.target) host=\(event.host) \(event.kind.rawValue)"
        if let post = event.post { line += " \(post)" }
        if let detail = event.detail { line += ": \(detail)" }
        return line
    }

    private static func priority(of kind: AnnouncementEvent.Kind) -> Log.Priority {
        switch kind {
        case .failed, .broken: .error
        case .warning: .warning
        case .sent, .due: .notice
        case .skipped, .recognised: .info
        }
    }
}
