import ArgumentParser
import Foundation
import Site

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Build the feeds, then announce new posts: what the timer runs.",
        discussion: """
            The same as `herald build` followed by `herald announce`, reading the posts once. \
            Output appears only when something changed or went wrong, so cron mail stays quiet.

            Exit status: 0 when every feed was written and every announcement of this run was \
            delivered (posts held back by max_per_run go out on later runs, which is no \
            failure); 1 when a post was skipped or an announcement was not delivered (it stays \
            due for the next run); 64 for a site definition Herald cannot use; 73 when a feed \
            could not be written.
            """
    )

    @OptionGroup var options: SiteOptions
    @OptionGroup var feeds: FeedOutputOptions
    @OptionGroup var announce: AnnounceOptions
    @OptionGroup var dryRun: DryRunOption

    @Flag(help: "Also report what went well (changed feeds, sent announcements), not only problems.")
    var verbose = false

    func validate() throws {
        try announce.validate(now: options.now, dryRun: dryRun.dryRun)
    }

    func run() throws {
        let definition = try options.loadDefinition()
        let settings = try options.feedSettings(definition, output: feeds.output)
        let scanner = options.scanner(definition.site)
        let inventory = try options.inventory(scanner, cacheDirectory: definition.stateDirectory)
        // Read once, and only when needed: an unchanged site with no targets reads no post at all.
        var scanned: PostScanner.Result?
        func scan() -> PostScanner.Result {
            if let scanned { return scanned }
            let result = scanner.scan(inventory, cacheDirectory: definition.stateDirectory)
            scanned = result
            return result
        }
        let log = verbose ? Log.standardError : Log.standardError.quietUnlessJournal
        let buildStatus = try feeds.build(
            definition, settings: settings, inventory: inventory, now: scanner.now, dryRun: dryRun.dryRun, log: log,
            scan: scan)
        var delivered = true
        if !definition.targets.isEmpty {
            delivered = try announce.announce(
                definition, posts: scan().posts, now: scanner.now, dryRun: dryRun.dryRun, log: log)
        }
        if buildStatus != 0 { throw ExitCode(buildStatus) }
        if !delivered { throw ExitCode(ExitStatus.incomplete) }
    }
}
