import CCurl

/// The HTTP library announcements go through.
public enum HTTPLibrary {
    /// libcurl's version and its TLS library's, for `herald --version`.
    public static var version: String {
        String(cString: curl_version())
    }
}
