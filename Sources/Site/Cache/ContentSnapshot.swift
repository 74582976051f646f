import Foundation

/// What the last walk of the content folder found: every folder it listed, with the folder's
/// stat, and every post file. A folder's modification time changes whenever a file in it is
/// added, removed or renamed, so while no folder changed, the files are the same ones and only
/// need a `stat` each, on every core, instead of a walk: most of what a run with nothing new costs.
///
/// Kept in the state folder beside the scan cache. One that is missing, damaged, or for another
/// configuration is ignored and the folder walked again; so is one with a folder that changed
/// within a clock tick of the walk, which its modification time cannot vouch for.
struct ContentSnapshot: Sendable {
    static let fileName = "content-snapshot"
    private static let magic = UInt64(littleEndian: 0x3253_4e43_4c52_4548)  // "HERLCNS2"
    private static let headerSize = 40
    /// Each record: the stat (32 bytes), the section count (2), the kind (1), a spare byte, the
    /// path's length (4), then the path relative to the content folder and a NUL for `fstatat`.
    private static let recordHeaderSize = 40

    private let bytes: [UInt8]
    private let takenAt: timespec
    private let directoryOffsets: [Int]
    private let fileOffsets: [Int]

    /// The snapshot at `path`, or nil when there is none that can be trusted for `fingerprint`.
    init?(contentsOf path: String, fingerprint: UInt64) {
        guard let bytes = FileBytes.read(path), bytes.count >= Self.headerSize else { return nil }
        let header = bytes.withUnsafeBytes { raw in
            (0..<5).map { raw.loadUnaligned(fromByteOffset: $0 * 8, as: UInt64.self) }
        }
        guard header[0] == Self.magic, header[1] == fingerprint, header[2] & 0x3FFF_FFFF < 1_000_000_000 else {
            return nil
        }
        takenAt = timespec(tv_sec: Int(Int64(bitPattern: header[2]) >> 30), tv_nsec: Int(header[2] & 0x3FFF_FFFF))
        // Compared without adding, so that no count in a damaged file can overflow.
        let limit = UInt64(bytes.count / Self.recordHeaderSize)
        guard header[3] >= 1, header[3] <= limit, header[4] <= limit - header[3] else { return nil }
        let directoryCount = Int(header[3])
        let fileCount = Int(header[4])
        var offsets: [Int] = []
        offsets.reserveCapacity(directoryCount + fileCount)
        var position = Self.headerSize
        let isWellFormed = bytes.withUnsafeBytes { raw -> Bool in
            for _ in 0..<(directoryCount + fileCount) {
                guard position + Self.recordHeaderSize <= raw.count else { return false }
                let length = Int(raw.loadUnaligned(fromByteOffset: position + 36, as: UInt32.self))
                let kind = raw[position + 34]
                let end = position + Self.recordHeaderSize + length + 1
                guard end <= raw.count, raw[end - 1] == 0, ContentFile.Kind(rawValue: kind) != nil else { return false }
                offsets.append(position)
                position = end
            }
            return position == raw.count
        }
        // The content folder itself comes first: a snapshot without it was not made by a walk.
        guard isWellFormed, bytes[Self.headerSize + Self.recordHeaderSize] == UInt8(ascii: "."),
            bytes[Self.headerSize + Self.recordHeaderSize + 1] == 0
        else { return nil }
        self.bytes = bytes
        directoryOffsets = Array(offsets[..<directoryCount])
        fileOffsets = Array(offsets[directoryCount...])
    }

    /// The bytes of a snapshot of what `walker` found, of which `files` are the posts wanted.
    static func encoded(
        directories: [(path: String, stat: FileStat)], files: [ContentFile], takenAt: timespec, fingerprint: UInt64
    ) -> [UInt8] {
        var writer = BinaryWriter()
        writer.reserve(
            headerSize + (directories.count + files.count) * (recordHeaderSize + 1)
                + directories.reduce(0) { $0 + max($1.path.utf8.count, 1) }
                + files.reduce(0) { $0 + $1.relativePath.utf8.count })
        let time = UInt64(bitPattern: Int64(takenAt.tv_sec) << 30) | UInt64(takenAt.tv_nsec)
        for number in [magic, fingerprint, time, UInt64(directories.count), UInt64(files.count)] {
            writer.write(number)
        }
        for (path, stat) in directories {
            writeRecord(path.isEmpty ? "." : path, stat: stat, sectionCount: 0, kind: 0, to: &writer)
        }
        for file in files {
            writeRecord(
                file.relativePath, stat: file.stat, sectionCount: file.sectionCount, kind: file.kind.rawValue,
                to: &writer)
        }
        return writer.bytes
    }

    private static func writeRecord(
        _ path: String, stat: FileStat, sectionCount: Int, kind: UInt8, to writer: inout BinaryWriter
    ) {
        writer.write(UInt64(bitPattern: stat.size))
        writer.write(UInt64(bitPattern: stat.modifiedSeconds))
        writer.write(UInt64(bitPattern: stat.modifiedNanoseconds))
        writer.write(stat.inode)
        var path = path
        path.withUTF8 { utf8 in
            writer.write(UInt32(min(sectionCount, Int(UInt16.max))) | UInt32(kind) << 16)
            writer.write(UInt32(utf8.count))
            writer.append(UnsafeRawBufferPointer(utf8))
            writer.append(0)
        }
    }

    /// The post files as they are now, or nil when a folder changed (or cannot be examined) and
    /// the content folder has to be walked again.
    func currentFiles(in contentDirectory: String) -> [FileStat]? {
        guard let folder = FolderDescriptor(contentDirectory) else { return nil }
        let offsets = directoryOffsets + fileOffsets
        let stats: [FileStat?] = offsets.concurrentMap(chunkSize: 512) { offset in
            bytes.withUnsafeBytes { raw in
                folder.stat(
                    raw.baseAddress!.advanced(by: offset + Self.recordHeaderSize).assumingMemoryBound(to: CChar.self))
            }
        }
        for (index, offset) in directoryOffsets.enumerated() {
            let remembered = storedStat(at: offset)
            guard let current = stats[index], current == remembered, !remembered.isRecent(comparedTo: takenAt) else {
                return nil
            }
        }
        var files: [FileStat] = []
        files.reserveCapacity(fileOffsets.count)
        for stat in stats[directoryOffsets.count...] {
            guard let stat else { return nil }
            files.append(stat)
        }
        return files
    }

    private func storedStat(at offset: Int) -> FileStat {
        bytes.withUnsafeBytes { raw in
            FileStat(
                size: raw.loadUnaligned(fromByteOffset: offset, as: Int64.self),
                modifiedSeconds: raw.loadUnaligned(fromByteOffset: offset + 8, as: Int64.self),
                modifiedNanoseconds: raw.loadUnaligned(fromByteOffset: offset + 16, as: Int64.self),
                inode: raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
        }
    }

    /// The digest `PostScanner.Inventory` carries, of the files with their present `stats`.
    func digest(fingerprint: UInt64, stats: [FileStat]) -> UInt64 {
        var digest = InventoryDigest(fingerprint: fingerprint)
        bytes.withUnsafeBytes { raw in
            for (offset, stat) in zip(fileOffsets, stats) {
                let length = Int(raw.loadUnaligned(fromByteOffset: offset + 36, as: UInt32.self))
                let start = offset + Self.recordHeaderSize
                digest.add(
                    InventoryDigest.fileHash(UnsafeRawBufferPointer(rebasing: raw[start..<start + length]), stat))
            }
        }
        return digest.value
    }

    /// The post files, then the list pages, with their present `stats`.
    func files(root: String, stats: [FileStat]) -> [ContentFile] {
        bytes.withUnsafeBytes { raw in
            zip(fileOffsets, stats).map { offset, stat in
                let length = Int(raw.loadUnaligned(fromByteOffset: offset + 36, as: UInt32.self))
                let start = offset + Self.recordHeaderSize
                let details = raw.loadUnaligned(fromByteOffset: offset + 32, as: UInt32.self)
                return ContentFile(
                    root: root, relativePath: String(decoding: raw[start..<start + length], as: UTF8.self),
                    sectionCount: Int(details & 0xFFFF),
                    kind: ContentFile.Kind(rawValue: UInt8(truncatingIfNeeded: details >> 16)) ?? .page,
                    stat: stat)
            }
        }
    }
}
