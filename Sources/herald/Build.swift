import ArgumentParser
import Site

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Write the site's feeds: RSS, Atom and JSON Feed, for the site, each section and each term.",
        discussion: """
            Only published posts go into feeds, in the order the site lists them (Hugo's: weight, \
            then newest first), with full content and every URL absolute. A Hugo site gets a feed \
            per term of each of its taxonomies and one of each taxonomy's terms, in each language; \
            a Jekyll site keeps jekyll-feed's files. A feed whose bytes did not change is not rewritten, so its modification \
            time, and HTTP caching, stay. Writes are atomic: a reader sees the old file or the \
            new one, never half of one. Feeds that changed are announced to the configured WebSub hubs.

            Feeds go to the site's publish folder (Hugo's publishDir, Jekyll's _site) unless \
            [feeds] output or --output says otherwise. Changed files are listed on standard output.

            Exit status: 0 when every feed was written; 1 when a post was skipped or a hub \
            could not be told; 64 for a site definition Herald cannot use; 73 when a file could \
            not be written (the previous file is left as it was, and the other files are still \
            written).
            """
    )

    @OptionGroup var options: SiteOptions
    @OptionGroup var feeds: FeedOutputOptions
    @OptionGroup var dryRun: DryRunOption

    func run() throws {
        let definition = try options.loadDefinition()
        let settings = try options.feedSettings(definition, output: feeds.output)
        var scanner = options.scanner(definition.site)
        // Feeds need the permalinks of the few dozen posts they hold, not of every post; the
        // caches are written while the feeds are built.
        scanner.resolvesPermalinks = false
        scanner.writesCacheInBackground = true
        let inventory = try options.inventory(scanner, cacheDirectory: definition.stateDirectory)
        var scan: PostScanner.Result?
        func finishCacheWrites() {
            inventory.pendingSnapshotWrite?.wait()
            scan?.pendingCacheWrite?.wait()
        }
        defer { finishCacheWrites() }
        let status = try feeds.build(
            definition, settings: settings, inventory: inventory, now: scanner.now, dryRun: dryRun.dryRun
        ) {
            scan = scanner.scan(inventory, cacheDirectory: definition.stateDirectory)
            return scan!
        }
        finishCacheWrites()
        // The process ends here with the posts still held: freeing ten thousand of them one
        // by one would cost a build with nothing new twice over.
        withExtendedLifetime(scan) { Self.exit(withError: status == 0 ? nil : ExitCode(status)) }
    }
}
