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
        name: .shortAndLong,
        help: ArgumentHelp("Write the definition to this file instead of standard output.", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    func validate() throws {
        if hugo != nil && jekyll != nil { throw ValidationError("Give --hugo or --jekyll, not both.") }
    }

    func run() throws {
        let text: String
        do {
            if let hugo {
                text = try SiteDefinitionTemplate(
                    site: .hugo(siteRoot: Self.absolute(hugo)), source: Self.absolute(hugo)
                ).text
            } else if let jekyll {
                text = try SiteDefinitionTemplate(
                    site: .jekyll(siteRoot: Self.absolute(jekyll)), source: Self.absolute(jekyll)
                )
                .text
            } else {
                text = SiteDefinitionTemplate.plain
            }
        } catch {
            Log.standardError.write("herald: \(error.description)", priority: .error)
            throw ExitCode(ExitStatus.usage)
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

    /// Definitions outlive the folder they were written from, so they name sites by absolute path.
    private static func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath.appendingPathComponent(path)
    }
}
