import Announcer
import Feeds
import Foundation
import Site

/// A site definition loaded the way every command loads it, `[site]`, `[feeds]`, `[announce]`
/// and every `[[targets]]` checked. The input is the definition, then any files it refers to,
/// each after a `==> PATH <==` line (`==> blog/hugo.toml <==`); a definition left empty makes
/// Herald read the folder as a site root instead, as `--site` does.
struct DefinitionHarness: Harness {
    private let folder = ScratchFolder("definition")

    func run(_ input: [UInt8]) {
        folder.reset()
        let parts = InputSections(input)
        for (name, bytes) in parts.parts where Self.isPlain(name) { folder.write(bytes, to: name) }
        let definition: SiteDefinition
        do throws(ConfigurationError) {
            definition =
                parts.preamble.isEmpty
                ? try SiteDefinition.detect(siteRoot: folder.path)
                : try SiteDefinition.load(configFile: folder.write(parts.preamble, to: "site.toml"))
            _ = try FeedSettings(definition: definition)
            _ = try AnnounceSettings(definition: definition)
        } catch {
            return
        }
    }

    /// A relative path inside the folder: the harness writes nowhere else.
    private static func isPlain(_ path: String) -> Bool {
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        return !path.hasPrefix("/") && components.count <= 4
            && components.allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }
}
