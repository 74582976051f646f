import Foundation

/// The pages of a site as its generator rendered them: the JSON file a small template added to
/// the site makes `hugo` (or `jekyll build`) write, with each page's permalink, HTML and
/// summary, so that feeds say exactly what the site says, shortcodes and render hooks included.
struct GeneratorPages: Sendable {
    struct Page: Sendable, Decodable {
        let permalink: String
        let content: String
        let summary: String?
        let truncated: Bool?
    }

    private struct File: Decodable {
        let pages: [Page]
    }

    /// The file, as messages name it.
    let shownPath: String
    /// Each page by its permalink, as Herald computes them too.
    let pages: [String: Page]
    let modified: FileStat

    /// The generator's page of `post`, whose file is at `path`; a post it lacks, or that changed
    /// after the generator wrote it, is a warning, and Herald renders it.
    func page(for post: Post, permalink: String, at path: String) -> Result<Page, Problem> {
        let fallback = "Herald rendered it; run the generator before herald"
        guard let page = pages[permalink] else {
            return .failure(
                Problem(
                    path: post.path, line: 0, reason: "not in the generator's rendering (\(shownPath)); \(fallback)",
                    severity: .warning))
        }
        if let stat = FileStat.of(path),
            (stat.modifiedSeconds, stat.modifiedNanoseconds) > (modified.modifiedSeconds, modified.modifiedNanoseconds)
        {
            return .failure(
                Problem(
                    path: post.path, line: 0,
                    reason: "changed after the generator's rendering (\(shownPath)) was written; \(fallback)",
                    severity: .warning))
        }
        return .success(page)
    }

    /// Reads `path`; a file that is missing or not the template's is a warning, and Herald
    /// renders every post itself.
    static func read(_ path: String, shownAs shownPath: String) -> Result<GeneratorPages, Problem> {
        let hint = "run the generator (hugo, jekyll build) before herald; Herald renders the posts itself until then"
        guard let stat = FileStat.of(path), let data = FileManager.default.contents(atPath: path) else {
            return .failure(
                Problem(
                    path: shownPath, line: 0, reason: "the generator's rendering is missing; \(hint)",
                    severity: .warning))
        }
        do {
            let file = try JSONDecoder().decode(File.self, from: data)
            let pages = Dictionary(file.pages.map { ($0.permalink, $0) }) { first, _ in first }
            return .success(GeneratorPages(shownPath: shownPath, pages: pages, modified: stat))
        } catch {
            return .failure(
                Problem(
                    path: shownPath, line: 0,
                    reason: "is not the generator's rendering Herald's template writes (\(error)); \(hint)",
                    severity: .warning))
        }
    }
}
