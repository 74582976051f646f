import ArgumentParser
import Foundation
import Site

struct Announce: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "announce",
        abstract: "Announce new published posts to the site's targets, each post once per target.",
        discussion: """
            The ledger in the state folder records every (post, target): a post is announced \
            once, oldest first, at most max_per_run per target per run. On a target's first run \
            the posts that already exist are recorded as known and not announced (unless \
            backfill = N asks for the newest N). Drafts, scheduled and expired posts are never \
            announced; a scheduled post goes out on the first run after its date.

            Failed deliveries are retried with backoff (honouring Retry-After) and kept for the \
            next run; every try of one announcement carries the same idempotency key. A lock \
            keeps two runs from announcing at once.

            Exit status: 0 when every announcement of this run was delivered (posts held \
            back by max_per_run go out on later runs, which is no failure); 1 when one was \
            not (it stays due); 64 for a site definition Herald cannot use.
            """
    )

    @OptionGroup var options: SiteOptions
    @OptionGroup var announce: AnnounceOptions
    @OptionGroup var dryRun: DryRunOption

    func validate() throws {
        try announce.validate(now: options.now, dryRun: dryRun.dryRun)
    }

    func run() throws {
        let definition = try options.loadDefinition()
        let scan = try options.scan(definition.site, cacheDirectory: definition.stateDirectory)
        Log.standardError.report(scan.problems)
        let delivered = try announce.announce(
            definition, posts: scan.posts, now: options.moment(for: definition.site), dryRun: dryRun.dryRun)
        if !delivered || scan.problems.contains(where: \.isError) { throw ExitCode(ExitStatus.incomplete) }
    }
}
