import Foundation
import Site

/// The text `herald init` writes: what was detected, filled in; every other choice, commented.
struct SiteDefinitionTemplate {
    let site: SiteConfiguration
    let source: String

    /// TOML's basic string: quotes and backslashes escaped.
    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private var renderingLine: String {
        switch site.rendering {
        case .herald:
            "# rendering = \"generator\"    # each post's HTML as \(site.generator == .hugo ? "hugo" : "jekyll build") renders it, shortcodes and all: herald init --rendering generator"
        case .generator:
            "rendering = \"generator\"      # each post's HTML from the generator's \(Rendering.fileName); \"herald\" renders the Markdown"
        }
    }

    var text: String {
        let scan = try? PostScanner(site: site).scan()
        let posts = scan?.posts ?? []
        let sections = Array(Set(posts.map(\.section).filter { !$0.isEmpty })).sorted()
        let published = posts.filter { $0.status == .published }.count
        let generator = site.generator == .hugo ? "Hugo" : "Jekyll"
        return """
            # Herald site definition for \(Self.quoted(site.title.isEmpty ? "this site" : site.title)), written by `herald init`.
            # Every key is described in docs/configuration.md and in `man herald`.
            # Check it with: herald list --config THIS-FILE

            [site]
            # The \(generator) site: its configuration gives the title, address, language, timezone and permalinks.
            source = \(Self.quoted(source))
            # Found: base URL \(site.baseURL), timezone \(site.timeZone.identifier), \(posts.count) posts (\(published) published)\(sections.isEmpty ? "" : " in \(sections.joined(separator: ", "))").
            # Only posts in these sections go into feeds and announcements (default: every section):
            # sections = [\(sections.map(Self.quoted).joined(separator: ", "))]
            # base_url = "https://blog.example.org/"    # overrides the generator's
            \(renderingLine)

            [feeds]
            # Where the feeds are written: the generator's publish folder.
            output = \(Self.quoted(site.publishDirectory))
            # limit = 20                 # newest posts per feed
            # content = "full"           # or "summary"
            # formats = ["rss", "atom", "json"]
            # tags = true                # one feed per tag, at /tags/SLUG/index.xml
            # hubs = ["https://pubsubhubbub.appspot.com/"]

            [announce]
            # The ledger of what was announced where; under systemd $STATE_DIRECTORY is used.
            # state = "/var/lib/herald/blog"

            # Where new posts are announced. Uncomment one, give it its secret, and run
            # `herald announce --config THIS-FILE --dry-run` to see what it would send.
            # A target's first run announces nothing that exists already (unless backfill = N).
            #
            # [[targets]]
            # name = "chat"
            # type = "slack"                                 # or discord, mattermost, teams, ntfy, webhook
            # url = { credential = "slack-webhook" }         # systemd: LoadCredential=slack-webhook:/etc/herald/credentials/slack-webhook
            #
            # [[targets]]
            # name = "fediverse"
            # type = "mastodon"
            # server = "https://mastodon.social"
            # token = { env = "MASTODON_TOKEN" }

            """
    }

    /// For a folder of Markdown posts without a generator configuration.
    static let plain = """
        # Herald site definition, written by `herald init`. Every key is described in
        # docs/configuration.md and in `man herald`. Check it with: herald list --config THIS-FILE

        [site]
        content = "posts"                          # the folder of Markdown posts, relative to this file
        title = "My Blog"
        base_url = "https://blog.example.org/"
        timezone = "UTC"
        # permalinks = { posts = "/:year/:month/:slug/" }

        [feeds]
        output = "public"

        [announce]

        # [[targets]]
        # name = "chat"
        # type = "slack"
        # url = { env = "SLACK_WEBHOOK_URL" }

        """
}
