import Foundation
import Site

/// What the last clean build of a site's feeds was made from: the post files, the settings, and
/// the feed files it left. When all of that is unchanged, and no post has come out or expired
/// since, a build would write the same bytes, so it can stop before reading a single post.
public struct BuildStamp: Codable, Sendable, Equatable {
    /// The scan inventory's digest: every post file's path, size, modification time and inode.
    var sources: UInt64
    var settings: UInt64
    /// The clock the build judged statuses by, and the first moment after it at which a post's
    /// status changes by the clock alone (a scheduled post comes out): the stamp holds in between.
    var builtAt: Double
    var validUntil: Double?
    /// Each written file's size and modification time, so a file changed by hand is rewritten.
    var files: [String: [Int64]]

    static let fileName = "build-stamp.json"

    public init(sources: UInt64, settings: UInt64, builtAt: Date, validUntil: Date?, files: [String]) {
        self.sources = sources
        self.settings = settings
        self.builtAt = builtAt.timeIntervalSince1970
        self.validUntil = validUntil?.timeIntervalSince1970
        self.files = Dictionary(
            uniqueKeysWithValues: files.compactMap { path in Self.fileStat(path).map { (path, $0) } })
    }

    /// Everything about the build's configuration, and Herald's version, in one number. Spelt
    /// out field by field: describing the settings by reflection cost a no-change run a tenth
    /// of its time. An optional is `-` when unset, so that unset and empty differ.
    public static func settingsFingerprint(site: SiteConfiguration, settings: FeedSettings) -> UInt64 {
        var hash = FNV1a()
        func optional(_ text: String?) -> String { text.map { "=" + $0 } ?? "-" }
        let parts = [
            String(site.readingFingerprint), site.title, optional(site.languageCode), optional(site.author),
            "\(site.summaryLength) \(site.publishesFuture) \(site.publishesExpired)",
            "\(site.markdown) \(site.linksReachPages) \(site.rendering)",
            site.sections.joined(separator: ","),
            settings.outputDirectory, settings.formats.map(\.rawValue).joined(separator: ","),
            "\(settings.limit) \(settings.content.rawValue) \(settings.warningBytes)",
            "\(settings.sectionFeeds) \(settings.tagFeeds) \(settings.categoryFeeds) \(settings.taxonomyFeeds) \(settings.taxonomyListFeeds)",
            settings.sitePath, settings.sectionPath, settings.tagPath, settings.categoryPath, settings.rssFolder,
            settings.hubs.joined(separator: " "), "\(settings.allowsPlainHTTP) \(settings.stylesheet)",
            optional(settings.description), optional(settings.icon), optional(settings.logo),
            optional(settings.rights),
        ]
        // Sorted: a dictionary's order changes between runs.
        let fileNames = settings.fileNames.sorted { $0.key.rawValue < $1.key.rawValue }.map {
            "\($0.key.rawValue)=\($0.value)"
        }
        for part in parts + fileNames { hash.add(part) }
        return hash.value
    }

    public static func load(stateDirectory: String) -> BuildStamp? {
        guard let data = FileManager.default.contents(atPath: stateDirectory.appendingPathComponent(fileName)) else {
            return nil
        }
        return try? JSONDecoder().decode(BuildStamp.self, from: data)
    }

    /// Saves the stamp; a stamp that cannot be saved only makes the next run do the work.
    public func save(stateDirectory: String) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(self) else { return }
        try? FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true)
        // Not fsynced: a stamp lost in a crash only makes the next run do the work.
        _ = try? AtomicFile.write(
            Array(data), to: stateDirectory.appendingPathComponent(Self.fileName), newFileMode: 0o600, durable: false)
    }

    /// Whether a build now would change nothing.
    public func isCurrent(sources: UInt64, settings: UInt64, now: Date) -> Bool {
        guard sources == self.sources, settings == self.settings, now.timeIntervalSince1970 >= builtAt else {
            return false
        }
        if let validUntil, now.timeIntervalSince1970 >= validUntil { return false }
        return files.allSatisfy { Self.fileStat($0.key) == $0.value }
    }

    private static func fileStat(_ path: String) -> [Int64]? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return [Int64(info.st_size), Int64(info.st_mtim.tv_sec), Int64(info.st_mtim.tv_nsec)]
    }
}
