import CCurl

/// The HTTP library announcements go through.
public enum HTTPLibrary {
    /// The libcurl Herald was built against, for `herald --version`. From the header rather than
    /// the library, which is only loaded when a request is sent.
    public static let version = "libcurl/\(LIBCURL_VERSION)"
}
