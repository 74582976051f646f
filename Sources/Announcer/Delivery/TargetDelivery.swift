import Foundation
import Site

/// The rules for one target in one run: what is due, in which order, how many, and the ledger
/// written before and after each delivery.
struct TargetDelivery {
    let run: AnnouncementRun
    let client: TargetClient
    let store: LedgerStore
    let renderer: PostRenderer
    let dryRun: Bool

    private var settings: TargetSettings { client.settings }
    private var timestamp: String { PostDate(instant: run.now, offsetSeconds: 0).rfc3339 }

    private func log(_ kind: AnnouncementEvent.Kind, _ post: String?, _ detail: String? = nil) {
        run.log(AnnouncementEvent(target: settings.name, host: client.host, kind: kind, post: post, detail: detail))
    }

    private func save(_ ledger: Ledger) throws(AnnouncementRun.Failure) {
        guard !dryRun else { return }
        do {
            try store.save(ledger)
        } catch {
            throw AnnouncementRun.Failure(description: error.description)
        }
    }

    /// A post's key in the ledger: its front matter id (or Jekyll's post id), else its permalink.
    private static func id(of post: Post) -> String { post.identifier ?? post.permalink }

    /// Announces what is due; true when nothing due was left undelivered.
    mutating func announce(_ published: [Post], ledger: inout Ledger, retryBroken: Bool) throws(AnnouncementRun.Failure)
        -> Bool
    {
        let duplicates = Self.duplicateIDs(published)
        for id in duplicates.keys.sorted() {
            log(.failed, id, "posts \(duplicates[id]!.joined(separator: " and ")) share this id; give each its own id")
        }
        let matching = published.filter { settings.filter.admits($0) && duplicates[Self.id(of: $0)] == nil }
        var record: Ledger.TargetRecord
        if let existing = ledger.targets[settings.name] {
            record = existing
        } else {
            record = firstRun(published, matching: matching)
            ledger.targets[settings.name] = record
            try save(ledger)
        }
        if let broken = record.broken {
            guard retryBroken else {
                log(.broken, nil, broken)
                return false
            }
            record.broken = nil
        }
        let due = dueAnnouncements(matching, record: &record)
        ledger.targets[settings.name] = record
        for (post, isUpdate) in due.prefix(settings.maxPerRun) {
            guard try deliver(post, isUpdate: isUpdate, ledger: &ledger) else { return false }
        }
        let left = due.count - min(due.count, settings.maxPerRun)
        if left > 0 {
            log(.due, nil, "\(left) more due; max_per_run is \(settings.maxPerRun), so they go out on later runs")
        }
        try save(ledger)
        // Only posts that still exist and still match count: a failed post since deleted is not due.
        let entries = ledger.targets[settings.name]!.posts
        return duplicates.isEmpty
            && matching.allSatisfy { post in
                entries[Self.id(of: post)].map { $0.status != .failed && $0.status != .pending } ?? true
            }
    }

    /// Ids used by more than one post, with those posts' files: announcing either would make
    /// receivers that honour idempotency keys drop the other.
    private static func duplicateIDs(_ posts: [Post]) -> [String: [String]] {
        Dictionary(grouping: posts, by: id).filter { $0.value.count > 1 }.mapValues { $0.map(\.path).sorted() }
    }

    /// A new target announces nothing that already exists, except the newest `backfill` posts
    /// it would announce. Every published post is recorded, whether the target's filter admits it
    /// or not, so widening the filter later does not flood the channel with old posts.
    private func firstRun(_ published: [Post], matching: [Post]) -> Ledger.TargetRecord {
        var record = Ledger.TargetRecord(since: timestamp)
        let backfilled = Set(matching.suffix(settings.backfill).map(\.path))
        for post in published where !backfilled.contains(post.path) {
            var entry = Ledger.Entry(
                status: .skipped, path: post.path, idempotencyKey: key(for: post, version: nil),
                version: version(of: post), updatedAt: timestamp)
            entry.date = (post.publishDate ?? post.date)?.rfc3339
            record.posts[Self.id(of: post)] = entry
        }
        log(
            .skipped, nil,
            "first run: \(published.count - backfilled.count) existing posts \(dryRun ? "would be" : "are") recorded as already announced"
                + (backfilled.isEmpty ? "" : "; the newest \(backfilled.count) (backfill) will be announced"))
        return record
    }

    /// New posts and (when the target opts in) posts changed since they were announced, oldest
    /// first; then posts left pending or failed by earlier runs, so an old post that keeps
    /// failing never holds back newer ones. A post whose id changed while its file and date did
    /// not is recognised and moved, not announced again.
    private func dueAnnouncements(_ matching: [Post], record: inout Ledger.TargetRecord) -> [(Post, Bool)] {
        let currentIDs = Set(matching.map(Self.id))
        var due: [(Post, Bool)] = []
        var retries: [(Post, Bool)] = []
        for post in matching {
            let id = Self.id(of: post)
            if let entry = record.posts[id] {
                switch entry.status {
                case .pending, .failed:
                    retries.append((post, entry.sentAt != nil))
                case .sent where settings.announcesUpdates && entry.version != version(of: post):
                    due.append((post, true))
                case .sent, .skipped: break
                }
            } else if let (oldID, entry) = record.posts.first(where: {
                $0.value.path == post.path && !currentIDs.contains($0.key)
                    && ($0.value.date == nil || $0.value.date == (post.publishDate ?? post.date)?.rfc3339)
            }) {
                record.posts[oldID] = nil
                record.posts[id] = entry
                log(.recognised, post.permalink, "its id changed from \(oldID); not announced again")
                if entry.status == .pending || entry.status == .failed { retries.append((post, entry.sentAt != nil)) }
            } else {
                due.append((post, false))
            }
        }
        return due + retries
    }

    private func version(of post: Post) -> String? { post.lastmod?.rfc3339 }

    private func key(for post: Post, version: String?) -> String {
        AnnouncementRun.idempotencyKey(
            site: run.site.baseURL, target: settings.name, post: Self.id(of: post), version: version)
    }

    /// Delivers one post; false when the target turned out to be broken, which ends its run.
    private mutating func deliver(_ post: Post, isUpdate: Bool, ledger: inout Ledger) throws(AnnouncementRun.Failure)
        -> Bool
    {
        let id = Self.id(of: post)
        var entry =
            ledger.targets[settings.name]!.posts[id]
            ?? Ledger.Entry(
                status: .pending, path: post.path, idempotencyKey: key(for: post, version: nil), version: nil,
                updatedAt: timestamp)
        if isUpdate && entry.status == .sent { entry.idempotencyKey = key(for: post, version: version(of: post)) }
        let rendered: RenderedPost
        switch renderer.render(post) {
        case .success(let content): rendered = content
        case .failure(let problem):
            // Kept as failed, so the next run tries again once the file is fixed.
            log(.failed, post.permalink, problem.description)
            entry.status = .failed
            entry.lastError = problem.description
            ledger.targets[settings.name]!.posts[id] = entry
            try save(ledger)
            return true
        }
        let announcement = Announcement(post: post, rendered: rendered, site: run.site, isUpdate: isUpdate)
        if dryRun {
            log(.due, post.permalink, isUpdate ? "would announce the update" : "would announce")
            return true
        }
        // Recorded as pending before sending: a crash after the platform got it leaves the same
        // key to send again, which the platform can recognise.
        entry.status = .pending
        entry.updatedAt = timestamp
        ledger.targets[settings.name]!.posts[id] = entry
        try save(ledger)
        let (outcome, attempts) = client.deliver(
            announcement, key: entry.idempotencyKey, client: run.client, pause: run.pause)
        entry.attempts += attempts
        entry.updatedAt = PostDate(instant: Date(), offsetSeconds: 0).rfc3339
        switch outcome {
        case .delivered:
            entry.status = .sent
            entry.lastError = nil
            entry.version = version(of: post)
            entry.date = (post.publishDate ?? post.date)?.rfc3339
            if entry.sentAt == nil { entry.sentAt = entry.updatedAt }
            log(.sent, post.permalink)
        case .failed(let reason), .rateLimited(let reason):
            entry.status = .failed
            entry.lastError = reason
            log(.failed, post.permalink, reason)
        case .broken(let reason):
            entry.status = .failed
            entry.lastError = reason
            ledger.targets[settings.name]!.broken = reason
            log(.broken, post.permalink, reason)
        }
        ledger.targets[settings.name]!.posts[id] = entry
        try save(ledger)
        switch outcome {
        case .broken: return false
        case .rateLimited:
            // Asking again for the next post would only meet the same limit.
            log(.due, nil, "the target is rate-limiting; what is left goes out on the next run")
            return false
        default: return true
        }
    }
}
