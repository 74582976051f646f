import Foundation
import Site

/// One run of announcements for a site: which posts are due for which target, delivered oldest
/// first, each recorded in the ledger before and after it is sent.
public struct AnnouncementRun {
    public let site: SiteConfiguration
    public let settings: AnnounceSettings
    public let client: HTTPClient
    public let now: Date
    /// Reports each event as it happens (for logs); a run can take a while with retries.
    public let log: (AnnouncementEvent) -> Void
    public var pause: @Sendable (Double) -> Void = { seconds in Thread.sleep(forTimeInterval: seconds) }

    public init(
        site: SiteConfiguration, settings: AnnounceSettings, client: HTTPClient, now: Date,
        log: @escaping (AnnouncementEvent) -> Void
    ) {
        self.site = site
        self.settings = settings
        self.client = client
        self.now = now
        self.log = log
    }

    public struct Options: Sendable {
        public var targetName: String?
        public var dryRun = false
        public var retryBroken = false

        public init(targetName: String? = nil, dryRun: Bool = false, retryBroken: Bool = false) {
            self.targetName = targetName
            self.dryRun = dryRun
            self.retryBroken = retryBroken
        }
    }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    /// Announces what is due and returns whether everything due was delivered.
    public func run(posts: [Post], options: Options) throws(Failure) -> Bool {
        let targets = settings.targets.filter { options.targetName == nil || $0.name == options.targetName }
        if let name = options.targetName, targets.isEmpty {
            throw Failure(
                description:
                    "no target is called '\(name)'; the site definition has \(settings.targets.map(\.name).joined(separator: ", "))"
            )
        }
        let lock: StateLock
        do {
            lock = try StateLock(stateDirectory: settings.stateDirectory, waitingUpTo: settings.lockWait)
        } catch {
            throw Failure(description: error.description)
        }
        defer { withExtendedLifetime(lock) {} }
        let store = LedgerStore(stateDirectory: settings.stateDirectory)
        if !options.dryRun { store.removeStaleCopies() }
        var ledger: Ledger
        do {
            ledger = try store.load()
        } catch {
            throw Failure(description: error.description)
        }
        // A page only its section lists (Hugo's `list: local`) is not one of the site's posts, nor
        // is a document of another Jekyll collection, which only that collection's feed holds.
        let published = Self.oldestFirst(
            posts.filter { $0.status == .published && $0.listing == .everywhere && $0.collection == nil })
        let renderer = PostRenderer(site: site, posts: posts)
        var complete = true
        for target in targets {
            let client: TargetClient
            do {
                client = try TargetClient(target)
            } catch {
                log(
                    .init(
                        target: target.name, host: "?", kind: .failed, post: nil,
                        detail: "cannot read its secret: \(error)"))
                complete = false
                continue
            }
            for warning in target.secretWarnings {
                log(.init(target: target.name, host: client.host, kind: .warning, post: nil, detail: warning))
            }
            var delivery = TargetDelivery(
                run: self, client: client, store: store, renderer: renderer, dryRun: options.dryRun)
            complete = (try delivery.announce(published, ledger: &ledger, retryBroken: options.retryBroken)) && complete
        }
        return complete
    }

    /// By publish date, then path, so "oldest first" never wavers.
    static func oldestFirst(_ posts: [Post]) -> [Post] {
        posts.sorted {
            let left = ($0.publishDate ?? $0.date)?.instant ?? .distantPast
            let right = ($1.publishDate ?? $1.date)?.instant ?? .distantPast
            return left != right ? left < right : $0.path < $1.path
        }
    }

    /// The same key on every try of one (post, target), derived so that even a lost ledger gives
    /// the same key again: a UUID-shaped SHA-256 of the site, the target, the post and its version.
    public static func idempotencyKey(site: String, target: String, post: String, version: String?) -> String {
        let hex = Digest.hex(
            Digest.sha256(Array("herald\u{0}\(site)\u{0}\(target)\u{0}\(post)\u{0}\(version ?? "")".utf8)))
        let characters = Array(hex.prefix(32))
        return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(characters[$0]) }.joined(separator: "-")
    }
}
