extension FrontMatterFields {
    /// Jekyll's meaning of the keys, with what Jekyll itself fills in: a title made of the file
    /// name, the slug of the name, and categories from the folders above `_posts`. `table`
    /// holds the post's `defaults:` under its own front matter.
    func applyJekyll(to post: inout Post, file: JekyllFileName, site: SiteConfiguration) throws(Problem) {
        // `data["title"] ||= titleize_slug(slug)`: an empty title stays, a missing one is made.
        let title = try jekyllTitleValue() ?? Self.titleized(file.slug)
        // As jekyll-feed shows it: `smartify | strip_html | normalize_whitespace`, read as HTML.
        post.title = HTMLText.decodingEntities(
            LiquidFilters.normalizeWhitespace(LiquidFilters.stripHTML(LiquidFilters.smartify(title))))
        post.date = try rubyDate("date")?.resolved(in: timeZone) ?? file.date?.resolved(in: timeZone)
        post.lastmod = try rubyDate("last_modified_at")?.resolved(in: timeZone)
        let isDraft = try flag("draft") == true
        let isUnpublished = try flag("published") == false
        post.isDraft = isDraft || isUnpublished || file.isDraft
        post.slug = try text("slug") ?? file.slug
        if let pattern = try text("permalink") {
            if let unknown = JekyllPermalink.unknownPlaceholder(in: pattern) {
                throw problem("permalink", JekyllPermalink.unknownPlaceholderReason(unknown))
            }
            post.url = pattern
        }
        post.summary = try text("excerpt")
        post.description = try text("description")
        post.excerptSeparator = try text("excerpt_separator")
        (post.tags, post.tagsLine) = try pluralized(singular: "tag", plural: "tags")
        let (named, namedLine) = try pluralized(singular: "category", plural: "categories")
        // `categories` from the folders, then `categories:` (already joined with those of
        // `defaults:`), then a `category:`; each once.
        var seen = Set<String>()
        post.categories = (file.categories + (try terms("categories", splitOnSpaces: true) ?? []) + named).filter {
            seen.insert($0).inserted
        }
        post.categoriesLine = namedLine
        try applyJekyllAuthor(to: &post, site: site)
    }

    /// The title as written; nil when there is none (or it is `false`, which Ruby's `||=` replaces).
    private func jekyllTitleValue() throws(Problem) -> String? {
        if case .bool(false)? = table["title"] { return nil }
        return try text("title")
    }

    /// `Utils.titleize_slug`: each hyphen-separated word capitalised as Ruby's `capitalize`
    /// does it (first letter in title case, the rest lower), joined by spaces.
    static func titleized(_ slug: String) -> String {
        var words = slug.split(separator: "-", omittingEmptySubsequences: false)
        // Ruby's `split` drops the empty fields at the end.
        while words.last?.isEmpty == true { words.removeLast() }
        return words.map { word in
            guard let first = word.unicodeScalars.first else { return "" }
            return first.properties.titlecaseMapping + String(word.unicodeScalars.dropFirst()).lowercased()
        }.joined(separator: " ")
    }

    /// `Utils.pluralized_array_from_hash`: the singular key's value as it is, else the plural
    /// key's, split on white space when it is text; and the line of the key used.
    private func pluralized(singular: String, plural: String) throws(Problem) -> (names: [String], line: Int) {
        if let names = try terms(singular, splitOnSpaces: false) { return (names, table.entry(singular)?.line ?? 0) }
        if let names = try terms(plural, splitOnSpaces: true) { return (names, table.entry(plural)?.line ?? 0) }
        return ([], 0)
    }

    /// jekyll-feed's author: `author` (text, or a table of `name`, `email`, `uri`), else the
    /// first of `authors`, else the site's; a name that is a key of `_data/authors.yml` is the
    /// author described there.
    private func applyJekyllAuthor(to post: inout Post, site: SiteConfiguration) throws(Problem) {
        var names: [String]
        if case .table(let details)? = table["author"] {
            names = details["name"]?.scalarText.map { [$0] } ?? []
            post.authorEmail = details["email"]?.scalarText
            post.authorURI = details["uri"]?.scalarText
        } else {
            names = try terms("author", splitOnSpaces: false) ?? []
            if names.isEmpty { names = try terms("authors", splitOnSpaces: false) ?? [] }
            if names.isEmpty, let author = site.author, site.jekyll.authors[author] != nil { names = [author] }
            if let first = names.first, let known = site.jekyll.authors[first] {
                post.authorEmail = known.email
                post.authorURI = known.uri
            }
        }
        post.authors = names.map { site.jekyll.authors[$0]?.name ?? $0 }
    }

    /// A date as Jekyll reads one, through Ruby's `Time.parse`.
    private func rubyDate(_ key: String) throws(Problem) -> LocalDateTime? {
        switch table[key] {
        case nil, .null: return nil
        case .datetime(let value): return value
        case .some(let value):
            guard let text = value.scalarText, !text.isEmpty else {
                throw problem(key, "expected a date such as 2006-01-02 15:04:05 -0700, found a \(value.typeName)")
            }
            guard let date = LocalDateTime(rubyParsing: text) else {
                throw problem(
                    key, "'\(text)' is not a date Herald can read; write 2006-01-02 or 2006-01-02 15:04:05 -0700")
            }
            return date
        }
    }
}
