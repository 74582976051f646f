import ArgumentParser
import Feeds
import Foundation
import Site

/// How every command is told which site to work on.
struct SiteOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("A site definition (TOML), such as feeds/example.toml.", valueName: "file"))
    var config: String?

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The root folder of a Hugo or Jekyll site, read as it is, with no site definition.", valueName: "dir"))
    var site: String?

    @Option(
        help: ArgumentHelp(
            "Judge drafts, scheduled and expired posts as of this time instead of now (2006-01-02T15:04:05Z).",
            valueName: "time"))
    var now: String?

    func validate() throws {
        switch (config, site) {
        case (nil, nil):
            throw ValidationError(
                "Say which site: --config FILE (a site definition) or --site DIR (a Hugo or Jekyll site).")
        case (.some, .some): throw ValidationError("Give --config or --site, not both.")
        default: break
        }
        if let now, LocalDateTime(parsing: now) == nil {
            throw ValidationError("--now '\(now)' is not a time; write it like 2024-05-01T12:00:00Z.")
        }
    }

    /// Reads the site definition; one Herald cannot use ends the command with status 64. Settings
    /// of the generator's configuration that Herald does not follow are warned about.
    func loadDefinition() throws -> SiteDefinition {
        do {
            let definition =
                if let config { try SiteDefinition.load(configFile: config) } else {
                    try SiteDefinition.detect(siteRoot: site!)
                }
            Log.standardError.report(definition.site.warnings)
            return definition
        } catch {
            Log.standardError.write("herald: \(error.description)", priority: .error)
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// Reads the definition's `[feeds]` table; `output` replaces its output folder.
    func feedSettings(_ definition: SiteDefinition, output: String?) throws -> FeedSettings {
        if output == "" { throw ValidationError("--output needs a folder.") }
        do {
            var settings = try FeedSettings(definition: definition)
            if let output { settings.outputDirectory = output }
            return settings
        } catch {
            Log.standardError.write("herald: \(error.description)", priority: .error)
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// The site's scanner, judging statuses at `--now` or the present.
    func scanner(_ site: SiteConfiguration) -> PostScanner {
        PostScanner(site: site, now: moment(for: site))
    }

    /// The site's post files, listed but not read; a missing content folder ends with status 64.
    /// With `cacheDirectory`, the listing of the last run kept there saves the walk when it can.
    func inventory(_ scanner: PostScanner, cacheDirectory: String? = nil) throws -> PostScanner.Inventory {
        do {
            return try scanner.inventory(cacheDirectory: cacheDirectory)
        } catch {
            Log.standardError.write("herald: \(error.description)", priority: .error)
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// Reads every post of the site; with `cacheDirectory`, unchanged posts come from the scan
    /// cache kept there.
    func scan(_ site: SiteConfiguration, cacheDirectory: String? = nil) throws -> PostScanner.Result {
        let scanner = scanner(site)
        return scanner.scan(try inventory(scanner, cacheDirectory: cacheDirectory), cacheDirectory: cacheDirectory)
    }

    /// A `--now` without an offset is in the site's timezone.
    func moment(for site: SiteConfiguration) -> Date {
        guard let now, let value = LocalDateTime(parsing: now) else { return Date() }
        return value.resolved(in: site.timeZone).instant
    }
}
