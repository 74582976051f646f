import Announcer
import ArgumentParser
import Feeds
import Foundation
import Site

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the site's feeds: RSS, Atom and JSON Feed, for the site, each section, tag and category.",
        discussion: """
            Only published posts go into feeds, newest first, with full content and every URL \
            absolute. A feed whose bytes did not change is not rewritten, so its modification \
            time, and HTTP caching, stay. Writes are atomic: a reader sees the old file or the \
            new one, never half of one. Feeds that changed are announced to the configured WebSub hubs.

            Feeds go to the site's publish folder (Hugo's publishDir, Jekyll's _site) unless \
            [feeds] output or --output says otherwise. Changed files are listed on standard output.

            Exit status: 0 when every feed was written; 1 when a post was skipped or a hub \
            could not be told; 64 for a site definition Herald cannot use; 73 when a file could \
            not be written (the previous file is left as it was).
            """
    )

    @OptionGroup var options: SiteOptions

    @Option(help: ArgumentHelp("Write the feeds into this folder.", valueName: "dir"))
    var output: String?

    @Flag(help: "Show what would change, and write and send nothing.")
    var dryRun = false

    @Flag(help: "Print what was written as JSON for scripts.")
    var json = false

    func run() throws {
        let definition = try options.loadDefinition()
        let settings = try options.feedSettings(definition, output: output)
        let site = definition.site
        let scan = try options.scan(site)
        let build = try FeedBuild(site: site, settings: settings, posts: scan.posts)
        let (written, failures) = build.write(site: site, dryRun: dryRun)
        let problems = scan.problems + build.problems
        Log.standardError.report(problems + build.warnings)
        for failure in failures { Log.standardError.write("herald: cannot write \(failure.description)") }

        let changed = written.filter { $0.outcome != .unchanged }
        var hubFailures: [HubNotifier.Failure] = []
        if !dryRun {
            let notifier = HubNotifier(
                client: HTTPClient(version: Herald.version), allowsPlainHTTP: settings.allowsPlainHTTP)
            let urls = changed.compactMap(\.url)
            for hub in settings.hubs where !urls.isEmpty {
                if let failure = notifier.notify(hub: hub, feedURLs: urls) { hubFailures.append(failure) }
            }
            for failure in hubFailures { Log.standardError.write("herald: \(failure.description)") }
        }
        if json {
            try printJSON(BuildReport(written: written, dryRun: dryRun, problems: problems, warnings: build.warnings))
        } else {
            for file in changed { print("\(dryRun ? "would be " : "")\(file.outcome.rawValue)  \(file.path)") }
            let feeds = build.files.count
            Log.standardError.write(
                "\(feeds) feed files \(dryRun ? "checked" : "written") in \(settings.outputDirectory): "
                    + "\(changed.count) \(dryRun ? "would change" : "changed"), \(written.count - changed.count) unchanged"
            )
        }
        if !failures.isEmpty { throw ExitCode(ExitStatus.cannotWrite) }
        if !problems.isEmpty || !hubFailures.isEmpty { throw ExitCode(ExitStatus.incomplete) }
    }

    private func printJSON(_ report: BuildReport) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(report), as: UTF8.self))
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
    let files: [File]
    let problems: [PostListing.ProblemEntry]

    init(written: [FeedBuild.Written], dryRun: Bool, problems: [Problem], warnings: [Problem]) {
        self.dryRun = dryRun
        files = written.map { File(path: $0.path, outcome: $0.outcome.rawValue, url: $0.url) }
        self.problems = (problems + warnings).map(PostListing.ProblemEntry.init)
    }
}
