import Foundation

extension Substring {
    /// Where the UTF-8 of `needle` first occurs, found with `memchr` and `memcmp`: Foundation's
    /// `range(of:)` converts to UTF-16 and the standard library's generic search is slower
    /// still, and every post's HTML is searched several times.
    func firstRange(ofUTF8 needle: String) -> Range<Index>? {
        var needle = needle
        let offset = needle.withUTF8 { needleBytes -> Int? in
            let search = { (haystack: UnsafeBufferPointer<UInt8>) in haystack.firstOffset(of: needleBytes, from: 0) }
            return utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search)
        }
        guard let offset else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }
}

extension String {
    func firstRange(ofUTF8 needle: String) -> Range<Index>? {
        self[...].firstRange(ofUTF8: needle)
    }

    /// Whether the UTF-8 of `needle` occurs in the string's.
    func containsUTF8(_ needle: String) -> Bool {
        firstRange(ofUTF8: needle) != nil
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Where `needle` first occurs at or after `start`.
    func firstOffset(of needle: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard !needle.isEmpty, let needleStart = needle.baseAddress, let base = baseAddress else { return nil }
        var start = start
        while start + needle.count <= count {
            let span = count - needle.count - start + 1
            guard let found = memchr(base + start, Int32(needle[0]), span) else { return nil }
            let offset = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(found))
            if memcmp(base + offset, needleStart, needle.count) == 0 { return offset }
            start = offset + 1
        }
        return nil
    }
}

extension String {
    /// Every occurrence of the UTF-8 of `target` replaced, found as `firstRange(ofUTF8:)` finds
    /// them, not by Foundation's UTF-16 search.
    func replacingUTF8(_ target: String, with replacement: String) -> String {
        guard var found = firstRange(ofUTF8: target) else { return self }
        var result = ""
        var rest = self[...]
        while true {
            result += rest[..<found.lowerBound]
            result += replacement
            rest = rest[found.upperBound...]
            guard let next = rest.firstRange(ofUTF8: target) else { break }
            found = next
        }
        return result + rest
    }
}

extension Substring {
    /// Whether the UTF-8 of `needle` occurs in the text's.
    func containsUTF8(_ needle: String) -> Bool {
        firstRange(ofUTF8: needle) != nil
    }
}
