import Foundation

/// Who renders a post's body for the feeds.
public enum Rendering: Sendable, Hashable {
    /// Herald, from the Markdown, as the generator would (`MarkdownFlavor`).
    case herald
    /// The generator itself: each post's HTML and summary as it wrote them into `file`, a JSON
    /// page that `herald init --rendering generator` adds to the site (`GeneratorPages`).
    case generator(file: String)

    /// The file's name, in the generator's publish folder.
    public static let fileName = "herald-rendering.json"

    /// The name the site definition's `rendering` gives it.
    public var name: String {
        switch self {
        case .herald: "herald"
        case .generator: "generator"
        }
    }

    /// The files a build reads besides the posts: a change to them changes the feeds.
    public var files: [String] {
        switch self {
        case .herald: []
        case .generator(let file): [file]
        }
    }

    /// The generator's rendering when its template is in the site (it was installed for
    /// Herald), else Herald's.
    static func detected(in site: SiteConfiguration) -> Rendering {
        let template = GeneratorTemplate(site: site).files[0].path
        guard FileManager.default.fileExists(atPath: template) else { return .herald }
        return .generator(file: generatorFile(publishDirectory: site.publishDirectory))
    }

    /// Where a site's generator writes the page of its rendering, in its publish folder.
    public static func generatorFile(publishDirectory: String) -> String {
        publishDirectory + "/" + fileName
    }
}
