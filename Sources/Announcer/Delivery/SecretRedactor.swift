import Site

/// Replaces a target's secrets in text that Herald prints or stores, such as an error answer
/// from a server that echoes the request (Spring Boot's error JSON, many proxies): each value,
/// and for an address the path and query too, as written, with `/` escaped as JSON may write
/// it, and percent-encoded; each by where it comes from, as `«token from $NAME»`.
public struct SecretRedactor: Sendable {
    private let replacements: [(secret: [UInt8], label: [UInt8])]

    /// - Parameter value: a secret's value, or nil where it cannot be read here (it is then not
    ///   redacted: it cannot have been sent from here either).
    public init(target: TargetSettings, value: (_ name: String, _ secret: Secret) -> String?) {
        var replacements: [(secret: [UInt8], label: [UInt8])] = []
        for (name, secret) in target.secrets {
            guard let value = value(name, secret), !value.isEmpty else { continue }
            var forms = [value]
            // A path as short as `/x` is too common to stand for the address.
            if name == "url", let pathAndQuery = Self.pathAndQuery(of: value), pathAndQuery.count >= 4 {
                forms.append(pathAndQuery)
            }
            for form in forms {
                let label = Array("«\(name) from \(secret)»".utf8)
                for variant in [
                    form, form.replacingOccurrences(of: "/", with: "\\/"),
                    PercentEncoding.encode(form, keeping: PercentEncoding.isUnreserved),
                ] {
                    replacements.append((Array(variant.utf8), label))
                }
            }
        }
        // The longest first, so a token inside an address is not half replaced.
        self.replacements = replacements.sorted { $0.secret.count > $1.secret.count }
    }

    public func redact(_ text: String) -> String {
        guard !replacements.isEmpty else { return text }
        var bytes = Array(text.utf8)
        for (secret, label) in replacements { bytes = Self.replacing(secret, with: label, in: bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Byte by byte, so that no normalisation or grapheme boundary can hide an occurrence.
    private static func replacing(_ secret: [UInt8], with label: [UInt8], in bytes: [UInt8]) -> [UInt8] {
        guard let first = secret.first, bytes.count >= secret.count else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == first, index + secret.count <= bytes.count,
                bytes[index..<index + secret.count].elementsEqual(secret)
            {
                result += label
                index += secret.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return result
    }

    /// `/services/T0/B0/XYZ?key=1` of `https://host/services/T0/B0/XYZ?key=1`.
    private static func pathAndQuery(of url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let rest = url[scheme.upperBound...]
        return rest.firstIndex { $0 == "/" || $0 == "?" }.map { String(rest[$0...]) }
    }
}
