import Announcer
import ArgumentParser
import Foundation
import Site

struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show, per target, what was sent, what is pending or failed, and the last error.",
        discussion: "Reads the ledger only; it sends nothing and takes no lock."
    )

    @OptionGroup var options: SiteOptions

    @Option(help: ArgumentHelp("Read the ledger in this folder.", valueName: "dir"))
    var state: String?

    @Flag(help: "Print JSON for scripts.")
    var json = false

    struct TargetStatus: Encodable {
        let name: String
        let type: String
        let sent: Int
        let pending: Int
        let failed: Int
        let skipped: Int
        let broken: String?
        let lastError: String?
        let lastErrorPost: String?
    }

    func run() throws {
        let definition = try options.loadDefinition()
        let settings = try AnnounceOptions.settings(definition, state: state)
        let store = LedgerStore(stateDirectory: settings.stateDirectory)
        if !FileManager.default.fileExists(atPath: store.path) {
            Log.standardError.write(
                "herald: no ledger at \(store.path) yet: nothing was announced from this state folder (use --state DIR for another)",
                priority: .warning)
        }
        let ledger: Ledger
        do {
            ledger = try LedgerStore(stateDirectory: settings.stateDirectory).load()
        } catch {
            Log.standardError.write("herald: \(error.description)", priority: .error)
            throw ExitCode(ExitStatus.incomplete)
        }
        let statuses = settings.targets.map { target in
            let record = ledger.targets[target.name]
            let entries = Array(record?.posts ?? [:])
            func count(_ status: Ledger.Status) -> Int { entries.filter { $0.value.status == status }.count }
            let lastFailure = entries.filter { $0.value.lastError != nil }.max {
                $0.value.updatedAt < $1.value.updatedAt
            }
            // A ledger written before errors were redacted may hold a secret a server echoed.
            let redactor = SecretRedactor(target: target) { _, secret in try? secret.value() }
            return TargetStatus(
                name: target.name, type: target.platform.rawValue, sent: count(.sent), pending: count(.pending),
                failed: count(.failed), skipped: count(.skipped), broken: record?.broken.map(redactor.redact),
                lastError: lastFailure?.value.lastError.map(redactor.redact), lastErrorPost: lastFailure?.key)
        }
        if json {
            try JSONOutput.print(statuses)
            return
        }
        print("ledger: \(LedgerStore(stateDirectory: settings.stateDirectory).path)")
        for status in statuses {
            print(
                "\(status.name) (\(status.type)): \(status.sent) sent, \(status.pending) pending, \(status.failed) failed, "
                    + "\(status.skipped) known before the target was added")
            if let broken = status.broken { print("  broken: \(broken)") }
            if let error = status.lastError, let post = status.lastErrorPost {
                print("  last error: \(post): \(error)")
            }
        }
    }
}
