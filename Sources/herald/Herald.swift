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
            Herald reads a Hugo or Jekyll site exactly the way the generator does: the same \
            statuses (draft, scheduled, expired, published) and the same permalinks.

            Try it on a blog without writing any configuration:
              herald list --site ~/blog

            Or describe the site in a TOML file (see feeds/example.toml):
              herald list --config feeds/example.toml
            """,
        version:
            "herald \(version) (cmark-gfm \(MarkdownLibrary.version), libxml2 \(XMLText.libraryVersion), \(HTTPLibrary.version))",
        subcommands: [
            Init.self, List.self, Build.self, Check.self, Announce.self, Run.self, Status.self, Preview.self,
        ]
    )
}
