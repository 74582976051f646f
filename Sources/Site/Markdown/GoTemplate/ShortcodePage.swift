import Foundation

/// The page a shortcode or render hook runs in, as `.Page` gives it.
struct ShortcodePage: Sendable {
    let title: String
    /// Its `linkTitle`, else its title.
    let linkTitle: String
    let permalink: String
    /// The language's key (`fr`), as `.Lang` gives it.
    let language: String
    /// What the site's addresses in the page's language start with after the base URL: `fr/`,
    /// or "" (`relLangURL`).
    let languagePrefix: String
    /// Its top section (`.Section`), "" at the top of the content folder.
    let section: String
    let date: PostDate?
    let lastmod: PostDate?
    let publishDate: PostDate?
    let expiryDate: PostDate?
    /// Where a date written as text is read: the site's timezone.
    let timeZone: TimeZone
    /// Whose month and day names dates are written with: the page's language's, as Hugo picks
    /// its translator by the language's key.
    let locale: Locale
    /// Its Markdown as written, after the front matter (`.RawContent`), read when asked for;
    /// nil when its file cannot be read.
    let rawContent: @Sendable () -> String?
    /// Its Markdown with its shortcodes run (`.RenderShortcodes`, current Hugo's way to include a
    /// page in another), or why they cannot be.
    let renderShortcodes: @Sendable () -> Result<String, GoTemplate.Failure>
}
