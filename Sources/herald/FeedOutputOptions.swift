import Announcer
import ArgumentParser
import Feeds
import Foundation
import Site

/// Options of the commands that write feeds (`build`, `run`), and the writing itself.
struct FeedOutputOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Write the feeds into this folder.", valueName: "dir"))
    var output: String?

    @Flag(help: "Print what was written as JSON for scripts.")
    var json = false

    /// Writes the feeds, tells the hubs, reports; returns the exit status the build earned.
    /// When nothing changed since the last clean build (the build stamp says so), stops before
    /// reading any post.
    /// - Parameters:
    ///   - inventory: the post files, listed but not read.
    ///   - scan: reads the posts, once, when they are needed.
    ///   - log: where the summary goes; changed files are listed on standard output only when the
    ///     log shows notices.
    func build(
        _ definition: SiteDefinition, settings: FeedSettings, inventory: PostScanner.Inventory, now: Date,
        dryRun: Bool, log: Log = .standardError, scan: () -> PostScanner.Result
    ) throws -> Int32 {
        let site = definition.site
        let fingerprint = BuildStamp.settingsFingerprint(site: site, settings: settings)
        if !dryRun, let sources = inventory.digest,
            let stamp = BuildStamp.load(stateDirectory: definition.stateDirectory),
            stamp.isCurrent(sources: sources, settings: fingerprint, now: now)
        {
            if json {
                try JSONOutput.print(BuildReport(written: [], dryRun: false, postsRead: 0, problems: [], warnings: []))
            }
            log.write("nothing changed since the last build of \(settings.outputDirectory)", priority: .info)
            return 0
        }
        let scan = scan()
        var build = FeedBuild(site: site, settings: settings, posts: scan.posts, listPages: scan.listPages)
        let (written, failures) = build.write(site: site, dryRun: dryRun)
        let problems = scan.problems + build.problems
        log.report(problems + build.warnings)
        for failure in failures { log.write("herald: \(failure.description)", priority: .error) }
        let changed = written.filter { $0.outcome != .unchanged }
        var hubFailures: [HubNotifier.Failure] = []
        if !dryRun {
            let notifier = HubNotifier(
                client: HTTPClient(version: Herald.version), allowsPlainHTTP: settings.allowsPlainHTTP)
            let urls = changed.compactMap(\.url)
            for hub in settings.hubs where !urls.isEmpty {
                if let failure = notifier.notify(hub: hub, feedURLs: urls) { hubFailures.append(failure) }
            }
            for failure in hubFailures { log.write("herald: \(failure.description)", priority: .error) }
        }
        if json {
            try JSONOutput.print(
                BuildReport(
                    written: written, dryRun: dryRun, postsRead: scan.filesRead, problems: problems,
                    warnings: build.warnings))
        } else {
            if log.threshold.rawValue >= Log.Priority.notice.rawValue {
                for file in changed { print("\(dryRun ? "would be " : "")\(file.outcome.rawValue)  \(file.path)") }
            }
            log.write(
                "\(written.count) files \(dryRun ? "checked" : "written") in \(settings.outputDirectory): "
                    + "\(changed.count) \(dryRun ? "would change" : "changed"), \(written.count - changed.count) unchanged",
                priority: .info)
        }
        if !failures.isEmpty { return ExitStatus.cannotWrite }
        guard !problems.contains(where: \.isError) && hubFailures.isEmpty else { return ExitStatus.incomplete }
        // A post changed within a clock tick of the listing could change again unseen: no stamp.
        if !dryRun && !scan.hasRecentChanges {
            let validUntil = site.nextStatusChange(of: scan.posts, after: now)
            BuildStamp(
                sources: scan.sources, settings: fingerprint, builtAt: now, validUntil: validUntil,
                files: written.map(\.path) + site.rendering.files + site.templateFiles
            )
            .save(stateDirectory: definition.stateDirectory)
        }
        return 0
    }
}

/// What `herald build --json` prints.
private struct BuildReport: Encodable {
    struct File: Encodable {
        let path: String
        let outcome: String
        let url: String?
    }

    let dryRun: Bool
    /// Post files read and parsed; the others came unchanged from the scan cache.
    let postsRead: Int
    let files: [File]
    let problems: [PostListing.ProblemEntry]

    init(written: [FeedBuild.Written], dryRun: Bool, postsRead: Int, problems: [Problem], warnings: [Problem]) {
        self.dryRun = dryRun
        self.postsRead = postsRead
        files = written.map { File(path: $0.path, outcome: $0.outcome.rawValue, url: $0.url) }
        self.problems = (problems + warnings).map(PostListing.ProblemEntry.init)
    }
}
