/// A file of a build that could not be made or written; the file already there, if any, is
/// left as it was, and the build's other files are still written.
public struct FeedWriteFailure: Error, Sendable, CustomStringConvertible {
    /// The file's full path.
    public let path: String
    /// What went wrong, as the writer put it.
    public let reason: String
    /// What the file is: "the site's feed", "the feed of the tag 'café' of content/posts/a.md".
    let subject: String
    /// The post to change, when a name from it made the file's folder, and what in it.
    let origin: (post: String, kind: String)?
    let outputDirectory: String

    /// - Parameter feed: the feed the file is of; nil for the stylesheet.
    init(path: String, reason: String, feed: PlannedFeed?, outputDirectory: String) {
        self.path = path
        self.reason = reason
        self.outputDirectory = outputDirectory
        guard let feed else {
            (subject, origin) = ("the stylesheet", nil)
            return
        }
        guard let (kind, name) = feed.scope.term else {
            (subject, origin) = ("the site's feed", nil)
            return
        }
        // The newest post of a term's feed is the one whose spelling names it.
        guard let post = feed.posts.first else {
            (subject, origin) = ("the feed of the \(kind) '\(name)'", nil)
            return
        }
        let line = feed.scope.line(in: post)
        let place = line > 0 ? "\(post.path):\(line)" : post.path
        (subject, origin) = ("the feed of the \(kind) '\(name)' of \(place)", (place, kind))
    }

    public var description: String {
        "cannot write \(path), \(subject): \(reason); the previous file is left as it was: check that "
            + "\(outputDirectory) is writable and has room"
            + (origin.map { ", or rename the \($0.kind) in \($0.post)" } ?? "")
    }
}
