/// The URLs an HTML fragment links to, for checks that every one of them is absolute.
public enum HTMLLinks {
    /// Every URL in `href`, `src`, `poster` and `srcset` attributes, in document order.
    public static func urls(in html: String) -> [String] {
        var urls: [String] = []
        _ = URLAbsolutizer.rewritingURLs(in: html) { url in
            urls.append(url)
            return url
        }
        return urls
    }
}
