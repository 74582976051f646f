import ArgumentParser
import Foundation
import Site

struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented site definition for an existing Hugo or Jekyll site.",
        discussion: """
            Reads the site the way every other command does and writes a definition with what \
            it found filled in and every other choice commented out, ready to edit. Without \
            --hugo or --jekyll, writes one for a plain folder of Markdown posts.

            Put the result in /etc/herald/feeds/NAME.toml and enable herald@NAME.timer.
            """
    )

    @Option(help: ArgumentHelp("The root folder of a Hugo site.", valueName: "dir"))
    var hugo: String?

    @Option(help: ArgumentHelp("The root folder of a Jekyll site.", valueName: "dir"))
    var jekyll: String?

    @Option(
        help: ArgumentHelp(
            "Who renders posts' HTML for feeds and announcements: herald or generator.",
            discussion: """
                generator adds a page and a template to the site that make hugo (or jekyll build) \
                write every post's HTML and summary to herald-rendering.json in its publish \
                folder; Herald then takes each post from there, exactly as the site shows it, \
                shortcodes and render hooks included, and renders a post itself (with a warning) \
                when the file is missing or older than the post.
                """))
    var rendering = RenderingChoice.herald

    @Option(
        name: .shortAndLong,
        help: ArgumentHelp("Write the definition to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        if hugo != nil && jekyll != nil { throw ValidationError("Give --hugo or --jekyll, not both.") }
        if rendering == .generator && hugo == nil && jekyll == nil {
            throw ValidationError("--rendering generator needs the site: give --hugo DIR or --jekyll DIR.")
        }
    }

    enum RenderingChoice: String, ExpressibleByArgument, CaseIterable {
        case herald, generator
    }

    func run() throws {
        let text: String
        if let root = hugo ?? jekyll {
            let source = Self.absolute(root)
            var site: SiteConfiguration
            do {
                site = try hugo != nil ? SiteConfiguration.hugo(siteRoot: source) : .jekyll(siteRoot: source)
            } catch {
                Log.standardError.write("herald: \(error.description)", priority: .error)
                throw ExitCode(ExitStatus.usage)
            }
            if rendering == .generator { site.rendering = try Self.installTemplate(in: site) }
            text = SiteDefinitionTemplate(site: site, source: source).text
        } else {
            text = SiteDefinitionTemplate.plain
        }
        guard let output else {
            print(text, terminator: "")
            return
        }
        if FileManager.default.fileExists(atPath: output) && !force {
            Log.standardError.write("herald: \(output) exists; use --force to replace it", priority: .error)
            throw ExitCode(ExitStatus.cannotWrite)
        }
        do {
            _ = try AtomicFile.write(Array(text.utf8), to: output)
        } catch {
            Log.standardError.write("herald: cannot write \(error.description)", priority: .error)
            throw ExitCode(ExitStatus.cannotWrite)
        }
        Log.standardError.write("wrote \(output); check it with: herald list --config \(output)")
    }

    /// Adds the generator's page of its rendering to the site, and says what to do next.
    private static func installTemplate(in site: SiteConfiguration) throws -> Rendering {
        let template = GeneratorTemplate(site: site)
        let written: [String]
        do {
            written = try template.install()
        } catch {
            Log.standardError.write("herald: \(error.description)", priority: .error)
            throw ExitCode(ExitStatus.cannotWrite)
        }
        for path in written { Log.standardError.write("added \(path)") }
        let command = site.generator == .hugo ? "hugo" : "jekyll build"
        Log.standardError.write(
            "run \(command) before herald: it writes \(Rendering.fileName), which herald build takes posts from")
        return .generator(file: Rendering.generatorFile(publishDirectory: site.publishDirectory))
    }

    /// Definitions outlive the folder they were written from, so they name sites by absolute path.
    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath.appendingPathComponent(path)
    }
}
