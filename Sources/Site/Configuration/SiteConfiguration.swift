import Foundation

/// Everything Herald needs to know about one blog to read its posts the way its generator does.
public struct SiteConfiguration: Sendable {
    /// Which generator's rules decide paths, permalinks and dates.
    public enum Generator: String, Sendable, Codable {
        case hugo, jekyll
    }

    public var generator: Generator = .hugo
    public var title = ""
    /// The site's address, always ending in `/`.
    public var baseURL = "/"
    public var languageCode: String?
    /// Every language the site is written in, in Hugo's order; one for most sites.
    public var languages = [SiteLanguage(key: "en")]
    /// Hugo's `defaultContentLanguage`: the language of posts whose file names name none.
    public var defaultLanguage = "en"
    /// Hugo's `defaultContentLanguageInSubdir`: the default language's permalinks under `/en/` too.
    public var defaultLanguageInSubdir = false
    public var timeZone = TimeZone.gmt
    public var author: String?
    /// The folder whose files paths in messages are relative to: the site root or the config's folder.
    public var rootDirectory: String
    /// Where the posts are (Hugo's `contentDir`; a Jekyll site's root).
    public var contentDirectory: String
    /// The language of every post in `contentDirectory` when it is one language's own folder
    /// (`SiteConfiguration.contentRoots`); nil to tell each post's by its file name.
    public var contentLanguage: String?
    /// Where the generator writes the site (Hugo's `publishDir`, Jekyll's `destination`): feeds go
    /// there unless told otherwise.
    public var publishDirectory: String
    /// Permalink patterns by section (Hugo) or the single site pattern under key "" (Jekyll).
    public var permalinks: [String: String] = [:]
    /// Only posts in these top-level sections count; empty means every section.
    public var sections: [String] = []
    /// Where `sections` is set (Hugo's `params.mainSections`, or a definition's `sections`).
    public var sectionsPlace: SettingPlace?
    /// The taxonomies whose terms get feeds: Hugo's `[taxonomies]`, else tags and categories.
    public var taxonomies = SiteTaxonomy.defaults
    /// Where a Hugo post's dates come from (`[frontmatter]`).
    public var dateSources = HugoDateSources.defaults
    /// The Git history `:git` dates come from, with Hugo's `enableGitInfo`.
    public var gitHistory: GitHistory?
    /// What the configuration's `[cascade]` passes down to every page it targets.
    public var cascade = HugoCascade()
    /// Hugo's `--environment`, which cascade targets may name.
    public var environment = HugoConfiguration.defaultEnvironment
    /// How the generator renders Markdown (Hugo's `[markup.goldmark]`, Jekyll's kramdown).
    public var markdown = MarkdownFlavor.goldmark
    /// Who renders posts' bodies: Herald, or the generator's own page of them when the site
    /// has one (`herald init --rendering generator`).
    public var rendering = Rendering.herald
    /// Markdown links to content files (`[x](other.md)`) go to those posts' permalinks, as the
    /// site's link render hook (or Hugo's own) makes them.
    public var linksReachPages = false
    /// The site's own shortcodes, which Herald runs when it can.
    public var shortcodes = SiteShortcodes.none
    public var summaryLength = 70
    /// Hugo's `enableEmoji`: emoji codes in a post's Markdown become emoji.
    public var emojifies = false
    /// Hugo's `pluralizeListTitles` and `capitalizeListTitles`: a section without a titled
    /// `_index.md` is titled `Posts` for the folder `post`.
    public var pluralizesListTitles = true
    public var capitalizesListTitles = true
    public var titleCaseStyle = TitleCaseStyle.ap
    public var uglyURLs = UglyURLs()
    public var disablePathToLower = false
    public var removePathAccents = false
    /// Posts dated in the future are published too (Hugo's `buildFuture`, Jekyll's `future`).
    public var publishesFuture = false
    /// Expired posts are published too (Hugo's `buildExpired`).
    public var publishesExpired = false
    /// Files larger than this are reported and skipped rather than read.
    public var maxPostBytes = 16 * 1024 * 1024
    /// Where the generator's configuration sets the base address (file and line), for a
    /// message when it is unusable; nil when no file sets it.
    public var baseURLPlace: SettingPlace?
    /// The feeds the generator's configuration describes, which Herald's replace.
    public var servedFeeds = ServedFeeds()
    /// What only Jekyll sites have: front matter defaults, authors, excerpts, post extensions.
    public var jekyll = JekyllSettings()
    /// Settings of the generator's configuration that Herald read but does not follow.
    public var warnings: [Problem] = []

    public init(rootDirectory: String, contentDirectory: String) {
        self.rootDirectory = rootDirectory
        self.contentDirectory = contentDirectory
        publishDirectory = rootDirectory.appendingPathComponent("public")
    }

    /// The site address without its trailing slash, for joining with root-relative paths.
    var baseURLWithoutSlash: String { String(baseURL.dropLast()) }
}
