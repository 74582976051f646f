/// What a server answered.
public struct HTTPResponse: Sendable {
    public let status: Int
    /// The final response's headers, names lowercased, in the order received.
    public let headers: [(name: String, value: String)]
    public let body: [UInt8]

    public func header(_ name: String) -> String? {
        let lowered = name.lowercased()
        return headers.first { $0.name == lowered }?.value
    }
}
