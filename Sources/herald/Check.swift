import ArgumentParser
import Feeds
import Foundation
import Site

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the feeds `herald build` wrote, as a strict reader would.",
        discussion: """
            Atom feeds are validated against RFC 4287's RELAX NG schema; RSS and JSON Feed \
            against the elements their specifications require. In every format each URL must \
            be absolute (links, and links and images inside content) and each id unique. \
            Problems are printed as path:line: reason.

            Exit status: 0 when every feed is valid, 1 when a feed has a problem or is missing, \
            64 for a site definition Herald cannot use.
            """
    )

    @OptionGroup var options: SiteOptions

    @Option(help: ArgumentHelp("Check the feeds in this folder.", valueName: "dir"))
    var output: String?

    func run() throws {
        let definition = try options.loadDefinition()
        let settings = try options.feedSettings(definition, output: output)
        let scan = try options.scan(definition.site, cacheDirectory: definition.stateDirectory)
        // The same plan `build` made, posts that cannot be rendered left out, so the files
        // expected are exactly those it wrote.
        let expected = FeedBuild(
            site: definition.site, settings: settings, posts: scan.posts, listPages: scan.listPages
        ).files
        let checker = FeedChecker()
        var problems: [Problem] = []
        var checked = 0
        for file in expected {
            let path = settings.outputDirectory.appendingPathComponent(file.path)
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(Problem(path: path, line: 0, reason: "missing; run `herald build` first"))
                continue
            }
            problems += checker.check(Array(data), format: file.format, path: path)
            checked += 1
        }
        Log.standardError.report(problems)
        Log.standardError.write(
            problems.isEmpty
                ? "\(checked) feed files checked in \(settings.outputDirectory): all valid"
                : "\(checked) feed files checked in \(settings.outputDirectory): \(problems.count) problems")
        if !problems.isEmpty { throw ExitCode(ExitStatus.incomplete) }
    }
}
