/// One use of a site's shortcode in a post, with what its template may ask of Hugo: its
/// arguments and inner text, its page and site, Markdown rendering and translations.
struct ShortcodeCall {
    let shortcode: Shortcode
    /// What the pair encloses, nested shortcodes expanded; nil for a tag on its own.
    let inner: String?
    let page: ShortcodePage
    let siteTitle: String
    let baseURL: String
    /// The site's `params`, as `.Site.Params` gives them.
    let siteParameters: GoValue
    /// The site's data files, as `.Site.Data` gives them.
    let siteData: SiteData
    /// The page's `params`, as `.Page.Params` gives them.
    let pageParameters: GoValue
    /// Markdown as HTML, a lone paragraph unwrapped, as `markdownify` and `RenderString` give it.
    let markdownify: (String) -> String
    /// The site's (or its theme's) translation of an `i18n` key in the page's language.
    let translate: (String) -> String?
    /// The site's partial template of a name (`partial "name.html"`), or why it cannot be run.
    let partial: (String) -> Result<GoTemplate, GoTemplate.Failure>
    /// The page of the site at a path, as `.Site.GetPage` finds it; nil when there is none.
    let findPage: (String) -> ShortcodePage?
    /// The page's `.Scratch`, shared by every shortcode of the page.
    let scratch: GoScratch

    /// `.Get 0` or `.Get "name"`: a position in positional arguments, a name in named ones.
    func argument(_ key: GoValue) -> GoValue {
        switch key {
        case .number(let number):
            let index = Int(number)
            return shortcode.positional.indices.contains(index) ? .string(shortcode.positional[index]) : .null
        default:
            return shortcode.named[key.text].map(GoValue.string) ?? .null
        }
    }

    var parameters: GoValue {
        shortcode.named.isEmpty
            ? .list(shortcode.positional.map(GoValue.string))
            : .map(Dictionary(shortcode.named.map { ($0.key.lowercased(), GoValue.string($0.value)) }) { a, _ in a })
    }
}
