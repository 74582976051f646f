import CCurl
import Foundation

/// One libcurl easy handle, freed in `deinit`: one transfer at a time, collecting the answer.
final class CurlEasy {
    private let handle: UnsafeMutableRawPointer
    private var body: [UInt8] = []
    private var headerLines: [String] = []
    /// libcurl writes its error message here during a transfer: memory this object owns.
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
    /// Answers are small; a larger body is cut off rather than read into memory.
    static let maximumBodySize = 1 << 20

    /// Opens libcurl on first use; fails with why when it cannot be loaded or cannot start.
    init(host: String) throws(HTTPError) {
        if let reason = herald_curl_load() {
            throw HTTPError(kind: .other, host: host, detail: String(cString: reason))
        }
        guard let handle = herald_curl_easy_init() else {
            throw HTTPError(kind: .other, host: host, detail: "libcurl could not start a transfer")
        }
        self.handle = handle
    }

    deinit {
        herald_curl_easy_cleanup(handle)
        errorBuffer.deallocate()
    }

    func set(_ option: CURLoption, _ value: String) {
        herald_curl_set_string(handle, option, value)
    }

    func set(_ option: CURLoption, _ value: Int) {
        herald_curl_set_long(handle, option, value)
    }

    /// Sends `request` and waits for the answer.
    func perform(_ request: HTTPRequest, userAgent: String) throws(HTTPError) -> HTTPResponse {
        let host = Self.host(of: request.url)
        set(CURLOPT_URL, request.url)
        // The protocol limit is what keeps a misconfigured target off plain HTTP: it must hold.
        guard
            herald_curl_set_string(handle, CURLOPT_PROTOCOLS_STR, request.allowsPlainHTTP ? "https,http" : "https")
                == CURLE_OK
        else {
            throw HTTPError(
                kind: .other, host: host, detail: "this libcurl cannot restrict protocols (7.85 or later is needed)")
        }
        set(CURLOPT_REDIR_PROTOCOLS_STR, request.allowsPlainHTTP ? "https,http" : "https")
        set(CURLOPT_FOLLOWLOCATION, 1)
        set(CURLOPT_MAXREDIRS, 3)
        // Keep a POST a POST across 301, 302 and 303 redirects.
        set(CURLOPT_POSTREDIR, Int(CURL_REDIR_POST_301 | CURL_REDIR_POST_302 | CURL_REDIR_POST_303))
        // No signals: timeouts must not interrupt other threads.
        set(CURLOPT_NOSIGNAL, 1)
        set(CURLOPT_CONNECTTIMEOUT, request.connectTimeout)
        set(CURLOPT_TIMEOUT, request.totalTimeout)
        set(CURLOPT_SSL_VERIFYPEER, 1)
        set(CURLOPT_SSL_VERIFYHOST, 2)
        if let caFile = request.caFile { set(CURLOPT_CAINFO, caFile) }
        set(CURLOPT_USERAGENT, userAgent)
        set(CURLOPT_CUSTOMREQUEST, request.method)
        let headers = CurlHeaderList(request.headers.map { "\($0.name): \($0.value)" } + ["Expect:"])
        herald_curl_set_list(handle, CURLOPT_HTTPHEADER, headers.pointer)
        var payload = request.body
        if request.method != "GET" {
            set(CURLOPT_POSTFIELDSIZE, payload.count)
            payload.withUnsafeMutableBytes {
                _ = herald_curl_set_pointer(handle, CURLOPT_COPYPOSTFIELDS, $0.baseAddress)
            }
        }
        let context = Unmanaged.passUnretained(self).toOpaque()
        herald_curl_set_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            let easy = Unmanaged<CurlEasy>.fromOpaque(context!).takeUnretainedValue()
            let room = max(0, CurlEasy.maximumBodySize - easy.body.count)
            easy.body.append(contentsOf: UnsafeRawBufferPointer(start: data, count: min(size * count, room)))
            return size * count
        }
        herald_curl_set_pointer(handle, CURLOPT_WRITEDATA, context)
        herald_curl_set_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            let easy = Unmanaged<CurlEasy>.fromOpaque(context!).takeUnretainedValue()
            let line = String(decoding: UnsafeRawBufferPointer(start: data, count: size * count), as: UTF8.self)
            easy.headerLines.append(line)
            return size * count
        }
        herald_curl_set_pointer(handle, CURLOPT_HEADERDATA, context)
        errorBuffer[0] = 0
        herald_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        // libcurl reads the header list and the body during the transfer: both must live until it ends.
        let code = withExtendedLifetime((headers, payload)) { herald_curl_easy_perform(handle) }
        guard code == CURLE_OK else {
            throw HTTPError(code: code, host: host, message: String(cString: errorBuffer))
        }
        var status = 0
        herald_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return HTTPResponse(status: status, headers: Self.finalHeaders(headerLines), body: body)
    }

    /// Only the last response's headers count when redirects or `100 Continue` came first.
    private static func finalHeaders(_ lines: [String]) -> [(name: String, value: String)] {
        let start = lines.lastIndex { $0.hasPrefix("HTTP/") } ?? 0
        return lines[start...].dropFirst().compactMap { line in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            return (line[..<colon].lowercased(), value)
        }
    }

    /// The host part of a URL, which is all logs may show of it.
    static func host(of url: String) -> String {
        guard let schemeEnd = url.range(of: "://") else { return "?" }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        return String(authority.split(separator: "@").last ?? authority)
    }
}
