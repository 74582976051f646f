import Foundation

/// A Hugo list page (`_index.md`, `_index.fr.md`): the page of a section, a taxonomy or a term,
/// or of the home page. It is no post; its title, address and date are the feeds' of its
/// section or term, and what it cascades goes to the pages below it.
public struct ListPage: Sendable {
    /// The folder it is the page of, relative to the content folder: "" for the home page.
    public let folder: String
    public let language: String
    /// Its front matter `title`, when it has one.
    public let title: String?
    /// Its front matter `url`: where its page (and feed) is instead of its folder.
    public let url: String?
    public let date: PostDate?
    public let publishDate: PostDate?
    public let isDraft: Bool
    /// What its `cascade` passes down, for its language unless the cascade says otherwise.
    let cascade: HugoCascade

    /// Hugo's path of its folder: lower case, spaces as hyphens (`categories/theme-demo`).
    public var logicalFolder: String { folder.hugoPathNormalized }
}

extension StringProtocol {
    /// A path as Hugo's `.Path` spells it: lower case, spaces as hyphens.
    var hugoPathNormalized: String { lowercased().replacingOccurrences(of: " ", with: "-") }
}
