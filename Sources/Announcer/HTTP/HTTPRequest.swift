/// One HTTP request, as Herald sends it.
public struct HTTPRequest: Sendable {
    public var method = "POST"
    public var url: String
    public var headers: [(name: String, value: String)] = []
    public var body: [UInt8] = []
    /// Only `https://` unless this is set (tests on loopback need plain HTTP).
    public var allowsPlainHTTP = false
    public var connectTimeout = 10
    public var totalTimeout = 30
    /// A CA bundle to trust instead of the system's.
    public var caFile: String?

    public init(url: String) {
        self.url = url
    }
}
