/// jekyll-feed's `feed.tags`: an Atom file per tag, `PATHTAG.xml`, for the tags of `only`
/// (every tag when unset) less those of `except`. As in jekyll-feed, a tag with a character
/// other than ASCII letters, digits and `_` gets no file.
public struct JekyllTagFeeds: Sendable, Equatable {
    public var only: [String]?
    public var except: [String]
    /// What each file's path, from the site's root, starts with: `feed/by_tag/` unless set.
    public var pathPrefix: String

    public init(only: [String]? = nil, except: [String] = [], pathPrefix: String = "feed/by_tag/") {
        self.only = only
        self.except = except
        self.pathPrefix = pathPrefix
    }

    /// The path of a tag's feed from the site's root: `feed/by_tag/go.xml`.
    public func path(of tag: String) -> String { pathPrefix + tag + ".xml" }

    /// Whether jekyll-feed writes a file for the tag.
    public func includes(_ tag: String) -> Bool {
        !tag.isEmpty
            && tag.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_")
            }
            && (only?.contains(tag) ?? true) && !except.contains(tag)
    }
}
