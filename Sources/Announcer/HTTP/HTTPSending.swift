/// What sends a request and waits for the answer: libcurl in Herald (`HTTPClient`).
protocol HTTPSending: Sendable {
    func send(_ request: HTTPRequest) throws(HTTPError) -> HTTPResponse
}
