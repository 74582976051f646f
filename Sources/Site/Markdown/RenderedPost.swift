/// A post's body as HTML ready for a feed: every URL absolute, shortcodes expanded.
public struct RenderedPost: Sendable {
    public let html: String
    /// Hugo's `.Summary`: the part before `<!--more-->`, else the front matter `summary`,
    /// else the first 70 words cut at the end of a sentence.
    public let summaryHTML: String
    /// Whether the summary leaves out part of the post.
    public let summaryIsTruncated: Bool
    /// Problems that did not stop the post from being rendered (an unknown shortcode, say).
    public let warnings: [Problem]

    /// The same post with more warnings.
    func adding(_ more: [Problem]) -> RenderedPost {
        RenderedPost(
            html: html, summaryHTML: summaryHTML, summaryIsTruncated: summaryIsTruncated, warnings: more + warnings)
    }
}
