import Announcer
import ArgumentParser
import Feeds
import Site

@main
struct Herald: ParsableCommand {
    static let version = Version.herald

    static let configuration = CommandConfiguration(
        commandName: "herald",
        abstract: "Turns a folder of blog posts into feeds and announces each new post.",
        discussion: """
            Herald reads a Hugo or Jekyll site exactly the way the generator does (the same \
            drafts, scheduled and expired posts, the same permalinks), writes RSS, Atom and JSON \
            feeds, and announces each new post once to each target.

            Try it on a blog without writing any configuration:
              herald list --site ~/blog
              herald build --site ~/blog --dry-run

            Then describe the site in a definition and let the timer run it:
              herald init --hugo ~/blog --output /etc/herald/feeds/blog.toml
              systemctl enable --now herald@blog.timer

            Every command takes --config FILE or --site DIR. Problems are reported as \
            path:line: reason. Exit status: 0 when everything due was done (posts held back by \
            max_per_run are no failure), 1 when something was not (it stays due), 64 for a definition Herald cannot use, 73 when a file could \
            not be written. Configuration and operations: docs/configuration.md and \
            docs/operations.md (installed in share/doc/herald).
            """,
        version:
            "herald \(version) (cmark-gfm \(MarkdownLibrary.version), libxml2 \(XMLText.libraryVersion), \(HTTPLibrary.version))",
        subcommands: [
            Init.self, List.self, Build.self, Check.self, Announce.self, Run.self, Status.self, Preview.self,
        ]
    )
}
