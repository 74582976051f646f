import Foundation
import XCTest

/// `herald announce` against real HTTP receivers on loopback: the rules of exactly-once delivery.
final class AnnounceTests: XCTestCase {
    private func webhook(_ receiver: Receiver, _ extra: String = "") -> String {
        "url = \"\(receiver.url)/hook\"\nsecret = \"whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw\"\n" + extra
    }

    // MARK: - First run, backfill, new posts

    func testFirstRunAnnouncesNothingAndANewPostOnce() throws {
        let receiver = try Receiver()
        let site = AnnounceSite()
        site.configure("webhook", webhook(receiver))
        let first = try site.announce()
        XCTAssertEqual(first.status, 0, first.standardError)
        XCTAssertEqual(receiver.requests.count, 0, "a first run must not flood the channel")
        XCTAssertEqual((1...3).map(site.status), ["skipped", "skipped", "skipped"])
        site.addPost(4)
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(receiver.requests.count, 1)
        XCTAssertEqual(
            receiver.requests[0].postURL,
            "https://a.example.org/posts/post-4/")
        XCTAssertEqual(site.status(of: 4), "sent")
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(receiver.requests.count, 1, "announced once, never again")
    }

    func testBackfillAnnouncesExactlyTheNewestTwoOldestFirst() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 4)
        site.configure("webhook", webhook(receiver, "backfill = 2"))
        XCTAssertEqual(try site.announce().status, 0)
        let urls = receiver.requests.map(\.postURL)
        XCTAssertEqual(urls, ["https://a.example.org/posts/post-3/", "https://a.example.org/posts/post-4/"])
    }

    func testMaxPerRunLeavesTheRestForLaterRuns() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 5)
        site.configure("webhook", webhook(receiver, "backfill = 5\nmax_per_run = 2"))
        for (expected, left) in [(2, 3), (4, 1), (5, 0), (5, 0)] {
            let result = try site.announce()
            XCTAssertEqual(result.status, 0, "posts held back for later runs are no failure")
            XCTAssertEqual(receiver.requests.count, expected)
            XCTAssertEqual(
                result.standardError.contains("due: \(left) more due; max_per_run is 2"), left > 0, result.standardError
            )
        }
        // The help says so too.
        for command in ["announce", "run"] {
            let help = try HeraldProcess.herald(["help", command]).standardOutput
            let words = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            XCTAssertTrue(
                words.contains("posts held back by max_per_run go out on later runs, which is no failure"), help)
        }
    }

    func testOnlyPublishedPostsAndScheduledOnesOnceTheirDateComes() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver))
        XCTAssertEqual(try site.announce().status, 0)
        // Four seconds from now, on the real clock the ledger goes by.
        let soon = ISO8601DateFormatter().string(from: Date().addingTimeInterval(4))
        site.addPost(2, frontMatter: "draft: true")
        site.addPost(3, frontMatter: "publishDate: \(soon)")
        site.addPost(4, frontMatter: "expiryDate: 2025-01-01T00:00:00Z")
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(receiver.requests.count, 0, "drafts, scheduled and expired posts are not announced")
        Thread.sleep(forTimeInterval: 4.5)
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(
            receiver.requests.map(\.postURL),
            ["https://a.example.org/posts/post-3/"])
    }

    func testNowIsForLookingOnly() throws {
        let site = AnnounceSite(posts: 1)
        site.configure("file", "path = \"out.jsonl\"")
        let refused = try site.announce(["--now", "2020-01-01T00:00:00Z"])
        XCTAssertEqual(refused.status, 64)
        XCTAssertTrue(refused.standardError.contains("needs --dry-run"), refused.standardError)
        XCTAssertEqual(try site.announce(["--now", "2020-01-01T00:00:00Z", "--dry-run"]).status, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.ledgerPath))
    }

    func testWideningAFilterLaterBringsNoOldPosts() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 3)
        site.configure("webhook", webhook(receiver, "tags = [\"tag-3\"]"))
        XCTAssertEqual(try site.announce().status, 0)
        site.configure("webhook", webhook(receiver))
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(receiver.requests.count, 0)
    }

    func testTwoPostsWithOneIDAreReportedAndNeitherIsAnnounced() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver))
        XCTAssertEqual(try site.announce().status, 0)
        site.addPost(2, frontMatter: "id: same")
        site.addPost(3, frontMatter: "id: same")
        let result = try site.announce()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(receiver.requests.count, 0)
        XCTAssertTrue(
            result.standardError.contains("posts content/posts/post-2.md and content/posts/post-3.md share this id"),
            result.standardError)
    }

    func testAPostThatKeepsFailingDoesNotHoldBackNewerOnes() throws {
        let receiver = try Receiver(responses: ["400"])
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "max_per_run = 1"))
        XCTAssertEqual(try site.announce().status, 0)
        site.addPost(2)
        XCTAssertEqual(try site.announce().status, 1, "post 2 failed with a 400")
        site.addPost(3)
        XCTAssertEqual(try site.announce().status, 1, "post 3 went out; post 2 is still due")
        XCTAssertEqual(site.status(of: 3), "sent")
        XCTAssertEqual(site.status(of: 2), "failed")
    }

    func testAHugeRetryAfterLeavesThePostForTheNextRun() throws {
        let receiver = try Receiver(responses: ["429:1e300"])
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "backfill = 1"))
        let result = try site.announce()
        XCTAssertEqual(result.status, 1, result.standardError)
        XCTAssertEqual(receiver.requests.count, 1)
        XCTAssertEqual(site.status(of: 1), "failed")
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(site.status(of: 1), "sent")
    }

    // MARK: - Edits, ids, removals

    func testEditsAreNotAnnouncedUnlessTheTargetOptsIn() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "backfill = 1"))
        XCTAssertEqual(try site.announce().status, 0)
        site.addPost(1, frontMatter: "lastmod: 2025-05-05T00:00:00Z")
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(receiver.requests.count, 1, "an edit is not news")
        site.configure("webhook", webhook(receiver, "backfill = 1\nupdates = true"))
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(receiver.requests.count, 2)
        XCTAssertEqual(receiver.requests[1].json["type"] as? String, "post.updated")
        XCTAssertNotEqual(receiver.requests[0].headers["webhook-id"], receiver.requests[1].headers["webhook-id"])
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(receiver.requests.count, 2)
    }

    func testANewIDForTheSameFileIsNotAnnouncedAgain() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "backfill = 1"))
        XCTAssertEqual(try site.announce().status, 0)
        site.addPost(1, frontMatter: "id: tag:a.example.org,2024:one")
        let second = try site.announce()
        XCTAssertEqual(second.status, 0)
        XCTAssertEqual(receiver.requests.count, 1)
        XCTAssertEqual(site.entries["tag:a.example.org,2024:one"]?["status"] as? String, "sent")
        XCTAssertTrue(second.standardError.contains("recognised"), second.standardError)
    }

    func testARemovedAndRestoredPostIsNotAnnouncedTwice() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "backfill = 1"))
        XCTAssertEqual(try site.announce().status, 0)
        try site.removePost(1)
        XCTAssertEqual(try site.announce().status, 0)
        site.addPost(1)
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(receiver.requests.count, 1)
    }

    func testFiltersChooseWhatATargetAnnounces() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 3)
        site.configure(
            "webhook",
            webhook(receiver, "backfill = 3\ntags = [\"common\"]\nexclude_tags = [\"TAG-2\"]\nsince = 2024-01-03"))
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(
            receiver.requests.map(\.postURL),
            ["https://a.example.org/posts/post-3/"])
    }

    // MARK: - Delivery: retries, waits, failures

    func testAServerErrorThenSuccessIsDeliveredOnceWithOneKey() throws {
        let receiver = try Receiver(responses: ["500"], webhookSecret: "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "backfill = 1"))
        let result = try site.announce()
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(receiver.requests.count, 2)
        XCTAssertEqual(
            Set(receiver.requests.compactMap { $0.headers["webhook-id"] }).count, 1, "the same key on every try")
        XCTAssertEqual(receiver.requests.map(\.signature_valid), [true, true], "the receiver checked each signature")
        XCTAssertEqual(site.entries["https://a.example.org/posts/post-1/"]?["attempts"] as? Int, 2)
        XCTAssertEqual(site.status(of: 1), "sent")
    }

    func testTooManyRequestsWaitsAsLongAsAsked() throws {
        let receiver = try Receiver(responses: ["429:1"])
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "backfill = 1"))
        XCTAssertEqual(try site.announce().status, 0)
        let requests = receiver.requests
        XCTAssertEqual(requests.count, 2)
        XCTAssertGreaterThanOrEqual(requests[1].time - requests[0].time, 0.95, "Retry-After: 1 was honoured")
        XCTAssertEqual(site.status(of: 1), "sent")
    }

    func testATimeoutIsRetried() throws {
        let receiver = try Receiver(responses: ["sleep:3"])
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "backfill = 1\ntimeout = 1"))
        let result = try site.announce()
        XCTAssertEqual(result.status, 0, result.standardError)
        XCTAssertEqual(receiver.requests.count, 2)
        XCTAssertEqual(site.status(of: 1), "sent")
    }

    func testAClosedConnectionIsRetried() throws {
        let receiver = try Receiver(responses: ["close"])
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "backfill = 1"))
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(receiver.requests.count, 2)
        XCTAssertEqual(site.status(of: 1), "sent")
    }

    func testAClientErrorIsNotRetriedButKeptForTheNextRun() throws {
        let receiver = try Receiver(responses: ["400"])
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "backfill = 1"))
        let first = try site.announce()
        XCTAssertEqual(first.status, 1)
        XCTAssertEqual(receiver.requests.count, 1)
        XCTAssertEqual(site.status(of: 1), "failed")
        XCTAssertTrue(
            first.standardError.contains("failed https://a.example.org/posts/post-1/: HTTP 400"), first.standardError)
        XCTAssertEqual(try site.announce().status, 0)
        XCTAssertEqual(receiver.requests.count, 2)
        XCTAssertEqual(site.status(of: 1), "sent")
    }

    func testStillFailingAfterEveryTryIsReportedAndKept() throws {
        let receiver = try Receiver(responses: ["503", "503", "503"])
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "backfill = 1\nattempts = 3"))
        let result = try site.announce()
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(receiver.requests.count, 3)
        XCTAssertEqual(site.status(of: 1), "failed")
        XCTAssertEqual(
            site.entries["https://a.example.org/posts/post-1/"]?["lastError"] as? String, "HTTP 503 after 3 tries")
        let status = try HeraldProcess.herald(["status", "--config", site.definition])
        XCTAssertTrue(
            status.standardOutput.contains("webhook-target (webhook): 0 sent, 0 pending, 1 failed"),
            status.standardOutput)
    }

    func testGoneMarksTheTargetBroken() throws {
        let receiver = try Receiver(responses: ["410"])
        let site = AnnounceSite(posts: 2)
        site.configure("webhook", webhook(receiver, "backfill = 2"))
        XCTAssertEqual(try site.announce().status, 1)
        XCTAssertEqual(receiver.requests.count, 1, "a broken target gets nothing more this run")
        let second = try site.announce()
        XCTAssertEqual(second.status, 1)
        XCTAssertEqual(receiver.requests.count, 1, "nor on later runs")
        XCTAssertTrue(second.standardError.contains("broken: HTTP 410"), second.standardError)
        XCTAssertEqual(try site.announce(["--retry-broken"]).status, 0)
        XCTAssertEqual(receiver.requests.count, 3)
    }

    // MARK: - Crashes and concurrency

    func testKilledAfterTheReceiverGotItSendsTheSameKeyNextRun() throws {
        let receiver = try Receiver(responses: ["kill"])
        let site = AnnounceSite(posts: 1)
        site.configure("webhook", webhook(receiver, "backfill = 1"))
        let process = site.announceProcess()
        try process.run()
        try String(process.processIdentifier).write(toFile: receiver.pidFile, atomically: true, encoding: .utf8)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal)
        XCTAssertEqual(site.status(of: 1), "pending", "the ledger was written before sending")
        XCTAssertEqual(try site.announce().status, 0)
        let requests = receiver.requests
        XCTAssertEqual(requests.count, 2)
        XCTAssertEqual(requests[0].headers["webhook-id"], requests[1].headers["webhook-id"])
        XCTAssertEqual(site.status(of: 1), "sent")
    }

    func testTwoRunsAtOnceDeliverEveryPostOnce() throws {
        let receiver = try Receiver(responses: ["sleep:0.3", "sleep:0.3", "sleep:0.3"])
        let site = AnnounceSite(posts: 3)
        site.configure("webhook", webhook(receiver, "backfill = 3"))
        let runs = (0..<2).map { _ in site.announceProcess() }
        for run in runs { try run.run() }
        for run in runs { run.waitUntilExit() }
        XCTAssertEqual(runs.map(\.terminationStatus), [0, 0])
        let urls = receiver.requests.compactMap(\.postURL)
        XCTAssertEqual(urls.count, 3)
        XCTAssertEqual(Set(urls).count, 3)
    }

    // MARK: - Site definitions that cannot work

    func testATemplateTypoIsRefusedWhenTheDefinitionIsRead() throws {
        let site = AnnounceSite(posts: 1)
        site.configure("file", "path = \"out.jsonl\"\nbackfill = 1\ntemplate = \"{{titel}} {{url}}\"")
        let typo = try site.announce()
        XCTAssertEqual(typo.status, 64, typo.standardError)
        XCTAssertTrue(typo.standardError.contains("herald.toml:14: "), typo.standardError)
        XCTAssertTrue(
            typo.standardError.contains("unknown field {{titel}} (did you mean {{title}}?)"), typo.standardError)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.folder.path + "/out.jsonl"), "nothing was sent")
        site.configure("file", "path = \"out.jsonl\"\ntemplate = \"{{#tags}}{{.}}\"")
        let unclosed = try site.announce()
        XCTAssertEqual(unclosed.status, 64, unclosed.standardError)
        XCTAssertTrue(
            unclosed.standardError.contains(
                "herald.toml:13: targets[0].template: line 1, column 15 of the template: a section ({{#name}} or {{^name}}) is never closed with {{/name}}"
            ),
            unclosed.standardError)
        XCTAssertFalse(unclosed.standardError.contains("ParserError"), unclosed.standardError)
    }

    /// Settings that would keep a run going for days, holding the lock, are refused at load.
    func testUnboundedTriesAndWaitsAreRefused() throws {
        let site = AnnounceSite(posts: 1)
        for (extra, replacing, line, reason) in [
            ("attempts = 1000000", nil, 14, "targets[0].attempts: must be from 1 to 10"),
            (
                "", ("retry_delay = 0.05", "retry_delay = 1e9"), 11,
                "targets[0].retry_delay: expected a number of seconds from 0 to 60"
            ),
            ("timeout = 86400", nil, 14, "targets[0].timeout: must be from 1 to 300"),
            ("", ("lock_wait = 20", "lock_wait = -1"), 5, "announce.lock_wait: must be from 0 to 3600 seconds"),
        ] {
            site.configure("file", "path = \"out.jsonl\"\nbackfill = 1\n" + extra)
            if let (original, replacement) = replacing {
                let text = try String(contentsOfFile: site.definition, encoding: .utf8)
                try text.replacingOccurrences(of: original, with: replacement)
                    .write(toFile: site.definition, atomically: true, encoding: .utf8)
            }
            let result = try site.announce()
            XCTAssertEqual(result.status, 64, "\(reason): \(result.standardError)")
            XCTAssertTrue(result.standardError.contains("herald.toml:\(line): \(reason)"), result.standardError)
            XCTAssertFalse(FileManager.default.fileExists(atPath: site.folder.path + "/out.jsonl"), reason)
        }
    }

    /// The lock is the state folder itself: deleting a `lock` file mid-run lets no second run in.
    func testDeletingTheLockFileMidRunLetsNoSecondRunIn() throws {
        let receiver = try Receiver(responses: ["sleep:2", "sleep:1"])
        let site = AnnounceSite(posts: 2)
        site.configure("webhook", webhook(receiver, "backfill = 2"))
        let first = site.announceProcess()
        try first.run()
        let deadline = Date().addingTimeInterval(10)
        while receiver.requests.isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        XCTAssertEqual(receiver.requests.count, 1, "the first run is sending")
        try? FileManager.default.removeItem(atPath: site.folder.path + "/state/lock")
        let second = try site.announce()
        first.waitUntilExit()
        XCTAssertEqual(first.terminationStatus, 0)
        XCTAssertEqual(second.status, 0, second.standardError)
        let urls = receiver.requests.compactMap(\.postURL)
        XCTAssertEqual(urls.sorted(), ["https://a.example.org/posts/post-1/", "https://a.example.org/posts/post-2/"])
    }

    /// A run killed while writing the ledger leaves a full copy of it in a temporary file; the
    /// next run removes such copies.
    func testStaleLedgerCopiesAreRemoved() throws {
        let site = AnnounceSite(posts: 1)
        site.configure("file", "path = \"out.jsonl\"")
        site.folder.write("state/.ledger.json.herald-AbC123", "{\"format\": 1, \"targets\": {}}")
        site.folder.write("state/.scan-cache.herald-XyZ789", "not ours to remove")
        XCTAssertEqual(try site.announce().status, 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: site.folder.path + "/state")
        XCTAssertFalse(left.contains(".ledger.json.herald-AbC123"), "\(left)")
        XCTAssertTrue(left.contains(".scan-cache.herald-XyZ789"), "only the ledger's copies: \(left)")
        XCTAssertTrue(left.contains("ledger.json"), "\(left)")
    }

    // MARK: - Secrets and dry runs

    func testSecretsNeverReachLogsStatusOrTheLedger() throws {
        let receiver = try Receiver(responses: ["500", "500"])
        let site = AnnounceSite(posts: 1)
        site.configure("slack", "url = { env = \"HERALD_TEST_SLACK\" }\nbackfill = 1\nattempts = 2")
        let secretURL = receiver.url + "/services/T00/B00/SUPERSECRETTOKEN"
        let result = try HeraldProcess.run(
            "env",
            ["HERALD_TEST_SLACK=\(secretURL)", HeraldProcess.heraldPath, "announce", "--config", site.definition])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(receiver.requests.first?.path, "/services/T00/B00/SUPERSECRETTOKEN")
        XCTAssertTrue(result.standardError.contains("host=127.0.0.1:\(receiver.port)"), result.standardError)
        let status = try HeraldProcess.herald(["status", "--config", site.definition])
        let preview = try HeraldProcess.run(
            "env",
            [
                "HERALD_TEST_SLACK=\(secretURL)", HeraldProcess.heraldPath, "preview", "content/posts/post-1.md",
                "--target",
                "slack-target", "--config", site.definition,
            ])
        XCTAssertTrue(preview.standardOutput.hasPrefix("POST «url from $HERALD_TEST_SLACK»\n"), preview.standardOutput)
        let ledger = try String(contentsOfFile: site.ledgerPath, encoding: .utf8)
        for text in [
            result.standardOutput, result.standardError, status.standardOutput, preview.standardOutput, ledger,
        ] {
            XCTAssertFalse(text.contains("SUPERSECRETTOKEN"), text)
        }
        let mode = try FileManager.default.attributesOfItem(atPath: site.ledgerPath)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    /// A server that echoes the request in its error answer gets back every secret it was sent:
    /// none of them may reach the log, the ledger, `status` or `preview`.
    func testSecretsAnEchoingServerSendsBackAreRedactedEverywhere() throws {
        let receiver = try Receiver(responses: ["echo:400", "echo:400", "echo:400", "echo:400"])
        let site = AnnounceSite(posts: 1)
        let secrets = [
            "HERALD_TEST_TELEGRAM": "123456:AAtelegramSECRETtoken",
            "HERALD_TEST_SLACK": receiver.url + "/services/T00/B00/SLACKsecretPART",
            "HERALD_TEST_HOOK": receiver.url + "/hook?key=WEBHOOKsecretKEY",
            "HERALD_TEST_WHSEC": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
        ]
        site.folder.write("matrix-token", "syt_MATRIXsecretTOKEN\n")
        chmod(site.folder.path + "/matrix-token", 0o600)
        let targets = [
            (
                "telegram",
                "server = \"\(receiver.url)\"\ntoken = { env = \"HERALD_TEST_TELEGRAM\" }\nroom = \"@channel\""
            ),
            ("slack", "url = { env = \"HERALD_TEST_SLACK\" }"),
            (
                "matrix",
                "server = \"\(receiver.url)\"\nroom = \"!room:example.org\"\ntoken = { file = \"matrix-token\" }"
            ),
            ("webhook", "url = { env = \"HERALD_TEST_HOOK\" }\nsecret = { env = \"HERALD_TEST_WHSEC\" }"),
        ]
        site.folder.write(
            "herald.toml",
            "[site]\nsource = \"site\"\n[announce]\nstate = \"state\"\n"
                + targets.map { name, keys in
                    "\n[[targets]]\nname = \"\(name)\"\ntype = \"\(name)\"\nallow_plain_http = true\nbackfill = 1\nattempts = 1\n\(keys)\n"
                }.joined())
        func herald(_ arguments: [String]) throws -> HeraldProcess.Output {
            try HeraldProcess.run(
                "env", secrets.map { "\($0.key)=\($0.value)" } + [HeraldProcess.heraldPath] + arguments)
        }
        let run = try herald(["announce", "--config", site.definition])
        XCTAssertEqual(run.status, 1, run.standardError)
        XCTAssertEqual(receiver.requests.count, 4)
        XCTAssertTrue(
            run.standardError.contains(#""escaped":"\/bot«token from $HERALD_TEST_TELEGRAM»\/sendMessage""#),
            "the answer is still reported, its secrets replaced: \(run.standardError)")
        XCTAssertTrue(run.standardError.contains("«url from $HERALD_TEST_SLACK»"), run.standardError)
        let written = try String(contentsOfFile: site.ledgerPath, encoding: .utf8)
        // A ledger from before secrets were redacted: `status` redacts what it shows of it too.
        try written.replacingOccurrences(of: "«url from $HERALD_TEST_SLACK»", with: "/services/T00/B00/SLACKsecretPART")
            .write(toFile: site.ledgerPath, atomically: true, encoding: .utf8)
        let outputs = [
            run.standardOutput, run.standardError, written,
            try herald(["status", "--config", site.definition]).standardOutput,
            try herald(["status", "--json", "--config", site.definition]).standardOutput,
        ]
        let previews = try targets.map(\.0).map {
            try herald(["preview", "content/posts/post-1.md", "--target", $0, "--config", site.definition])
                .standardOutput
        }
        for text in outputs + previews {
            for secret in ["AAtelegramSECRET", "SLACKsecretPART", "MATRIXsecret", "WEBHOOKsecret", "MfKQ9r8GKYqr"] {
                XCTAssertFalse(text.contains(secret), "\(secret) in \(text)")
            }
        }
    }

    func testPreviewOfAnUnknownTargetNamesTheDefinitionAndItsTargets() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 1)
        site.configure("ntfy", "url = \"\(receiver.url)/topic\"")
        let preview = try HeraldProcess.herald(
            ["preview", "content/posts/post-1.md", "--target", "teams", "--config", site.definition])
        XCTAssertEqual(preview.status, 64)
        XCTAssertTrue(
            preview.standardError.contains(
                "\(site.definition): no target is called 'teams'; its targets are ntfy-target."),
            preview.standardError)
        XCTAssertEqual(receiver.requests.count, 0)
    }

    /// A file target's path of one character is a file like any other (Foundation's NSString
    /// traps on such a path).
    func testAFileTargetsPathOfOneCharacterIsAFileLikeAnyOther() throws {
        let site = AnnounceSite(posts: 1)
        site.configure("file", "path = \" \"\nbackfill = 1")
        // A definition named by a relative path, so the target's path is the bare name " ".
        let result = try HeraldProcess.run(
            HeraldProcess.heraldPath, ["announce", "--config", "herald.toml"], in: site.folder.path)
        XCTAssertEqual(result.status, 0, result.standardError)
        let line = try String(contentsOfFile: site.folder.path + "/ ", encoding: .utf8)
        XCTAssertTrue(line.contains("\"url\""), line)
    }

    func testASecretFileOthersCanReadIsWarnedAbout() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 1)
        let path = site.folder.path + "/ntfy-token"
        site.folder.write("ntfy-token", "tk_secret\n")
        chmod(path, 0o644)
        site.configure("ntfy", "url = \"\(receiver.url)/topic\"\ntoken = { file = \"ntfy-token\" }\nbackfill = 1")
        let readable = try site.announce()
        XCTAssertEqual(readable.status, 0, readable.standardError)
        XCTAssertTrue(
            readable.standardError.contains(
                "warning: the secret file \(path) can be read by its group or by anyone (mode 644); chmod 600 \(path)"),
            readable.standardError)
        XCTAssertEqual(receiver.requests.first?.headers["authorization"], "Bearer tk_secret", "used all the same")
        chmod(path, 0o600)
        let privateFile = try site.announce()
        XCTAssertFalse(privateFile.standardError.contains("warning"), privateFile.standardError)
    }

    func testAMissingSecretNamesItsSource() throws {
        let site = AnnounceSite(posts: 1)
        site.configure("slack", "url = { env = \"HERALD_TEST_UNSET\" }")
        let result = try site.announce()
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.standardError.contains(
                "cannot read its secret: the environment variable HERALD_TEST_UNSET is not set"),
            result.standardError)
    }

    func testDryRunSendsAndRecordsNothing() throws {
        let receiver = try Receiver()
        let site = AnnounceSite(posts: 2)
        site.configure("webhook", webhook(receiver, "backfill = 2"))
        let result = try site.announce(["--dry-run"])
        XCTAssertEqual(result.status, 0)
        XCTAssertEqual(receiver.requests.count, 0)
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.ledgerPath))
        XCTAssertTrue(result.standardError.contains("would announce"), result.standardError)
    }
}
