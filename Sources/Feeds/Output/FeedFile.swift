/// One file of a build's feeds.
public struct FeedFile: Sendable {
    public let format: FeedFormat
    /// Relative to the output folder: `tags/kubecon/index.xml`.
    public let path: String
}
