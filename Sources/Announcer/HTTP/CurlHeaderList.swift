import CCurl

/// One libcurl header list (`curl_slist`), freed in `deinit`.
final class CurlHeaderList {
    private(set) var pointer: UnsafeMutablePointer<curl_slist>?

    init(_ lines: [String]) {
        for line in lines { pointer = herald_curl_slist_append(pointer, line) }
    }

    deinit {
        herald_curl_slist_free_all(pointer)
    }
}
