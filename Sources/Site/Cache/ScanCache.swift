import Foundation

/// What the last scan read from each file, keyed by the file's path, size, modification time and
/// inode, so an unchanged post is neither read nor parsed again. Kept in the site's state folder;
/// a cache that is missing, damaged, from another Herald or for another configuration is
/// ignored and rebuilt: it can make a scan faster, never different.
struct ScanCache {
    /// What one file gave: a post, or the problem that kept it out.
    enum Outcome {
        case post(Post)
        case problem(Problem)
    }

    private(set) var entries: [String: (stat: FileStat, outcome: Outcome)] = [:]

    static let magic = Array("HERALDSC".utf8)
    static let fileName = "scan-cache"

    /// Everything about the site that changes how a file is read: a different one empties the cache.
    static func fingerprint(of site: SiteConfiguration) -> UInt64 { site.readingFingerprint }

    init() {}

    /// The cache at `path`, or an empty one when it cannot be trusted.
    init(contentsOf path: String, fingerprint: UInt64) {
        guard let data = FileManager.default.contents(atPath: path) else { return }
        var reader = BinaryReader(Array(data))
        do throws(BinaryReader.Malformed) {
            for byte in Self.magic where UInt8(try reader.uint64() & 0xFF) != byte { return }
            guard try reader.uint64() == fingerprint else { return }
            let count = try reader.int()
            var entries: [String: (stat: FileStat, outcome: Outcome)] = [:]
            entries.reserveCapacity(max(0, count))
            for _ in 0..<count {
                let key = try reader.string()
                let stat = FileStat(
                    size: Int64(try reader.int()), modifiedSeconds: Int64(try reader.int()),
                    modifiedNanoseconds: Int64(try reader.int()), inode: try reader.uint64())
                entries[key] = (
                    stat,
                    try reader.bool() ? .post(try Self.readPost(&reader)) : .problem(try Self.readProblem(&reader))
                )
            }
            guard reader.isAtEnd else { return }
            self.entries = entries
        } catch {
            return
        }
    }

    func outcome(for file: ContentFile) -> Outcome? {
        guard let entry = entries[file.absolutePath], entry.stat == file.stat else { return nil }
        return entry.outcome
    }

    /// The bytes of a cache holding what a scan found for each file, in the scan's order.
    static func encoded(_ records: [(file: ContentFile, outcome: Outcome)], fingerprint: UInt64) -> [UInt8] {
        var writer = BinaryWriter()
        writer.reserve(records.count * 512)
        for byte in Self.magic { writer.write(UInt64(byte)) }
        writer.write(fingerprint)
        writer.write(records.count)
        for (file, outcome) in records {
            let stat = file.stat
            writer.write(file.absolutePath)
            writer.write(Int(stat.size))
            writer.write(Int(stat.modifiedSeconds))
            writer.write(Int(stat.modifiedNanoseconds))
            writer.write(stat.inode)
            switch outcome {
            case .post(let post):
                writer.write(true)
                Self.write(post, to: &writer)
            case .problem(let problem):
                writer.write(false)
                writer.write(problem.path)
                writer.write(problem.line)
                writer.write(problem.reason)
                writer.write(problem.severity == .error)
            }
        }
        return writer.bytes
    }

    private static func write(_ post: Post, to writer: inout BinaryWriter) {
        for text in [post.path, post.filePath, post.contentPath, post.title, post.section, post.permalink] {
            writer.write(text)
        }
        for date in [post.date, post.publishDate, post.lastmod, post.expiryDate] { writer.write(date) }
        writer.write(post.isDraft)
        for text in [post.slug, post.url, post.summary, post.description, post.identifier] { writer.write(text) }
        writer.write(post.tags)
        writer.write(post.categories)
        writer.write(post.authors)
        writer.write(post.bodyOffset)
        writer.write(post.bodyLine)
    }

    private static func readPost(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) -> Post {
        var post = Post(path: try reader.string(), filePath: try reader.string(), contentPath: try reader.string())
        post.title = try reader.string()
        post.section = try reader.string()
        post.permalink = try reader.string()
        post.date = try reader.date()
        post.publishDate = try reader.date()
        post.lastmod = try reader.date()
        post.expiryDate = try reader.date()
        post.isDraft = try reader.bool()
        post.slug = try reader.optionalString()
        post.url = try reader.optionalString()
        post.summary = try reader.optionalString()
        post.description = try reader.optionalString()
        post.identifier = try reader.optionalString()
        post.tags = try reader.strings()
        post.categories = try reader.strings()
        post.authors = try reader.strings()
        post.bodyOffset = try reader.int()
        post.bodyLine = try reader.int()
        return post
    }

    private static func readProblem(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) -> Problem {
        Problem(
            path: try reader.string(), line: try reader.int(), reason: try reader.string(),
            severity: try reader.bool() ? .error : .warning)
    }
}

/// FNV-1a, 64 bits: a fast hash for fingerprints that only need to change when their input does.
public struct FNV1a: Sendable {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Adds `text` and a separator, so ("ab", "c") and ("a", "bc") differ.
    public mutating func add(_ text: String) {
        for byte in text.utf8 { mix(byte) }
        mix(0)
    }

    public mutating func add(_ number: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { mix(UInt8(truncatingIfNeeded: number >> UInt64(shift))) }
    }

    private mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    public static func hash(_ text: String) -> UInt64 {
        var hash = FNV1a()
        hash.add(text)
        return hash.value
    }
}

extension SiteConfiguration {
    /// A digest of everything that changes how a post file is read: Herald's version, the
    /// generator, address, timezone, folders, permalink patterns (sorted) and URL options.
    public var readingFingerprint: UInt64 {
        let parts: [String] = [
            Version.herald, generator.rawValue, baseURL, timeZone.identifier, contentDirectory,
            rootDirectory,
            permalinks.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ","),
            "\(uglyURLs)\(disablePathToLower)\(removePathAccents)\(maxPostBytes)",
        ]
        return FNV1a.hash(parts.joined(separator: "\u{0}"))
    }
}
