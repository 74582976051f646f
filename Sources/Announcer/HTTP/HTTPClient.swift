/// Sends HTTP requests through libcurl: the only code in Herald that touches libcurl.
///
/// TLS verification is always on; redirects are few and never turn a POST into a GET; proxies
/// come from the usual environment variables, as libcurl reads them.
public struct HTTPClient: HTTPSending {
    public let userAgent: String

    public init(version: String) {
        userAgent = "herald/\(version)"
    }

    public func send(_ request: HTTPRequest) throws(HTTPError) -> HTTPResponse {
        try CurlEasy(host: CurlEasy.host(of: request.url)).perform(request, userAgent: userAgent)
    }
}
