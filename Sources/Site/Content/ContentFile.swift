/// A file that may hold a post, found by walking the content folder.
struct ContentFile: Sendable {
    /// Path relative to the content folder, with `/` separators: `posts/trip/index.md`.
    let relativePath: String
    let absolutePath: String
    /// The folders between the content folder and the file (for a bundle, up to the bundle's own).
    let directories: [String]
    /// Hugo's section path: the top folder, then each folder below it that has an `_index.md`.
    let sections: [String]
    /// The file's name without extension; for a page bundle, the bundle folder's name.
    let baseName: String
    /// Whether this is a page bundle's `index.md`.
    let isBundle: Bool
    /// Jekyll: the post sits in `_drafts`.
    let isJekyllDraft: Bool
    /// The file's size, modification time and inode when it was listed, for the scan cache.
    let stat: FileStat
}
