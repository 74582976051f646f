import ArgumentParser
import Foundation
import Site

struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "Show every post with its status, date and permalink, and any problem found.",
        discussion: """
            Posts are listed newest first. Problems are printed to standard error as \
            path:line: reason (with --json, in the JSON's "problems" instead, each post's own); \
            a post with an error is skipped and every other post is still read.

            The exit status is 0 when no post is broken, 1 when one is, and 64 for a bad \
            command line or site definition.
            """
    )

    @OptionGroup var options: SiteOptions

    @Flag(help: "Print JSON for scripts instead of a table.")
    var json = false

    @Flag(
        help: ArgumentHelp(
            "Also render every published post's Markdown, as feeds will, and report problems in the bodies.",
            discussion: "With --json, each published post then carries its summary and content as HTML."))
    var render = false

    func run() throws {
        let site = try options.loadDefinition().site
        let scan = try options.scan(site)
        var posts = Post.newestFirst(scan.posts)
        var problems = scan.problems
        var rendered: [String: RenderedPost] = [:]
        var warnings: [Problem] = []
        if render {
            let renderer = PostRenderer(site: site, posts: posts)
            warnings = renderer.warnings
            let outcomes = posts.filter { $0.status == .published }.concurrentMap { ($0.path, renderer.render($0)) }
            for (path, outcome) in outcomes {
                switch outcome {
                case .success(let content): rendered[path] = content
                case .failure(let problem): problems.append(problem)
                }
            }
            let broken = Set(problems.map(\.path))
            posts.removeAll { broken.contains($0.path) }
        }
        warnings += rendered.values.flatMap(\.warnings)
        if json {
            try JSONOutput.print(
                PostListing(site: site, posts: posts, rendered: rendered, problems: problems + warnings))
        } else {
            printTable(posts)
            Log.standardError.report(problems + warnings)
            Log.standardError.write(summary(posts: posts, problems: problems))
        }
        if problems.contains(where: \.isError) { throw ExitCode(ExitStatus.incomplete) }
    }

    private func printTable(_ posts: [Post]) {
        for post in posts {
            let date = post.date.map { String($0.rfc3339.prefix(10)) } ?? "----------"
            let tags = post.tags.isEmpty ? "" : "  [" + post.tags.joined(separator: ", ") + "]"
            let status = post.status.rawValue + String(repeating: " ", count: 9 - post.status.rawValue.count)
            print("\(status)  \(date)  \(post.permalink)  \(post.title)\(tags)")
        }
    }

    private func summary(posts: [Post], problems: [Problem]) -> String {
        let counts = PostStatus.allCases.compactMap { status -> String? in
            let count = posts.filter { $0.status == status }.count
            return count == 0 ? nil : "\(count) \(status.rawValue)"
        }
        let errors = problems.filter(\.isError).count
        let broken = errors == 0 ? "" : "; \(errors) skipped with errors"
        let breakdown = counts.isEmpty ? "" : ": " + counts.joined(separator: ", ")
        return "\(posts.count) \(posts.count == 1 ? "post" : "posts")\(breakdown)\(broken)"
    }
}
