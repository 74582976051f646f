import Dispatch
import Foundation

/// Reads every post of a site, on all cores: the files are independent, and front matter
/// parsing is most of a scan's cost.
public struct PostScanner: Sendable {
    public let site: SiteConfiguration
    /// The moment statuses are judged against; tests and previews set it.
    public let now: Date

    public init(site: SiteConfiguration, now: Date = Date()) {
        self.site = site
        self.now = now
    }

    public struct Result: Sendable {
        /// Posts in the order of their files' paths.
        public var posts: [Post]
        /// Files that could not be read as posts; each was skipped.
        public var problems: [Problem]
    }

    public func scan() throws(ConfigurationError) -> Result {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: site.contentDirectory, isDirectory: &isDirectory), isDirectory.boolValue
        else {
            throw ConfigurationError(path: site.contentDirectory, reason: "the content folder does not exist")
        }
        let files =
            switch site.generator {
            case .hugo: ContentWalker.hugoFiles(in: site.contentDirectory)
            case .jekyll: ContentWalker.jekyllFiles(in: site.contentDirectory)
            }
        let wanted = site.sections.isEmpty ? files : files.filter { site.sections.contains($0.directories.first ?? "") }
        let outcomes = readAll(wanted)
        var result = Result(posts: [], problems: [])
        for outcome in outcomes {
            switch outcome {
            case .success(let post): result.posts.append(post)
            case .failure(let problem): result.problems.append(problem)
            }
        }
        return result
    }

    private func readAll(_ files: [ContentFile]) -> [Swift.Result<Post, Problem>] {
        let reader = PostReader(site: site, now: now)
        let slots = Slots<Swift.Result<Post, Problem>>(count: files.count)
        // Chunks of a few dozen files keep both cores busy without a dispatch per file.
        let chunk = 64
        let chunks = (files.count + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            for position in index * chunk..<min(files.count, (index + 1) * chunk) {
                slots[position] = reader.read(files[position])
            }
        }
        return slots.values
    }
}

/// Fixed slots that concurrent workers fill, each slot written by exactly one worker, so no
/// lock is needed; raw memory keeps Swift's array copy-on-write checks out of the way.
private final class Slots<Value>: @unchecked Sendable {
    private let storage: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    var values: [Value] { storage.map { $0! } }
}
