import Foundation
import Site

/// Checks written feeds the way a strict reader would: Atom against RFC 4287's RELAX NG schema,
/// RSS and JSON Feed against their required elements, every URL absolute, every id unique.
public struct FeedChecker: Sendable {
    public init() {}

    /// The problems of one feed file, each as `path:line: reason`; none when it is fine.
    public func check(_ bytes: [UInt8], format: FeedFormat, path: String) -> [Problem] {
        var findings = Findings(path: path)
        switch format {
        case .atom, .rss:
            let document: XMLDocument
            do {
                document = try XMLDocument(bytes: bytes)
            } catch {
                return [Problem(path: path, line: error.line, reason: "not well-formed XML: \(error.message)")]
            }
            guard let root = document.root else {
                return [Problem(path: path, line: 0, reason: "the document is empty")]
            }
            if format == .atom {
                for violation in RelaxNGSchema.atom.violations(in: document) {
                    findings.add(violation.line, "RFC 4287 schema: \(violation.message)")
                }
                checkAtom(root, &findings)
            } else {
                checkRSS(root, &findings)
            }
        case .json:
            checkJSON(bytes, &findings)
        }
        return findings.problems
    }

    private static let atomNamespace = "http://www.w3.org/2005/Atom"

    private func checkAtom(_ feed: XMLElement, _ findings: inout Findings) {
        let atom = Self.atomNamespace
        guard feed.name == "feed", feed.namespace == atom else {
            findings.add(feed.line, "the root element is not an Atom <feed>")
            return
        }
        let entries = feed.children("entry", namespace: atom)
        // RFC 4287's Schematron rules, which libxml2's RELAX NG leaves out.
        let feedHasAuthor = feed.child("author", namespace: atom) != nil
        for link in feed.children("link", namespace: atom) {
            findings.requireAbsolute(link.attributes["href"], link.line, "link")
        }
        if !feed.children("link", namespace: atom).contains(where: { $0.attributes["rel"] == "self" }) {
            findings.add(feed.line, "no <link rel=\"self\">: readers cannot tell where the feed lives")
        }
        for entry in entries {
            if !feedHasAuthor && entry.child("author", namespace: atom) == nil {
                findings.add(entry.line, "an entry without an author in a feed without one")
            }
            let links = entry.children("link", namespace: atom)
            if !links.contains(where: { ($0.attributes["rel"] ?? "alternate") == "alternate" })
                && entry.child("content", namespace: atom) == nil
            {
                findings.add(entry.line, "an entry with neither an alternate link nor content")
            }
            for link in links { findings.requireAbsolute(link.attributes["href"], link.line, "link") }
            if let id = entry.child("id", namespace: atom) { findings.requireUniqueID(id.text, id.line) }
            for name in ["content", "summary"] {
                if let html = entry.child(name, namespace: atom), html.attributes["type"] == "html" {
                    findings.requireAbsoluteLinks(in: html.text, html.line, name)
                }
            }
        }
    }

    private func checkRSS(_ rss: XMLElement, _ findings: inout Findings) {
        guard rss.name == "rss", rss.attributes["version"] == "2.0", let channel = rss.child("channel") else {
            findings.add(rss.line, "the root element is not <rss version=\"2.0\"> with a <channel>")
            return
        }
        for name in ["title", "link", "description"] where (channel.child(name)?.text ?? "").isEmpty {
            findings.add(channel.line, "the channel has no <\(name)>, which RSS 2.0 requires")
        }
        findings.requireAbsolute(channel.child("link")?.text, channel.child("link")?.line ?? channel.line, "link")
        let selfLink = channel.children("link", namespace: Self.atomNamespace).first { $0.attributes["rel"] == "self" }
        if selfLink == nil { findings.add(channel.line, "no <atom:link rel=\"self\">, which the RSS profile asks for") }
        for item in channel.children("item") {
            if item.child("title") == nil && item.child("description") == nil {
                findings.add(item.line, "an item needs a <title> or a <description>")
            }
            if let link = item.child("link") { findings.requireAbsolute(link.text, link.line, "link") }
            if let guid = item.child("guid") {
                findings.requireUniqueID(guid.text, guid.line)
                if guid.attributes["isPermaLink"] != "false" { findings.requireAbsolute(guid.text, guid.line, "guid") }
            }
            if let date = item.child("pubDate"), !Self.isRFC822(date.text) {
                findings.add(date.line, "pubDate '\(date.text)' is not an RFC 822 date with a four-digit year")
            }
            for element in item.children where element.name == "description" || element.name == "encoded" {
                findings.requireAbsoluteLinks(in: element.text, element.line, element.name)
            }
        }
    }

    /// `Tue, 12 Dec 2023 16:14:55 +0400`, the form the RSS profile recommends.
    private static func isRFC822(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        guard parts.count == 6, parts[0].hasSuffix(","), parts[1].count == 2, parts[3].count == 4,
            parts[4].split(separator: ":").count == 3
        else { return false }
        return parts[5].count == 5 && (parts[5].hasPrefix("+") || parts[5].hasPrefix("-"))
    }

    private func checkJSON(_ bytes: [UInt8], _ findings: inout Findings) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)), let feed = object as? [String: Any]
        else {
            findings.add(0, "not a JSON object")
            return
        }
        if feed["version"] as? String != "https://jsonfeed.org/version/1.1" {
            findings.add(0, "version is not https://jsonfeed.org/version/1.1")
        }
        if (feed["title"] as? String ?? "").isEmpty { findings.add(0, "no title, which JSON Feed requires") }
        for key in ["home_page_url", "feed_url"] where feed[key] != nil {
            findings.requireAbsolute(feed[key] as? String, 0, key)
        }
        guard let items = feed["items"] as? [[String: Any]] else {
            findings.add(0, "no items array, which JSON Feed requires")
            return
        }
        for (index, item) in items.enumerated() {
            guard let id = item["id"] as? String, !id.isEmpty else {
                findings.add(0, "item \(index + 1) has no id")
                continue
            }
            findings.requireUniqueID(id, 0)
            if item["content_html"] == nil && item["content_text"] == nil {
                findings.add(0, "item \(id) has neither content_html nor content_text")
            }
            if let url = item["url"] { findings.requireAbsolute(url as? String, 0, "url") }
            if let html = item["content_html"] as? String { findings.requireAbsoluteLinks(in: html, 0, "content_html") }
        }
    }
}

/// The problems found in one feed, and the ids seen so far.
private struct Findings {
    let path: String
    var problems: [Problem] = []
    var ids = Set<String>()

    init(path: String) {
        self.path = path
    }

    mutating func add(_ line: Int, _ reason: String) {
        problems.append(Problem(path: path, line: line, reason: reason))
    }

    mutating func requireAbsolute(_ url: String?, _ line: Int, _ what: String) {
        guard let url else { return add(line, "\(what) has no address") }
        if !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            add(line, "\(what) '\(url)' is not an absolute http(s) URL")
        }
    }

    mutating func requireUniqueID(_ id: String, _ line: Int) {
        if !ids.insert(id).inserted { add(line, "the id '\(id)' is used twice; readers will drop one of the entries") }
    }

    /// Links and images inside content: readers have no page to resolve them against.
    mutating func requireAbsoluteLinks(in html: String, _ line: Int, _ what: String) {
        for url in HTMLLinks.urls(in: html) where !Self.isAbsolute(url) {
            add(line, "\(what) links to '\(url)', which is not absolute")
        }
    }

    private static func isAbsolute(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        return url[..<colon].allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }
}
