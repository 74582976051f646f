import CCrypto

/// SHA-256 and HMAC-SHA256 through OpenSSL's libcrypto, the library libcurl already uses,
/// opened on the first digest.
enum Digest {
    static func sha256(_ bytes: [UInt8]) -> [UInt8] {
        loadLibrary()
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        bytes.withUnsafeBufferPointer { herald_sha256($0.baseAddress, $0.count, &digest) }
        return digest
    }

    static func hmacSHA256(key: [UInt8], message: [UInt8]) -> [UInt8] {
        loadLibrary()
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        key.withUnsafeBufferPointer { keyBytes in
            message.withUnsafeBufferPointer { messageBytes in
                herald_hmac_sha256(
                    keyBytes.baseAddress, Int32(keyBytes.count), messageBytes.baseAddress, messageBytes.count, &digest)
            }
        }
        return digest
    }

    /// Without libcrypto no announcement can be keyed or signed: like a library missing at
    /// start-up, that ends the process, saying what to install.
    private static func loadLibrary() {
        if let error = herald_crypto_load() { fatalError("herald: \(String(cString: error))") }
    }

    static func hex(_ bytes: [UInt8]) -> String {
        bytes.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
