import CCurl

/// A request that got no HTTP answer, with what failed in words a user can act on.
public struct HTTPError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        case refusedAddress
        case resolve
        case connect
        case timeout
        case tls
        case connectionClosed
        case other
    }

    public let kind: Kind
    /// The host the request went to; never the whole URL, which may hold a secret.
    public let host: String
    public let detail: String

    public var description: String { "\(host): \(detail)" }

    /// Maps libcurl's result codes at the boundary, so nothing above sees a `CURLcode`.
    init(code: CURLcode, host: String, message: String) {
        self.host = host
        let detail = message.isEmpty ? String(cString: herald_curl_easy_strerror(code)) : message
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
            kind = .resolve
            self.detail = "cannot resolve the host name (\(detail))"
        case CURLE_COULDNT_CONNECT:
            kind = .connect
            self.detail = "cannot connect (\(detail))"
        case CURLE_OPERATION_TIMEDOUT:
            kind = .timeout
            self.detail = "timed out (\(detail))"
        case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_CERTPROBLEM:
            kind = .tls
            self.detail = "TLS failed (\(detail))"
        case CURLE_GOT_NOTHING, CURLE_RECV_ERROR, CURLE_SEND_ERROR, CURLE_PARTIAL_FILE:
            kind = .connectionClosed
            self.detail = "the connection closed before a whole answer came (\(detail))"
        case CURLE_UNSUPPORTED_PROTOCOL:
            kind = .refusedAddress
            self.detail = "refused: only https:// addresses are allowed here (\(detail))"
        default:
            kind = .other
            self.detail = detail
        }
    }

    init(kind: Kind, host: String, detail: String) {
        self.kind = kind
        self.host = host
        self.detail = detail
    }
}
