import Announcer
import ArgumentParser
import Foundation
import Site

struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preview",
        abstract: "Print the exact request a target would get for a post, and send nothing.",
        discussion: """
            POST is the post's file (as `herald list` shows it), its permalink or its id. \
            Secrets are never printed: the parts of the request that come from one are shown \
            as «token from $NAME» (or url, or secret).
            """
    )

    @Argument(help: ArgumentHelp("The post: its file, permalink or id.", valueName: "post"))
    var post: String

    @Option(help: ArgumentHelp("The target's name.", valueName: "name"))
    var target: String

    @OptionGroup var options: SiteOptions

    func run() throws {
        let definition = try options.loadDefinition()
        let settings = try AnnounceOptions.settings(definition)
        guard let targetSettings = settings.targets.first(where: { $0.name == target }) else {
            let names = settings.targets.map(\.name).joined(separator: ", ")
            throw ValidationError(
                "\(options.config ?? "the site definition"): no target is called '\(target)'; "
                    + (names.isEmpty ? "it has no [[targets]]." : "its targets are \(names).")
            )
        }
        let scan = try options.scan(definition.site)
        guard let chosen = scan.posts.first(where: { [$0.path, $0.permalink, $0.identifier].contains(post) }) else {
            throw ValidationError(
                "No post '\(post)'; give its file as `herald list` shows it, its permalink or its id.")
        }
        let rendered: RenderedPost
        switch PostRenderer(site: definition.site, posts: scan.posts).render(chosen) {
        case .success(let content): rendered = content
        case .failure(let problem):
            Log.standardError.write(problem.description, priority: .error)
            throw ExitCode(ExitStatus.incomplete)
        }
        for warning in targetSettings.secretWarnings {
            Log.standardError.write("herald: warning: \(warning)", priority: .warning)
        }
        let preview = RequestPreview(target: targetSettings)
        let key = AnnouncementRun.idempotencyKey(
            site: definition.site.baseURL, target: target, post: chosen.identifier ?? chosen.permalink, version: nil)
        print(try preview.render(Announcement(post: chosen, rendered: rendered, site: definition.site), key: key))
    }
}
