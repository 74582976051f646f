import Foundation

/// What the last scan read from each file, keyed by the file's path, size, modification time and
/// inode, so an unchanged post is neither read nor parsed again. Kept in the site's state folder;
/// a cache that is missing, damaged, from another Herald or for another configuration is
/// ignored and rebuilt: it can make a scan faster, never different.
///
/// The file is read whole but each record is decoded only when its file is unchanged, and a new
/// cache copies the bytes of the records it keeps: a run that read one post costs little more
/// than one that read none.
struct ScanCache: Sendable {
    /// What one file gave: a post, or the problem that kept it out.
    typealias Outcome = Result<Post, Problem>

    struct Record: Sendable {
        let path: Range<Int>
        let stat: FileStat
        /// The encoded outcome, and the whole record with its key, for copying.
        let outcome: Range<Int>
        let whole: Range<Int>
    }

    let bytes: [UInt8]
    let records: [Record]

    static let magic = UInt64(littleEndian: 0x4143_5344_4c52_4548)  // "HERLDSCA"
    static let fileName = "scan-cache"

    /// Everything about the site that changes how a file is read: a different one empties the cache.
    static func fingerprint(of site: SiteConfiguration) -> UInt64 { site.readingFingerprint }

    init() {
        self.init(bytes: [], records: [])
    }

    private init(bytes: [UInt8], records: [Record]) {
        self.bytes = bytes
        self.records = records
    }

    /// The cache at `path`, or an empty one when it cannot be trusted.
    init(contentsOf path: String, fingerprint: UInt64) {
        guard let bytes = FileBytes.read(path) else {
            self.init()
            return
        }
        do throws(BinaryReader.Malformed) {
            self.init(bytes: bytes, records: try Self.records(in: bytes, fingerprint: fingerprint))
        } catch {
            self.init()
        }
    }

    /// Where each record lies, its key read but its outcome left encoded.
    private static func records(in bytes: [UInt8], fingerprint: UInt64) throws(BinaryReader.Malformed) -> [Record] {
        var reader = BinaryReader(bytes)
        guard try reader.uint64() == magic, try reader.uint64() == fingerprint else { throw .init() }
        let count = try reader.int()
        guard count >= 0, count <= bytes.count else { throw .init() }
        var records: [Record] = []
        records.reserveCapacity(count)
        for _ in 0..<count {
            let recordStart = reader.position
            let length = try reader.int()
            let start = reader.position
            guard length >= 0, length <= bytes.count - start else { throw .init() }
            let path = try reader.stringRange()
            let stat = FileStat(
                size: Int64(try reader.int()), modifiedSeconds: Int64(try reader.int()),
                modifiedNanoseconds: Int64(try reader.int()), inode: try reader.uint64())
            guard reader.position <= start + length else { throw .init() }
            records.append(
                Record(
                    path: path, stat: stat, outcome: reader.position..<start + length,
                    whole: recordStart..<start + length
                ))
            try reader.skip(to: start + length)
        }
        guard reader.isAtEnd else { throw .init() }
        return records
    }

    var count: Int { records.count }

    /// The record for the file at `relativePath`, which a scan in the same order finds at
    /// `position`; `index`, built on the first miss, finds it anywhere else.
    func record(named relativePath: String, at position: Int, index: inout [String: Int]?) -> Int? {
        guard !records.isEmpty else { return nil }
        if position < records.count, isRecord(records[position], named: relativePath) { return position }
        if index == nil {
            index = Dictionary(
                records.indices.map { (String(decoding: bytes[records[$0].path], as: UTF8.self), $0) },
                uniquingKeysWith: { first, _ in first })
        }
        return index?[relativePath]
    }

    private func isRecord(_ record: Record, named relativePath: String) -> Bool {
        var path = relativePath
        return path.withUTF8 { utf8 in
            bytes.withUnsafeBytes { raw in
                utf8.count == record.path.count
                    && (utf8.isEmpty
                        || memcmp(utf8.baseAddress!, raw.baseAddress! + record.path.lowerBound, utf8.count) == 0)
            }
        }
    }

    /// The stat of the file when record `number` was made: the record holds only while the file's is the same.
    func stat(ofRecord number: Int) -> FileStat { records[number].stat }

    /// What the file of record `number` gave when it was read; nil if the record is damaged.
    func outcome(ofRecord number: Int) -> Outcome? {
        var reader = BinaryReader(bytes, from: records[number].outcome.lowerBound)
        do throws(BinaryReader.Malformed) {
            let outcome: Outcome =
                try reader.bool() ? .success(try Self.readPost(&reader)) : .failure(try Self.readProblem(&reader))
            return reader.position == records[number].outcome.upperBound ? outcome : nil
        } catch {
            return nil
        }
    }

    static func write(_ post: Post, to writer: inout BinaryWriter) {
        writer.write(true)
        writer.write(post.path)
        writer.write(post.contentPath)
        writer.write(post.title)
        writer.write(post.section)
        writer.write(post.language)
        writer.write(post.permalink)
        writer.write(post.date)
        writer.write(post.publishDate)
        writer.write(post.lastmod)
        writer.write(post.expiryDate)
        writer.write(post.isDraft)
        writer.write(post.slug)
        writer.write(post.url)
        writer.write(post.summary)
        writer.write(post.description)
        writer.write(post.identifier)
        writer.write(post.tags)
        writer.write(post.categories)
        writer.write(post.tagsLine)
        writer.write(post.categoriesLine)
        writer.write(post.otherTerms.count)
        for (taxonomy, terms) in post.otherTerms.sorted(by: { $0.key < $1.key }) {
            writer.write(taxonomy)
            writer.write(terms.names)
            writer.write(terms.line)
        }
        writer.write(post.weight)
        writer.write(post.linkTitle)
        writer.write(post.listing.rawValue)
        writer.write(post.translationKey)
        writer.write(post.authors)
        writer.write(post.authorEmail)
        writer.write(post.authorURI)
        writer.write(post.excerptSeparator)
        writer.write(post.bodyOffset)
        writer.write(post.bodyLine)
        writer.write(Int(post.fileKind.rawValue))
        writer.write(post.sectionCount)
    }

    static func write(_ problem: Problem, to writer: inout BinaryWriter) {
        writer.write(false)
        writer.write(problem.path)
        writer.write(problem.line)
        writer.write(problem.reason)
        writer.write(problem.severity == .error)
    }

    private static func readPost(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) -> Post {
        var post = Post(path: try reader.string(), contentPath: try reader.string())
        post.title = try reader.string()
        post.section = try reader.string()
        post.language = try reader.string()
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
        post.tagsLine = try reader.int()
        post.categoriesLine = try reader.int()
        let taxonomies = try reader.int()
        guard (0...1024).contains(taxonomies) else { throw .init() }
        for _ in 0..<taxonomies {
            let taxonomy = try reader.string()
            post.otherTerms[taxonomy] = PostTerms(names: try reader.strings(), line: try reader.int())
        }
        post.weight = try reader.int()
        post.linkTitle = try reader.optionalString()
        guard let listing = PageListing(rawValue: try reader.int()) else { throw .init() }
        post.listing = listing
        post.translationKey = try reader.optionalString()
        post.authors = try reader.strings()
        post.authorEmail = try reader.optionalString()
        post.authorURI = try reader.optionalString()
        post.excerptSeparator = try reader.optionalString()
        post.bodyOffset = try reader.int()
        post.bodyLine = try reader.int()
        guard let kind = ContentFile.Kind(rawValue: UInt8(truncatingIfNeeded: try reader.int())) else { throw .init() }
        post.fileKind = kind
        post.sectionCount = try reader.int()
        // Values a damaged record could hold that would trap later, where they are used.
        guard post.bodyOffset >= 0, post.bodyLine >= 1, post.tagsLine >= 0, post.categoriesLine >= 0,
            (0...post.contentPath.utf8.count).contains(post.sectionCount)
        else { throw .init() }
        return post
    }

    private static func readProblem(_ reader: inout BinaryReader) throws(BinaryReader.Malformed) -> Problem {
        Problem(
            path: try reader.string(), line: try reader.int(), reason: try reader.string(),
            severity: try reader.bool() ? .error : .warning)
    }
}
