import Foundation
import XCTest

/// How much of what a site shows Herald's own rendering says: fixture sites of fifty posts, each
/// a mix of the Markdown (and Liquid, and built-in shortcodes) real posts are written in, built by
/// the real generator with Herald's rendering page installed (`herald init --rendering
/// generator`), each post's visible text compared with the generator's `.Content`. The share
/// equal is printed; every construct here is one Herald claims, so it must be all of them. With
/// the generator's rendering taken, it is all of them by construction, and checked too.
final class RenderingParityTests: XCTestCase {
    /// What each Hugo post is made of, Goldmark's defaults and Hugo's built-in shortcodes.
    private static let hugoConstructs = [
        "## Hello *World*\n\n### Q&A -- \"quoted\" `code`\n",
        "## Custom {#my-id .wide}\n\nText under it.\n",
        "Term\n: Its definition\n\nOther term\n\n: A loose definition\n",
        "A claim[^1] and another[^note].\n\n[^1]: The source.\n[^note]: A named note.\n",
        "- [ ] to do\n- [x] done\n",
        "| Name | Value |\n|------|:-----:|\n| a    | 1     |\n| b    | 2     |\n",
        "It is ~~gone~~ now.\n",
        "Visit www.example.com, https://example.org/a?b=1 or write to me@example.net.\n",
        "\"Double\" and 'single' quotes, it's -- an en dash --- an em dash ... and an ellipsis.\n",
        "```go\nfunc main() {\n\tprintln(\"<hi>\")\n}\n```\n",
        "Indented code:\n\n    let x = 1 < 2\n",
        "![An image](/images/a.png \"Its title\") and [a link](../other/ \"Other\").\n",
        "<div class=\"raw\">raw HTML</div>\n\nInline <span>span</span>.\n",
        "> A quote\n>\n> - with a list\n> - of two\n",
        "3. three\n4. four\n\n* star\n* list\n",
        "Line one  \nline two\\\nline three\n",
        "***Strong emphasis*** and __bold__ and _italic_.\n",
        "Entities: &copy; &amp; &#169; &lt;tag&gt;\n",
        "{{< highlight python >}}\nprint(\"a < b\")\n{{< /highlight >}}\n",
        "{{< figure src=\"/images/b.png\" title=\"A title\" caption=\"A caption\" alt=\"Alt\" >}}\n",
        "See [the first post]({{< ref \"post-0.md\" >}}) and [again]({{< relref \"post-1\" >}}).\n",
        "Setext heading\n==============\n\nSecond\n------\n",
        "First part.\n\n<!--more-->\n\nSecond part.\n",
        "{{< youtube dQw4w9WgXcQ >}}\n",
        "A paragraph with `inline <code>` and a\nsoft line break.\n\n***\n\nAfter a rule.\n",
    ]

    /// What each Jekyll post is made of: kramdown's GFM input and Liquid.
    private static let jekyllConstructs = [
        "## Hello *World*\n\n### Q&A -- \"quoted\" `code`\n",
        "## Custom {#my-id}\n\n## Classy\n{: .wide}\n\nText under it.\n",
        "Term\n: Its definition\n\nOther term\n: Another\n",
        "A claim[^1] and another[^note].\n\n[^1]: The source.\n[^note]: A named note.\n",
        "- [ ] to do\n- [x] done\n",
        "| Name | Value |\n|------|:-----:|\n| a    | 1     |\n| b    | 2     |\n",
        "It is ~~gone~~ now.\n",
        "Visit www.example.com, https://example.org/a?b=1 or write to me@example.net.\n",
        "\"Double\" and 'single' quotes, it's -- an en dash --- an em dash ... and an ellipsis.\n",
        "```ruby\ndef main\n  puts \"<hi>\"\nend\n```\n",
        "Indented code:\n\n    let x = 1 < 2\n",
        "![An image](/images/a.png \"Its title\") and [a link](../other/ \"Other\").\n",
        "<div class=\"raw\">raw HTML</div>\n\nInline <span>span</span>.\n",
        "> A quote\n>\n> - with a list\n> - of two\n",
        "3. three\n4. four\n\n* star\n* list\n",
        "***Strong emphasis*** and __bold__ and _italic_.\n",
        "Entities: &copy; &amp; &#169; &lt;tag&gt;\n",
        "{% highlight ruby %}\nputs 'a < b'\n{% endhighlight %}\n",
        "The site is {{ site.title }}, this is {{ page.title | upcase }}.\n",
        "Raw Liquid:\n\n{% raw %}Liquid as text: {{ page.title }} {% if %}{% endraw %}\n",
        "See [the first post]({% post_url 2024-01-01-post-0 %}) and [again]({% link _posts/2024-01-02-post-1.md %}).\n",
        "{% assign n = 3 %}{% for i in (1..n) %}item {{ i }} {% endfor %}\n\n{% if n > 2 %}big{% else %}small{% endif %}\n",
        "Setext heading\n==============\n\nSecond\n------\n",
        "{::comment}\nhidden\n{:/comment}\nShown.\n\n*[HTML]: Hyper Text\nSome HTML.\n",
        "A paragraph with `inline <code>`.\n\n***\n\nAfter a rule.\n",
        "Read [the paper](The Paper Title) and [a page](/a page/), not `[code](a b)`.\n",
    ]

    func testFiftyHugoPostsSayWhatHugoSays() throws {
        let folder = TemporaryFolder()
        folder.write("site/hugo.toml", "baseURL = 'https://p.example/'\ntitle = 'Parity'\n")
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        for index in 0..<50 {
            let body = Self.mix(Self.hugoConstructs, for: index)
            folder.write(
                "site/content/posts/post-\(index).md",
                "---\ntitle: Post \(index)\ndate: 2024-01-\(String(format: "%02d", index % 28 + 1))\n---\n" + body)
        }
        folder.write("site/content/other.md", "---\ntitle: Other\n---\nOther.\n")
        let site = folder.path + "/site"
        try install(site, "--hugo")
        let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        try assertParity(site: site, rendering: site + "/public/herald-rendering.json", posts: 50)
    }

    func testFiftyJekyllPostsSayWhatJekyllSays() throws {
        let folder = TemporaryFolder()
        folder.write("site/_config.yml", "title: Parity\nurl: https://p.example\n")
        for index in 0..<50 {
            let body = Self.mix(Self.jekyllConstructs, for: index)
            let day = String(format: "%02d", index % 28 + 1)
            let month = String(format: "%02d", index / 28 + 1)
            folder.write("site/_posts/2024-\(month)-\(day)-post-\(index).md", "---\ntitle: Post \(index)\n---\n" + body)
        }
        let site = folder.path + "/site"
        try install(site, "--jekyll")
        let jekyll = try HeraldProcess.run(
            "env",
            [
                "TZ=UTC", "jekyll", "build", "--quiet", "--disable-disk-cache", "--source", site, "--destination",
                site + "/_site",
            ])
        XCTAssertEqual(jekyll.status, 0, jekyll.standardError)
        try assertParity(site: site, rendering: site + "/_site/herald-rendering.json", posts: 50)
    }

    /// Post `index`'s body: two constructs, so that each appears in more than one post and
    /// next to different neighbours.
    private static func mix(_ constructs: [String], for index: Int) -> String {
        constructs[index % constructs.count] + "\n" + constructs[(index * 7 + 3) % constructs.count]
    }

    private func install(_ site: String, _ generator: String) throws {
        let initialized = try HeraldProcess.herald(["init", generator, site, "--rendering", "generator"])
        XCTAssertEqual(initialized.status, 0, initialized.standardError)
        // Aged, so that the rendering the generator writes next is newer than every post.
        let aged = try HeraldProcess.run(
            "find", [site, "-name", "*.md", "-exec", "touch", "-m", "-d", "1 minute ago", "{}", "+"])
        XCTAssertEqual(aged.status, 0, aged.standardError)
    }

    /// Each post's visible text as Herald renders it, and as it takes the generator's
    /// rendering, against the generator's own.
    private func assertParity(site: String, rendering: String, posts expected: Int) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: rendering))
        let file = try JSONDecoder().decode(RenderingFile.self, from: data)
        let theirs = Dictionary(file.pages.map { ($0.permalink, $0.content) }) { first, _ in first }
        for rendering in ["herald", "generator"] {
            let definition = site + "/\(rendering).toml"
            try "[site]\nsource = '.'\nrendering = '\(rendering)'\n".write(
                toFile: definition, atomically: true, encoding: .utf8)
            let listed = try HeraldProcess.herald(["list", "--config", definition, "--render", "--json"])
            XCTAssertEqual(listed.status, 0, listed.standardError)
            let listing = try JSONDecoder().decode(Listing.self, from: Data(listed.standardOutput.utf8))
            let posts = listing.posts.filter { $0.title.hasPrefix("Post ") }
            XCTAssertEqual(posts.count, expected)
            var unequal: [String] = []
            for post in posts {
                let ours = VisibleText.of(post.content ?? "")
                let generator = VisibleText.of(theirs[post.permalink] ?? "(not rendered by the generator)")
                if ours != generator { unequal.append("\(post.path)\n  herald:    \(ours)\n  generator: \(generator)") }
            }
            let share = Double(posts.count - unequal.count) / Double(max(posts.count, 1)) * 100
            print(
                "\(name) \(rendering) rendering: \(posts.count - unequal.count) of \(posts.count) posts (\(String(format: "%.0f", share)) %) show the generator's visible text"
            )
            XCTAssertEqual(unequal, [], rendering)
        }
    }

    private struct RenderingFile: Decodable {
        struct Page: Decodable {
            let permalink: String
            let content: String
        }

        let pages: [Page]
    }

    private struct Listing: Decodable {
        struct Post: Decodable {
            let path: String
            let title: String
            let permalink: String
            let content: String?
        }

        let posts: [Post]
    }
}
