/// One feed file's bytes, ready to be written.
public struct FeedFile: Sendable {
    public let format: FeedFormat
    /// Relative to the output folder: `tags/kubecon/index.xml`.
    public let path: String
    public let bytes: [UInt8]
}
