/// One Markdown file with front matter, read the way the site's generator reads it.
public struct Post: Sendable {
    /// The file's path relative to the site's root folder, as messages show it.
    public var path: String
    /// The file's path relative to the content folder, as `ref` shortcodes name it (and as
    /// the file is found again to render the body).
    public var contentPath: String
    public var title = ""
    /// The post's date (Hugo's `.Date`), from front matter or, for Jekyll, the file name.
    public var date: PostDate?
    public var publishDate: PostDate?
    public var lastmod: PostDate?
    public var expiryDate: PostDate?
    public var isDraft = false
    public var slug: String?
    /// A front matter `url` (Hugo) or `permalink` (Jekyll, a pattern), which replaces the
    /// permalink's path.
    public var url: String?
    /// A front matter `summary` (Hugo, Markdown) or `excerpt` (Jekyll, shown as written).
    public var summary: String?
    public var description: String?
    public var tags: [String] = []
    public var categories: [String] = []
    /// The 1-based lines of the front matter keys that gave the tags and the categories, for
    /// messages about them; 0 where there is none (Jekyll's folder categories).
    public var tagsLine = 0
    public var categoriesLine = 0
    /// The terms of the site's other taxonomies (`series`, `authors`), by their plural name.
    public var otherTerms: [String: PostTerms] = [:]
    public var authors: [String] = []
    /// Hugo's `weight` (0 when unset) and `linkTitle`: Hugo lists pages by them.
    public var weight = 0
    public var linkTitle: String?
    /// Hugo's `translationKey`, which links translations whose paths differ; nil to link them by
    /// path (`SiteConfiguration.translationKey(of:)`).
    public var translationKey: String?
    /// Which of Hugo's lists of pages it is in; every one for Jekyll.
    public var listing = PageListing.everywhere
    /// The language's key (`pt-br`): from the file name (`post.pt-br.md`), else the site's default.
    public var language = "en"
    /// The first author's e-mail address and web address, from Jekyll's `author` details or
    /// `_data/authors.yml`, as jekyll-feed writes them in `<author>`.
    public var authorEmail: String?
    public var authorURI: String?
    /// Jekyll: the post's own `excerpt_separator` (front matter or `defaults:`); nil for the site's.
    public var excerptSeparator: String?
    /// The top-level content folder (Hugo) or the first category (Jekyll); "" at the root.
    public var section = ""
    /// The feed id when it is not the permalink: a front matter `id` or `guid`, or for Jekyll
    /// the post id jekyll-feed publishes.
    public var identifier: String?
    /// Empty until resolved when the scan was told not to build permalinks (`herald build`
    /// builds only those of the posts its feeds hold); `SiteConfiguration.permalink(of:)` builds it.
    public var permalink = ""
    public var status = PostStatus.published
    /// Byte offset and 1-based line where the Markdown body starts in the file.
    public var bodyOffset = 0
    public var bodyLine = 1
    /// Where the file sits, as the walk found it: what a permalink is built from later.
    var fileKind = ContentFile.Kind.page
    var sectionCount = 0

    /// The Jekyll collection other than `posts` the file is a document of (`changes`), which
    /// only that collection's feeds hold; nil for a post.
    public var collection: String? {
        guard fileKind == .jekyllDocument, let folder = contentPath.split(separator: "/").first else { return nil }
        return String(folder.dropFirst())
    }

    public init(path: String, contentPath: String) {
        self.path = path
        self.contentPath = contentPath
    }
}
