import Foundation

/// The durable record of which post was announced to which target: what makes "exactly once"
/// hold across runs, crashes and restarts. Stored as readable, versioned JSON.
public struct Ledger: Codable, Sendable, Equatable {
    /// The file format; a newer format than this build knows is refused, never overwritten.
    public static let currentFormat = 1

    public var format = Ledger.currentFormat
    public var targets: [String: TargetRecord] = [:]

    public init() {}

    public struct TargetRecord: Codable, Sendable, Equatable {
        /// When Herald first saw this target; posts published before then were not announced.
        public var since: String
        /// Set when the target answered 404 or 410: its address no longer exists.
        public var broken: String?
        /// By post id.
        public var posts: [String: Entry] = [:]

        public init(since: String) {
            self.since = since
        }
    }

    public enum Status: String, Codable, Sendable {
        /// Due, or being sent: a run that died mid-delivery left it so, and the next run sends it
        /// again with the same idempotency key.
        case pending
        case sent
        /// Gave up after every try this run; tried again next run.
        case failed
        /// Published before the target was added, so never announced there (no flooding).
        case skipped
    }

    public struct Entry: Codable, Sendable, Equatable {
        public var status: Status
        /// The post's file, relative to the site root: a post whose id changes while its file
        /// stays is recognised and not announced again.
        public var path: String
        /// Sent with every try of this announcement, so receivers can drop duplicates.
        public var idempotencyKey: String
        public var attempts = 0
        public var lastError: String?
        /// The post's `lastmod` when last announced, for targets that announce updates.
        public var version: String?
        /// When it was first delivered: an entry that was ever sent is never announced as new again.
        public var sentAt: String?
        /// The post's publish date, which a post found under a new id must share to be taken for it.
        public var date: String?
        public var updatedAt: String

        public init(status: Status, path: String, idempotencyKey: String, version: String?, updatedAt: String) {
            self.status = status
            self.path = path
            self.idempotencyKey = idempotencyKey
            self.version = version
            self.updatedAt = updatedAt
        }
    }
}
