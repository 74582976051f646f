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

    /// A post's key in the ledger, which feeds also use as its id.
    private static func id(of post: Post) -> String { post.identifier ?? post.permalink }

    /// Announces what is due; true when nothing due was left undelivered.
    mutating func announce(_ published: [Post], ledger: inout Ledger, retryBroken: Bool) throws(AnnouncementRun.Failure)
        -> Bool
    {
        let matching = published.filter(settings.filter.admits)
        var record: Ledger.TargetRecord
        if let existing = ledger.targets[settings.name] {
            record = existing
        } else {
            record = firstRun(matching)
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
            guard try deliver(post, isUpdate: isUpdate, ledger: &ledger) else {
                return false
            }
        }
        let left = due.count - min(due.count, settings.maxPerRun)
        if left > 0 {
            log(.due, nil, "\(left) more due; max_per_run is \(settings.maxPerRun), so they go out on later runs")
        }
        try save(ledger)
        return ledger.targets[settings.name]!.posts.values.allSatisfy { $0.status != .failed && $0.status != .pending }
    }

    /// A new target announces nothing that already exists, except the newest `backfill` posts:
    /// a first run must never flood a channel.
    private func firstRun(_ matching: [Post]) -> Ledger.TargetRecord {
        var record = Ledger.TargetRecord(since: timestamp)
        let known = matching.dropLast(settings.backfill)
        for post in known {
            let id = Self.id(of: post)
            record.posts[id] = Ledger.Entry(
                status: .skipped, path: post.path, idempotencyKey: key(for: post, version: nil),
                version: version(of: post),
                updatedAt: timestamp)
        }
        log(
            .skipped, nil,
            "first run: \(known.count) existing posts recorded as already announced"
                + (settings.backfill > 0
                    ? "; the newest \(matching.count - known.count) (backfill) will be announced" : ""))
        return record
    }

    /// New posts, posts left pending or failed by earlier runs, and (when the target opts in)
    /// posts changed since they were announced; oldest first. A post whose id changed while its
    /// file did not is recognised and moved, not announced again.
    private func dueAnnouncements(_ matching: [Post], record: inout Ledger.TargetRecord) -> [(Post, Bool)] {
        let currentIDs = Set(matching.map(Self.id))
        var due: [(Post, Bool)] = []
        for post in matching {
            let id = Self.id(of: post)
            if let entry = record.posts[id] {
                switch entry.status {
                case .pending, .failed:
                    due.append(
                        (post, entry.version != nil && entry.version != version(of: post) && settings.announcesUpdates))
                case .sent where settings.announcesUpdates && entry.version != version(of: post):
                    due.append((post, true))
                case .sent, .skipped: break
                }
            } else if let (oldID, entry) = record.posts.first(where: {
                $0.value.path == post.path && !currentIDs.contains($0.key)
            }) {
                record.posts[oldID] = nil
                record.posts[id] = entry
                log(.recognised, post.permalink, "its id changed from \(oldID); not announced again")
            } else {
                due.append((post, false))
            }
        }
        return due
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
            log(.sent, post.permalink)
        case .failed(let reason):
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
        if case .broken = outcome { return false }
        return true
    }
}
