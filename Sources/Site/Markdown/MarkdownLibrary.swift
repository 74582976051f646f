import CCmark

/// The Markdown library posts are rendered with.
public enum MarkdownLibrary {
    /// cmark-gfm's version, for `herald --version`.
    public static var version: String { String(cString: cmark_version_string()) }
}
