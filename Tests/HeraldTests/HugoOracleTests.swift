import Foundation
import XCTest

/// Builds the same sites with Hugo 0.111 and with Herald, and compares every post: permalink,
/// dates, draft flag and the status that follows from them.
final class HugoOracleTests: XCTestCase {
    /// A fixed clock: statuses must not depend on the day the tests run.
    private let now = "2026-01-01T00:00:00Z"

    func testExampleSiteMatchesHugo() throws {
        let folder = TemporaryFolder()
        // Hugo writes build files into the site it lists, so it works on a copy.
        let site = folder.path + "/example"
        try FileManager.default.copyItem(atPath: HeraldProcess.repositoryRoot + "/feeds/example", toPath: site)
        let compared = try compareWithHugo(site: site)
        XCTAssertEqual(compared, 17)
    }

    func testGeneratedSiteMatchesHugo() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/generated"
        let generator = try HeraldProcess.run(
            "python3",
            [HeraldProcess.repositoryRoot + "/scripts/generate-site.py", site, "--posts", "600", "--seed", "11"])
        XCTAssertEqual(generator.status, 0, generator.standardError)
        let compared = try compareWithHugo(site: site)
        XCTAssertEqual(compared, 601)
    }

    /// A configuration split as theme starters split it: a root file, `config/_default/` with a
    /// file per key, and a folder per environment, each set over the one before.
    func testConfigurationFolderMatchesHugoInEveryEnvironment() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/split"
        let files = [
            "hugo.toml": "baseURL = 'https://root.example/'\ntitle = 'Root'\n[permalinks]\nnotes = '/n/:slug/'\n",
            "config/_default/hugo.toml": "baseURL = 'https://default.example/'\n[uglyURLs]\nnotes = true\n",
            "config/_default/permalinks.toml": "posts = '/:year/:month/:slug/'\n",
            "config/_default/params.toml": "[params]\nauthor = 'Ada'\n",
            "config/_default/menus.en.toml": "[[main]]\nname = 'Home'\nurl = '/'\n",
            "config/production/hugo.toml": "baseURL = 'https://prod.example/blog/'\n",
            "config/staging/hugo.yaml": "baseURL: https://staging.example/\npermalinks:\n  posts: /s/:slug/\n",
            "content/posts/first.md": "---\ntitle: First Post\ndate: 2024-03-04T05:06:07Z\n---\nx\n",
            "content/posts/bundle/index.md": "---\ntitle: A Bundle\ndate: 2024-03-06\n---\nx\n",
            "content/notes/note.md": "---\ntitle: A Note\ndate: 2024-03-05\n---\nx\n",
            "staging.toml": "[site]\nsource = '.'\nenvironment = 'staging'\n",
        ]
        for (path, text) in files { folder.write("split/" + path, text) }
        XCTAssertEqual(try compareWithHugo(site: site), 3)
        XCTAssertEqual(
            try compareWithHugo(
                site: site, hugoArguments: ["-e", "staging"], heraldArguments: ["--config", site + "/staging.toml"]),
            3)
    }

    /// Translations by file name (`post.fr.md`) and bundles with a page per language
    /// (`index.fr.md`): each post's permalink under its language's folder, as Hugo builds it.
    func testTranslationsMatchHugo() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/languages"
        func post(_ path: String, _ title: String, _ extra: String = "") {
            folder.write("languages/content/" + path, "---\ntitle: \(title)\ndate: 2024-03-01\n\(extra)---\nx\n")
        }
        folder.write(
            "languages/hugo.toml",
            """
            baseURL = 'https://ml.example/'
            defaultContentLanguage = 'en'
            [permalinks]
            posts = '/:year/:slug/'
            [languages.en]
            weight = 1
            [languages.fr]
            weight = 2
            title = 'Titre'
            [languages.pt-br]
            weight = 3
            """)
        post("posts/a.md", "A in English")
        post("posts/a.fr.md", "A en français")
        post("posts/b.de.md", "B de is English")
        post("posts/C.FR.md", "C upper is English")
        post("posts/trip/index.md", "Trip")
        post("posts/trip/index.fr.md", "Voyage")
        post("posts/trip/index.pt-br.md", "Viagem")
        post("posts/solo/index.fr.md", "Seul")
        post("posts/other/index.de.md", "Other de is English")
        post("posts/u.fr.md", "U", "url: /from/root/\n")
        post("posts/v.fr.md", "V", "url: in/language/\n")
        post("notes/n.pt-br.md", "Nota", "slug: minha-nota\n")
        post("notes/x.de.md", "X de")
        XCTAssertEqual(try compareWithHugo(site: site), 13)
        folder.write("languages/config/staging/hugo.toml", "defaultContentLanguageInSubdir = true\n")
        XCTAssertEqual(
            try compareWithHugo(
                site: site, hugoArguments: ["-e", "staging"], heraldArguments: ["--config", site + "/staging.toml"],
                definition: "[site]\nsource = '.'\nenvironment = 'staging'\n"),
            13)
    }

    /// `[frontmatter]` date sources: `:filename` (which also gives the slug), `:default`, a
    /// custom key and `:fileModTime`, each post's dates and permalink as Hugo reads them.
    func testFrontMatterDateSourcesMatchHugo() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/dates"
        folder.write(
            "dates/hugo.toml",
            """
            baseURL = 'https://d.example/'
            [permalinks]
            posts = '/:year/:month/:slug/'
            [frontmatter]
            date = [':filename', 'posted', ':default']
            publishDate = ':fileModTime'
            """)
        func post(_ path: String, _ front: String) {
            folder.write("dates/content/posts/" + path, "---\ntitle: T\n\(front)---\nx\n")
            let modified = Date(timeIntervalSince1970: 1_717_200_000)
            try? FileManager.default.setAttributes(
                [.modificationDate: modified], ofItemAtPath: site + "/content/posts/" + path)
        }
        post("2024-01-02-first-post.md", "")
        post("2023-05-06_dated.md", "date: 2024-02-01\n")
        post("2024-03-04-bundle/index.md", "")
        post("undated.md", "date: 2024-04-01T10:00:00+02:00\n")
        post("custom.md", "posted: 2024-04-02\ndate: 2024-04-03\n")
        post("2024-01-09-with-slug.md", "slug: own-slug\n")
        post("2024-13-01-not-a-date.md", "date: 2024-05-01\n")
        XCTAssertEqual(try compareWithHugo(site: site), 7)
    }

    /// Current Hugo (0.148) reads a time after the file name's date too, where Debian's Hugo
    /// takes it for part of the slug; and Git dates outside a Git work tree are passed over, with
    /// a warning (Hugo stops).
    func testAFileNameWithATimeAndGitDatesAsCurrentHugoReadsThem() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://d.example/'\nenableGitInfo = true\n[permalinks]\nposts = '/:year/:month/:slug/'\n"
                + "[frontmatter]\ndate = [':filename', ':default']\nlastmod = [':git', 'lastmod']\n")
        folder.write("site/content/posts/2024-02-03-10-20-30-timed.md", "---\ntitle: T\nlastmod: 2024-03-01\n---\nx\n")
        let herald = try HeraldProcess.herald(["list", "--site", folder.path + "/site", "--json"])
        XCTAssertEqual(herald.status, 0, herald.standardError)
        XCTAssertTrue(
            herald.standardError.contains(
                "hugo.toml:2: warning: enableGitInfo: Git dates (:git in [frontmatter]) are not read"),
            herald.standardError)
        let listing = try JSONSerialization.jsonObject(with: Data(herald.standardOutput.utf8)) as! [String: Any]
        let post = try XCTUnwrap((listing["posts"] as? [[String: Any]])?.first)
        XCTAssertEqual(post["date"] as? String, "2024-02-03T10:20:30Z")
        XCTAssertEqual(post["lastmod"] as? String, "2024-03-01T00:00:00Z")
        XCTAssertEqual(post["permalink"] as? String, "https://d.example/2024/02/timed/")
    }

    /// `enableGitInfo`: the last commit's author date, in its own offset, is a post's `lastmod`
    /// where `:git` comes first (Hugo's default); a file never committed, or changed since, takes
    /// the next source; merges are left out. Each post's lastmod as Hugo's template prints it.
    func testGitDatesMatchHugo() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://g.example/'\nenableGitInfo = true\n[frontmatter]\ndate = [':default', ':git']\n")
        folder.write(
            "site/layouts/index.html",
            "{{ range .Site.RegularPages }}{{ .File.Path }} {{ .Lastmod.Format \"2006-01-02T15:04:05Z07:00\" }} "
                + "{{ .Date.Format \"2006-01-02T15:04:05Z07:00\" }}\n{{ end }}")
        func git(_ arguments: String...) throws {
            let result = try HeraldProcess.run(
                "git", ["-c", "user.name=Author", "-c", "user.email=a@example.org"] + arguments, in: site)
            XCTAssertEqual(result.status, 0, result.standardError)
        }
        func post(_ path: String, _ front: String) {
            folder.write("site/content/posts/" + path, "---\ntitle: T\n\(front)---\nx\n")
        }
        try git("init", "-q")
        post("committed.md", "date: 2024-01-01\n")
        post("with-lastmod.md", "date: 2024-01-01\nlastmod: 2024-01-05\n")
        post("bundle/index.md", "date: 2024-01-01\n")
        post("undated.md", "")
        try git("add", ".")
        try git("commit", "-q", "-m", "first", "--date", "2024-02-03T04:05:06+01:30")
        post("committed.md", "date: 2024-01-01\nsummary: again\n")
        try git("commit", "-q", "-a", "-m", "second", "--date", "2024-03-04T05:06:07-07:00")
        // A merge brings in a post; its date is that of its branch's own commit.
        try git("checkout", "-q", "-b", "side")
        post("merged.md", "date: 2024-01-01\n")
        try git("add", ".")
        try git("commit", "-q", "-m", "side", "--date", "2024-04-05T06:07:08Z")
        try git("checkout", "-q", "-")
        try git("merge", "-q", "--no-ff", "-m", "merge", "side")
        post("uncommitted.md", "date: 2024-01-01\nlastmod: 2024-01-09\n")

        let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        // HTML templates escape the offset's "+".
        let printed = try String(contentsOfFile: site + "/public/index.html", encoding: .utf8)
            .replacingOccurrences(of: "&#43;", with: "+")
        let expected = Dictionary(
            uniqueKeysWithValues: printed.split(separator: "\n").map { line in
                let fields = line.split(separator: " ").map(String.init)
                return (fields[0], (lastmod: fields[1], date: fields[2]))
            })
        XCTAssertEqual(expected["posts/committed.md"]?.lastmod, "2024-03-04T05:06:07-07:00", printed)

        let herald = try HeraldProcess.herald(["list", "--site", site, "--json", "--now", now])
        XCTAssertEqual(herald.status, 0, herald.standardError)
        XCTAssertFalse(herald.standardError.contains("enableGitInfo"), herald.standardError)
        let listing = try JSONSerialization.jsonObject(with: Data(herald.standardOutput.utf8)) as! [String: Any]
        let posts = try XCTUnwrap(listing["posts"] as? [[String: Any]])
        XCTAssertEqual(posts.count, 6)
        for post in posts {
            let path = (post["path"] as! String).replacingOccurrences(of: "content/", with: "")
            XCTAssertEqual(post["lastmod"] as? String, expected[path]?.lastmod, path)
            XCTAssertEqual(post["date"] as? String, expected[path]?.date, path)
        }

        // A commit changes dates without changing a file: the next build sees it all the same.
        folder.write("site/herald.toml", "[site]\nsource = '.'\n[feeds]\noutput = 'out'\n[announce]\nstate = 'state'\n")
        let definition = site + "/herald.toml"
        // Files aged, so that the scan cache and build stamp vouch for them.
        let aged = try HeraldProcess.run(
            "find", [site + "/content", "-exec", "touch", "-m", "-d", "1 minute ago", "{}", "+"])
        XCTAssertEqual(aged.status, 0, aged.standardError)
        XCTAssertEqual(try HeraldProcess.herald(["build", "--config", definition]).status, 0)
        XCTAssertTrue(
            try HeraldProcess.herald(["build", "--config", definition]).standardError.contains("nothing changed"))
        func updated() throws -> String? {
            let path = site + "/out/posts/atom.xml"
            let entries = try FeedReader.read([path])[path]?.entries ?? []
            return entries.first { $0.link?.hasSuffix("/uncommitted/") == true }?.updated
        }
        XCTAssertEqual(try updated(), "2024-01-09T00:00:00Z")
        try git("add", "content/posts/uncommitted.md")
        try git("commit", "-q", "-m", "third", "--date", "2024-05-06T07:08:09+02:00")
        let again = try HeraldProcess.herald(["build", "--config", definition])
        XCTAssertFalse(again.standardError.contains("nothing changed"), again.standardError)
        XCTAssertEqual(try updated(), "2024-05-06T07:08:09+02:00")
    }

    /// Headings get the ids Goldmark gives them (`autoHeadingIDType` github by default,
    /// github-ascii, blackfriday; none with `autoHeadingID = false`), made unique as Hugo makes
    /// them, so in-page links work in feeds. Where Hugo 0.111 takes a heading's source text
    /// and current Hugo its text as shown (entities decoded, a link's text without its
    /// address, typographic dashes), Herald follows current Hugo.
    func testHeadingIDsMatchHugo() throws {
        let headings = [
            "Hello *World*!", "Hello World", "2024: Année ünï", "`code` and here_now", "Ça va? Très bien",
            "Hello World",
        ]
        let body = headings.map { "## \($0)\n\ntext\n\n" }.joined()
        for (type, expected) in [
            (
                "github",
                [
                    "hello-world", "hello-world-1", "2024-année-ünï", "code-and-here_now", "ça-va-très-bien",
                    "hello-world-2",
                ]
            ),
            (
                "github-ascii",
                [
                    "hello-world", "hello-world-1", "2024-annee-uni", "code-and-here_now", "ca-va-tres-bien",
                    "hello-world-2",
                ]
            ),
            (
                "blackfriday",
                [
                    "hello-world", "hello-world-1", "2024-année-ünï", "code-and-here-now", "ça-va-très-bien",
                    "hello-world-2",
                ]
            ),
        ] {
            let folder = TemporaryFolder()
            folder.write(
                "site/hugo.toml",
                "baseURL = 'https://i.example/'\n[markup.goldmark.parser]\nautoHeadingIDType = '\(type)'\n")
            folder.write("site/layouts/_default/single.html", "{{ .Content }}")
            folder.write("site/content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\n" + body)
            let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: folder.path + "/site")
            XCTAssertEqual(hugo.status, 0, hugo.standardError)
            let page = try String(contentsOfFile: folder.path + "/site/public/posts/a/index.html", encoding: .utf8)
            XCTAssertEqual(Self.headingIDs(in: page), expected, type)
            XCTAssertEqual(try Self.heraldHeadingIDs(folder.path + "/site"), expected, type)
        }
        // Current Hugo's text of a heading; and no ids at all when they are turned off.
        let folder = TemporaryFolder()
        folder.write("site/hugo.toml", "baseURL = 'https://i.example/'\n")
        folder.write(
            "site/content/posts/a.md",
            "---\ntitle: A\ndate: 2024-01-01\n---\n## Q&amp;A [link](http://x) ![img](y.png)\n\n## Don't -- stop\n\n"
                + "## ---\n\n## <em>raw</em> html\n")
        XCTAssertEqual(
            try Self.heraldHeadingIDs(folder.path + "/site"), ["qa-link-img", "dont--stop", "heading", "raw-html"])
        folder.write(
            "site/hugo.toml", "baseURL = 'https://i.example/'\n[markup.goldmark.parser]\nautoHeadingID = false\n")
        XCTAssertEqual(try Self.heraldHeadingIDs(folder.path + "/site"), [])
    }

    /// What Goldmark's defaults (and `parser.attribute.block`) give that cmark-gfm lacks,
    /// byte for byte as Hugo writes the page: heading attributes, block attribute lines,
    /// definition lists (tight and loose), footnotes numbered by first reference with
    /// Goldmark's back-links, task list items, and `www.` linked with `https://`.
    func testGoldmarkMarkupMatchesHugo() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml", "baseURL = 'https://g.example/'\n[markup.goldmark.parser.attribute]\nblock = true\n")
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/content/posts/a.md",
            """
            ---
            title: A
            date: 2024-01-01
            ---
            ## Hello World {#custom .big data-x="1"}

            ## Hello World

            ## Other {.cls .more}

            ## Not {attributes}

            Term
            : Definition here

            Second term
            Other term
            : def 2
            lazy line
            : def 3

            Loose term

            : Loose definition

            See www.example.com/a?b=1, https://x.example/y and me@mail.example.

            Text with a note[^1], another[^named] and the first again[^1].

            [^1]: The note.
            [^named]: Named.

            - [ ] open
            - [x] done

            Paragraph
            {.para}

            """)
        let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: folder.path + "/site")
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        let page = try String(contentsOfFile: folder.path + "/site/public/posts/a/index.html", encoding: .utf8)
        let herald = try Self.heraldContent(folder.path + "/site")
        // Herald's in-page links are absolute (a feed has no page to be relative to), and the
        // block attribute goes where Hugo puts it only for headings: a paragraph loses it.
        let ours = herald.replacingOccurrences(of: "https://g.example/posts/a/#", with: "#")
        XCTAssertEqual(ours, page.replacingOccurrences(of: "<p class=\"para\">", with: "<p>"))
    }

    /// Goldmark's `renderer.hardWraps` and `renderer.xhtml`: line breaks kept or not, void
    /// elements closed as HTML (`<br>`, by default) or XHTML (`<br />`), byte for byte Hugo's.
    func testRendererOptionsMatchHugo() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/content/posts/a.md",
            "---\ntitle: A\ndate: 2024-01-01\n---\nLine one\nline two  \nthree\\\nfour\n\n***\n\n![a](https://r.example/b.png)\n"
        )
        for options in ["", "hardWraps = true\n", "xhtml = true\n", "hardWraps = true\nxhtml = true\n"] {
            folder.write("site/hugo.toml", "baseURL = 'https://r.example/'\n[markup.goldmark.renderer]\n" + options)
            XCTAssertEqual(try HeraldProcess.run("hugo", ["--quiet"], in: site).status, 0)
            let page = try String(contentsOfFile: site + "/public/posts/a/index.html", encoding: .utf8)
            XCTAssertEqual(try Self.heraldContent(site), page, options)
        }
    }

    /// With the generator's rendering (`herald init --rendering generator`), a post's entry is
    /// what Hugo itself rendered, the site's own shortcode and link render hook applied, its
    /// URLs made absolute; a post changed since Hugo ran, or a rendering that is missing, is
    /// rendered by Herald, with a warning.
    func testGeneratorRenderingTakesHugosOwnHTML() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write("site/hugo.toml", "baseURL = 'https://r.example/'\ntitle = 'R'\n")
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/layouts/shortcodes/notice.html",
            "<div class=\"notice\"><p class=\"notice-title\">Notice</p>{{ .Inner | markdownify }}</div>")
        folder.write(
            "site/layouts/_default/_markup/render-link.html",
            """
            {{- $url := .Destination -}}
            {{- if strings.HasSuffix $url ".md" }}{{ with site.GetPage $url }}{{ $url = .RelPermalink }}{{ end }}{{ end -}}
            <a href="{{ $url }}">{{ .Text | safeHTML }}</a>
            """)
        folder.write(
            "site/content/posts/a.md",
            "---\ntitle: A\ndate: 2024-01-02\n---\nSee [the other post](/posts/other.md).\n\n"
                + "{{< notice >}}\nInner **bold** text.\n{{< /notice >}}\n")
        folder.write("site/content/posts/other.md", "---\ntitle: Other\ndate: 2024-01-01\n---\nOther.\n")
        let initialized = try HeraldProcess.herald(["init", "--hugo", site, "--rendering", "generator"])
        XCTAssertEqual(initialized.status, 0, initialized.standardError)
        XCTAssertTrue(initialized.standardOutput.contains("\nrendering = \"generator\""), initialized.standardOutput)
        XCTAssertTrue(initialized.standardError.contains("added \(site)/content/herald-rendering.md"))
        // Aged, so that the rendering Hugo writes next is newer than every post.
        XCTAssertEqual(
            try HeraldProcess.run("find", [site + "/content", "-exec", "touch", "-m", "-d", "1 minute ago", "{}", "+"])
                .status, 0)
        let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        let page = try String(contentsOfFile: site + "/public/posts/a/index.html", encoding: .utf8)
        XCTAssertTrue(page.contains("<p class=\"notice-title\">Notice</p>"), page)
        XCTAssertTrue(page.contains("<a href=\"/posts/other/\">"), page)

        folder.write("site/herald.toml", "[site]\nsource = '.'\n[feeds]\noutput = 'out'\n[announce]\nstate = 'state'\n")
        func build() throws -> (content: String, warnings: String) {
            let build = try HeraldProcess.herald(["build", "--config", site + "/herald.toml"])
            XCTAssertEqual(build.status, 0, build.standardError)
            let path = site + "/out/posts/index.xml"
            let entry = try FeedReader.read([path])[path]?.entries.first { $0.title == "A" }
            return (try XCTUnwrap(entry?.content.first), build.standardError)
        }
        let taken = try build()
        // feedparser drops the last line end.
        XCTAssertEqual(
            taken.content + "\n", page.replacingOccurrences(of: "href=\"/", with: "href=\"https://r.example/"))
        XCTAssertFalse(taken.warnings.contains("warning"), taken.warnings)

        folder.write(
            "site/content/posts/a.md", "---\ntitle: A\ndate: 2024-01-02\n---\nSee [the other post](/posts/other.md).\n")
        // Rendered by Herald, whose link goes where the site's hook sends it too.
        let stale = try build()
        XCTAssertEqual(
            stale.content, "<p>See <a href=\"https://r.example/posts/other/\">the other post</a>.</p>")
        XCTAssertTrue(
            stale.warnings.contains(
                "content/posts/a.md: warning: changed after the generator's rendering (public/herald-rendering.json) was written; Herald rendered it; run the generator before herald"
            ), stale.warnings)

        try FileManager.default.removeItem(atPath: site + "/public/herald-rendering.json")
        XCTAssertTrue(
            try build().warnings.contains(
                "public/herald-rendering.json: warning: the generator's rendering is missing; run the generator (hugo, jekyll build) before herald"
            ))
    }

    /// A `render-link.html` hook that looks pages up sends Markdown links to content files to
    /// those pages, as Hugo's `GetPage` finds them (from the post's folder, from the content
    /// folder, else by name); Herald's links go where Hugo's do. Without such a hook they stay
    /// links to the files.
    func testLinkRenderHookThatLooksPagesUpIsFollowed() throws {
        let folder = TemporaryFolder()
        folder.write("site/hugo.toml", "baseURL = 'https://k.example/'\n")
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/layouts/_default/_markup/render-link.html",
            """
            {{- $url := urls.Parse .Destination -}}
            {{- $href := .Destination -}}
            {{- if and (not $url.IsAbs) (strings.HasSuffix $url.Path ".md") -}}
              {{- with .Page.GetPage $url.Path -}}{{- $href = .RelPermalink -}}
                {{- with $url.Fragment }}{{ $href = printf "%s#%s" $href . }}{{ end -}}
              {{- end -}}
            {{- end -}}
            <a href="{{ $href }}">{{ .Text | safeHTML }}</a>
            """)
        folder.write(
            "site/content/posts/a/index.md",
            "---\ntitle: A\ndate: 2024-01-02\n---\n[1](../other/index.md) [2](../other/index.md#part) [3](/posts/b.md) "
                + "[4](b.md) [5](missing.md) [6](https://x.example/a.md) [7](../b.md)\n")
        folder.write("site/content/posts/other/index.md", "---\ntitle: O\ndate: 2024-01-01\n---\nO\n")
        folder.write(
            "site/content/posts/b.md", "---\ntitle: B\ndate: 2024-01-01\n---\nB [8](a/index.md) [9](./other/index.md)\n"
        )
        let site = folder.path + "/site"
        let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        func links(_ html: String, base: String) -> [String] {
            let expression = try! NSRegularExpression(pattern: "href=\"([^\"]*)\"")
            return expression.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
                URL(string: String(html[Range($0.range(at: 1), in: html)!]), relativeTo: URL(string: base))!
                    .absoluteString
            }
        }
        for (post, page) in [("a", "posts/a/"), ("b", "posts/b/")] {
            let theirs = try String(contentsOfFile: site + "/public/\(page)index.html", encoding: .utf8)
            let ours = try Self.heraldContent(site, post: "content/posts/\(post)\(post == "a" ? "/index" : "").md")
            XCTAssertEqual(
                links(ours, base: "https://k.example/" + page), links(theirs, base: "https://k.example/" + page))
        }
        XCTAssertEqual(
            links(try Self.heraldContent(site, post: "content/posts/b.md"), base: "https://k.example/posts/b/"),
            ["https://k.example/posts/a/", "https://k.example/posts/other/"])
        try FileManager.default.removeItem(atPath: site + "/layouts/_default/_markup/render-link.html")
        XCTAssertEqual(
            links(try Self.heraldContent(site, post: "content/posts/b.md"), base: "https://k.example/posts/b/"),
            ["https://k.example/posts/b/a/index.md", "https://k.example/posts/b/other/index.md"])
    }

    /// The site's own shortcodes that Herald can run (variables, `.Get`, `.Inner` with
    /// `markdownify`, `if`/`else if`/`with`/`range`, `i18n` from the site's translations,
    /// `findRE`, `printf`…) give what Hugo gives, byte for byte, nested shortcodes and `{{% %}}`
    /// included, partials too; one that needs what Herald does not have (a page's resources) is
    /// reported, naming its template and why.
    func testSiteShortcodesHeraldCanRunMatchHugo() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://s.example/'\ntitle = 'Shortcodes'\n[params]\nsitewide = 'all'\nmood = 'site'\n")
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write("site/i18n/en.toml", "[notice_note]\nother = \"Note\"\n[notice_warning]\nother = \"Warning\"\n")
        folder.write(
            "site/layouts/shortcodes/callout.html",
            """
            {{ $kind := .Get 0 | default "note" }}
            {{ $body := (markdownify .Inner | chomp) }}
            {{ $isBlock := findRE "(?is)^<(?:div|p|ul|ol|pre|blockquote)\\b" $body 1 }}
            <div class="callout {{ $kind }}">
              <p class="callout-title">
              {{ if eq $kind "note" }}{{ i18n "notice_note" }}{{ else if eq $kind "warning" }}{{ i18n "notice_warning" }}{{ else }}{{ $kind | humanize }}{{ end }}
              </p>
              {{- if or $isBlock (not $body) }}{{ $body }}{{ else }}<p>{{ $body }}</p>{{ end -}}
            </div>

            """)
        folder.write(
            "site/layouts/shortcodes/quote.html",
            """
            {{- $author := .Get "author" -}}
            <blockquote>{{ .Inner | markdownify }}{{ with $author }}<footer>— {{ . }}{{ with $.Get "source" }}, <cite>{{ . }}</cite>{{ end }}</footer>{{ end }}</blockquote>

            """)
        folder.write(
            "site/layouts/shortcodes/badge.html",
            "<span class=\"badge\">{{ printf \"%s: %s\" (.Get 0) (.Get 1 | upper) }}</span>\n")
        folder.write(
            "site/layouts/shortcodes/meta.html",
            "<i>{{ .Page.Params.subtitle }}|{{ .Page.Param \"mood\" }}|{{ .Page.Param \"sitewide\" }}|{{ .Page.Params.Nothing }}</i>\n"
        )
        folder.write(
            "site/layouts/shortcodes/names.html",
            "{{ range $i, $t := split (.Get \"names\") \",\" }}<b>{{ $i }}={{ trim $t \" \" }}</b>{{ end }}\n")
        folder.write(
            "site/layouts/shortcodes/tabs.html",
            "{{ range split (.Get \"names\") \",\" }}{{ partial \"tab.html\" . }}{{ end }}\n")
        folder.write("site/layouts/partials/tab.html", "<b>{{ . }}</b>")
        folder.write(
            "site/content/posts/a.md",
            """
            ---
            title: A
            date: 2024-01-02
            subtitle: The <sub>
            mood: calm
            ---
            Intro {{< badge "v1" "new" >}} text, {{< names names="one, two" >}} {{< meta >}}.

            {{< callout >}}
            A *plain* note.
            {{< /callout >}}

            {{< callout warning >}}
            First paragraph.

            - a list
            {{< /callout >}}

            {{< callout tip >}}
            Nested {{< badge x y >}} inside.
            {{< /callout >}}

            {{< quote author="Ada" source="Notes" >}}
            Quoted **words**.
            {{< /quote >}}

            {{% callout note %}}
            Markdown *notation*.
            {{% /callout %}}

            """)
        folder.write(
            "site/layouts/shortcodes/gallery.html",
            "{{ range .Page.Resources }}<img src=\"{{ .RelPermalink }}\">{{ end }}")
        folder.write(
            "site/content/posts/b.md",
            "---\ntitle: B\ndate: 2024-01-01\n---\n{{< tabs names=\"x,y\" >}}\n\n{{< gallery >}}\n")
        // Shortcodes nested in a pair run first and count on the page's scratch, as Hugo runs them.
        folder.write(
            "site/layouts/shortcodes/steps.html",
            """
            {{ $group := .Page.Scratch.Get "groups" | default 0 }}
            <ol class="steps-{{ $group }}">{{ .Inner }}</ol>
            {{ .Page.Scratch.Set "groups" (add 1 $group) }}{{ .Page.Scratch.Set "step" 0 }}

            """)
        folder.write(
            "site/layouts/shortcodes/step.html",
            """
            {{ $index := .Page.Scratch.Get "step" | default 0 }}
            <li id="step-{{ .Page.Scratch.Get "groups" | default 0 }}-{{ $index }}"><b>{{ .Get "title" }}</b>
            {{ .Inner | markdownify }}</li>
            {{ .Page.Scratch.Set "step" (add 1 $index) }}

            """)
        folder.write(
            "site/content/posts/c.md",
            """
            ---
            title: C
            date: 2024-01-03
            ---
            {{< steps >}}
            {{< step title="One" >}}
            First *step*.
            {{< /step >}}
            {{< step title="Two" >}}
            Second.
            {{< /step >}}
            {{< /steps >}}

            {{< steps >}}
            {{< step title="Again" >}}
            Again.
            {{< /step >}}
            {{< /steps >}}

            """)
        let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        let page = try String(contentsOfFile: site + "/public/posts/a/index.html", encoding: .utf8)
        XCTAssertTrue(page.contains("<p class=\"callout-title\">\n  Warning\n  </p>"), page)
        XCTAssertEqual(try Self.heraldContent(site, post: "content/posts/a.md"), page)
        let steps = try String(contentsOfFile: site + "/public/posts/c/index.html", encoding: .utf8)
        XCTAssertTrue(steps.contains("<li id=\"step-1-0\"><b>Again</b>"), steps)
        XCTAssertEqual(try Self.heraldContent(site, post: "content/posts/c.md"), steps)
        let tabs = try String(contentsOfFile: site + "/public/posts/b/index.html", encoding: .utf8)
        XCTAssertTrue(tabs.contains("<b>x</b><b>y</b>"), tabs)
        XCTAssertEqual(VisibleText.of(try Self.heraldContent(site, post: "content/posts/b.md")), VisibleText.of(tabs))

        let listed = try HeraldProcess.herald(["list", "--site", site, "--render"])
        XCTAssertEqual(
            listed.standardError,
            """
            content/posts/b.md:7: warning: shortcode 'gallery' (layouts/shortcodes/gallery.html) cannot be run by \
            Herald (Herald does not have .Resources): its tags were removed and what they enclose kept; for the \
            site's own rendering, run herald init --rendering generator
            3 posts: 3 published

            """)

        // A changed template changes the feeds: the next build does not stop at "nothing changed".
        folder.write("site/herald.toml", "[site]\nsource = '.'\n[feeds]\noutput = 'out'\n[announce]\nstate = 'state'\n")
        XCTAssertEqual(
            try HeraldProcess.run("find", [site, "-exec", "touch", "-m", "-d", "1 minute ago", "{}", "+"]).status, 0)
        XCTAssertEqual(try HeraldProcess.herald(["build", "--config", site + "/herald.toml"]).status, 0)
        XCTAssertTrue(
            try HeraldProcess.herald(["build", "--config", site + "/herald.toml"]).standardError.contains(
                "nothing changed"))
        folder.write("site/layouts/shortcodes/badge.html", "<b>{{ .Get 0 }}</b>\n")
        let rebuilt = try HeraldProcess.herald(["build", "--config", site + "/herald.toml"])
        XCTAssertFalse(rebuilt.standardError.contains("nothing changed"), rebuilt.standardError)
    }

    /// Dates in a site's own shortcodes, in three languages: Go's `.Format` (English names, its
    /// layout elements), `dateFormat` and `time.Format` with the language's names put in for the
    /// English ones the layout asks for, as Hugo does, Hugo's localized layouts, `time`, a date's
    /// fields, the zero date, `.Section` and `relLangURL`; and other pages found by `GetPage`.
    func testDatesAndOtherPagesInShortcodesMatchHugoInEveryLanguage() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write(
            "site/hugo.toml",
            """
            baseURL = 'https://d.example/'
            defaultContentLanguage = 'en'
            [languages.en]
            weight = 1
            [languages.fr]
            weight = 2
            [languages.de]
            weight = 3

            """)
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/layouts/shortcodes/dates.html",
            """
            <p>{{ .Page.Date.Format "Monday, January 2, 2006 3:04:05 PM -07:00 (MST) _2 002 06" }}
            {{ dateFormat "Mon Jan 2, 2006" .Page.Date }} {{ .Page.Date | time.Format "January 2006" }}
            {{ .Page.Date | time.Format ":date_medium" }} {{ .Page.Date | time.Format ":date_long" }}
            {{ time.Format "2 January 2006" "2023-03-05" }} {{ (time "2023-12-25T18:30:00Z").Format "Jan 2 15:04" }}
            {{ .Page.Date.Year }} {{ .Page.Date.Month }} {{ .Page.Date.Day }} {{ .Page.Date.Unix }}
            {{ .Page.ExpiryDate.IsZero }} {{ .Page.Lastmod.Format "2006-01-02" }} {{ .Page.ExpiryDate }}
            {{ .Page.Section }} {{ "docs" | relLangURL }} {{ "/a/" | absLangURL }} {{ "x" | relURL }}</p>

            """)
        for (suffix, title) in [("", "Dates"), (".fr", "Dates fr"), (".de", "Dates de")] {
            folder.write(
                "site/content/notes/a\(suffix).md",
                "---\ntitle: \(title)\ndate: 2024-07-02T14:05:03+02:00\nlastmod: 2024-07-09\n---\n{{< dates >}}\n")
        }
        // Other pages by `GetPage`: by path, with or without slashes and extension, a bundle by its
        // folder, by name alone, in the page's own language only.
        folder.write(
            "site/layouts/shortcodes/link.html",
            "{{- with .Site.GetPage (.Get 0) -}}<a href=\"{{ .RelPermalink }}\">{{ .LinkTitle }}</a> {{ .Title }} "
                + "{{ .Section }} {{ .Date.Format \"2006\" }}{{ else }}missing {{ .Get 0 }}{{ end }}\n")
        folder.write("site/content/notes/b.md", "---\ntitle: B long\nlinkTitle: B\ndate: 2023-01-01\n---\nb\n")
        folder.write("site/content/notes/b.fr.md", "---\ntitle: B fr\ndate: 2023-01-01\n---\nb\n")
        folder.write("site/content/about.md", "---\ntitle: About\ndate: 2022-01-01\n---\nabout\n")
        folder.write("site/content/notes/trip/index.md", "---\ntitle: Trip\ndate: 2022-01-01\n---\ntrip\n")
        let links = ["/notes/b", "b", "/about.md", "about", "/nothing", "notes/trip", "trip"]
        for suffix in ["", ".fr", ".de"] {
            folder.write(
                "site/content/notes/l\(suffix).md",
                "---\ntitle: L\ndate: 2024-01-01\n---\n"
                    + links.map { "{{< link \"\($0)\" >}}" }.joined(separator: "|") + "\n")
        }
        let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        for (language, path) in [("en", "notes/l"), ("fr", "fr/notes/l"), ("de", "de/notes/l")] {
            let page = try String(contentsOfFile: site + "/public/\(path)/index.html", encoding: .utf8)
            let source = "content/notes/l\(language == "en" ? "" : "." + language).md"
            // Herald's links are absolute, as a feed's must be; what a reader sees is the same.
            let herald = try Self.heraldContent(site, post: source)
            XCTAssertEqual(VisibleText.of(herald), VisibleText.of(page), language)
            XCTAssertEqual(
                herald.contains("href=\"https://d.example/\(language == "en" ? "" : language + "/")notes/b/\""),
                language != "de")
        }
        for (language, path) in [("en", "notes/a"), ("fr", "fr/notes/a"), ("de", "de/notes/a")] {
            let page = try String(contentsOfFile: site + "/public/\(path)/index.html", encoding: .utf8)
            let source = "content/notes/a\(language == "en" ? "" : "." + language).md"
            XCTAssertEqual(try Self.heraldContent(site, post: source), page, language)
            if language == "de" { XCTAssertTrue(page.contains("Di. Juli 2, 2024 Juli 2024\n02.07.2024"), page) }
        }
        // Current Hugo's `.RenderShortcodes` (after 0.111, so no oracle here): a headless snippet
        // included in Markdown notation, its own shortcodes run; one that includes itself stops.
        folder.write(
            "site/content/_common/_index.md", "---\ncascade:\n  _build:\n    list: never\n    render: never\n---\n")
        folder.write(
            "site/content/_common/snippet.md", "---\ntitle: S\n---\nSnippet {{% shout \"loud\" %}} **here**.\n")
        folder.write("site/content/_common/loop.md", "---\ntitle: L\n---\nLoop {{% include \"/_common/loop\" %}}\n")
        folder.write(
            "site/layouts/shortcodes/include.html", "{{ with .Site.GetPage (.Get 0) }}{{ .RenderShortcodes }}{{ end }}")
        folder.write("site/layouts/shortcodes/shout.html", "{{ .Get 0 | upper }}")
        folder.write(
            "site/content/notes/inc.md",
            "---\ntitle: Inc\ndate: 2024-01-01\n---\n{{% include \"/_common/snippet\" %}}\n\n{{% include \"/_common/loop\" %}}\n"
        )
        XCTAssertEqual(
            try Self.heraldContent(site, post: "content/notes/inc.md"), "<p>Snippet LOUD <strong>here</strong>.</p>\n")
        let looped = try HeraldProcess.herald(["list", "--site", site, "--render"])
        XCTAssertTrue(
            looped.standardError.contains(
                "content/notes/inc.md:7: warning: shortcode 'include' (layouts/shortcodes/include.html) cannot be run by Herald (pages render each other's shortcodes 10 deep)"
            ), looped.standardError)
    }

    /// `enableEmoji`: every code in Herald's table, in text and in code, and the edges of how
    /// Hugo finds codes (next to words, doubled, after an unknown one, a colon left over), become
    /// what Hugo makes of them; without the setting they stay as written.
    func testEmojiCodesMatchHugo() throws {
        let table = try String(
            contentsOfFile: HeraldProcess.repositoryRoot + "/Sources/Site/Markdown/HugoEmoji+Table.swift",
            encoding: .utf8)
        let codes = table.split(separator: "\n").compactMap { line in
            line.split(separator: "\t").first.map { String($0.drop { $0 == " " }) }
        }.filter { $0.hasPrefix(":") }
        XCTAssertGreaterThan(codes.count, 2_000)
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write("site/hugo.toml", "baseURL = 'https://e.example/'\ntitle = 'Emoji'\nenableEmoji = true\n")
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/content/posts/edges.md",
            """
            ---
            title: Edges
            date: 2024-01-01
            ---
            Text :smile: x:smile:y :smile::smile: :smile:smile: :a:smile: :nope: :smile: :: :+1::-1: \
            :smile :smile: a:b:c :100:.

            `code :tada:` and [a link](https://x.example/:smile:/ ":heart: title") {{< emo >}}

                indented :rocket:

            """)
        folder.write("site/layouts/shortcodes/emo.html", "<b>:smile:</b>")
        folder.write(
            "site/content/posts/every.md",
            "---\ntitle: Every\ndate: 2024-01-02\n---\n" + codes.map { "    " + $0 + "\n" }.joined() + "\n"
                + codes.joined(separator: " ") + "\n")
        let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        for post in ["edges", "every"] {
            let page = try String(contentsOfFile: site + "/public/posts/\(post)/index.html", encoding: .utf8)
            XCTAssertFalse(page.contains("x:smile:y") || page.contains(":tada:") || page.contains(":rocket:"), page)
            XCTAssertEqual(try Self.heraldContent(site, post: "content/posts/\(post).md"), page, post)
        }
        folder.write("site/hugo.toml", "baseURL = 'https://e.example/'\ntitle = 'Emoji'\n")
        XCTAssertTrue(try Self.heraldContent(site, post: "content/posts/edges.md").contains("x:smile:y"))
    }

    /// Quotes, dashes, ellipses and angle quotes as Goldmark's typographer makes them, which
    /// differs from cmark-gfm's: a quote next to CJK or Cyrillic letters, spaced inside, after
    /// `(`, unpaired or a prime stays straight; `'end'` closes as Goldmark closes it; `<<a>>`;
    /// nothing changes in code, tags, autolinks, link destinations, escapes, a table's delimiter
    /// row or a rule. Each post's visible text is Hugo's.
    func testTypographerMatchesGoldmark() throws {
        let folder = TemporaryFolder()
        folder.write("site/hugo.toml", "baseURL = 'https://t.example/'\n[markup.goldmark.renderer]\nunsafe = true\n")
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/content/posts/a.md",
            #"""
            ---
            title: A
            date: 2024-01-01
            ---
            "Let's Encrypt Authority X3"는 인증서, об"єднанням, " superseded", ("=") and ["(STAGING) x"](https://e.example).

            Unpaired ("OCSP-Anforderung"). A prime 5'10" tall. 'start' and 'end'. <<a>> and 'n' roll.

            The '19 season, the '90s, rock 'n' roll, it's the Smiths' car, "Monitor 21"" and I've, you're, I'll, don't.

            | a "b" | c -- d |
            |-------|--------|
            | "e"   | f---g  |

            ---

            - "listed" item
            - 'single' item

            > "quoted" text
            >> nested "deep"

            Code `"x" -- y` and:

            ```
            "fenced" -- code...
            ```

                "indented" -- code

            [a "b" link](http://x.example/"q" "the title") and <span title="a 'b'">"inside"</span> and \"escaped\" and <https://auto.example/"x">.

            Ellipsis... and -- dash --- em.

            *"emphasised"* and **'strong'** and "*mixed*".

            [ref]: https://ref.example/"x" "Title 'q'"

            A [link that's referenced][] and [another's][ref2].

            [link that's referenced]: https://l.example/
            [ref2]: https://r.example/

            	brew --prefix -- "tabbed" code

                first "code" line
                second ./... line

            <https://auto.example/>
            : Hugo's "definition" -- here.

            ````markdown
            ```ruby
            puts 'Hello' -- "inner"
            ```
            still 'code'
            ````

            """#)
        let site = folder.path + "/site"
        let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        let page = try String(contentsOfFile: site + "/public/posts/a/index.html", encoding: .utf8)
        let ours = try Self.heraldContent(site)
        XCTAssertEqual(VisibleText.of(ours), VisibleText.of(page))
        XCTAssertTrue(ours.contains("“Let’s Encrypt Authority X3&quot;는"), ours)
        XCTAssertTrue(ours.contains("<th>c – d</th>"), ours)
        // The site's own substitutions, and none at all.
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://t.example/'\n[markup.goldmark.extensions.typographer]\nleftDoubleQuote = '&laquo;&nbsp;'\nrightDoubleQuote = '&nbsp;&raquo;'\n"
        )
        folder.write("site/content/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nShe said \"oui\" -- twice.\n")
        XCTAssertEqual(try Self.heraldContent(site), "<p>She said «\u{A0}oui\u{A0}» – twice.</p>\n")
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://t.example/'\n[markup.goldmark.extensions.typographer]\ndisable = true\n")
        XCTAssertEqual(try Self.heraldContent(site), "<p>She said &quot;oui&quot; -- twice.</p>\n")
    }

    /// What the typographer leaves alone, in Hugo's own blocks: an HTML comment or `<script>`
    /// whose blank lines do not end it (nor its `-->` become a dash, which would leave the rest
    /// of the post inside it), indented and fenced code inside list items and block quotes, bare
    /// addresses that are linked (`https://e.com/a--b`); omitted raw HTML marked where Hugo
    /// marks it, once more for a closing line of its own. Each post's visible text is Hugo's.
    func testTypographerLeavesHTMLBlocksNestedCodeAndAddressesAsHugoDoes() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/content/posts/a.md",
            """
            ---
            title: A
            date: 2024-01-01
            ---
            Intro "quoted".

            <!--
            hidden "x"

            more -- hidden

            -->

            After "comment" -- yes.
            <div>
            "in div"
            </div>

            <script>
            var a = "x" -- 1;

            b = 'y';
            </script>

            - item "one"

                  code "in" -- list

            > quote
            > ```
            > fenced "in" -- quote
            > ```
            >
            >     code "in" -- quote

            1. item
               - nested "n"

                     code "deep" -- x

                 ```
                 fenced "nested" -- y
                 ```
               back "in" item

            <?php echo "x" -- ?>

            See https://e.com/a--b and www.e.com/it's--fine... (https://x.com/c--d) and *www.y.org/e--f* "done".

            """)
        for unsafe in [false, true] {
            folder.write(
                "site/hugo.toml", "baseURL = 'https://t.example/'\n[markup.goldmark.renderer]\nunsafe = \(unsafe)\n")
            let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: site)
            XCTAssertEqual(hugo.status, 0, hugo.standardError)
            let page = try String(contentsOfFile: site + "/public/posts/a/index.html", encoding: .utf8)
            let ours = try Self.heraldContent(site)
            XCTAssertEqual(VisibleText.of(ours), VisibleText.of(page), "unsafe = \(unsafe)")
            XCTAssertTrue(ours.contains("<p>After “comment” – yes.</p>"), ours)
            XCTAssertTrue(ours.contains("<pre><code>code &quot;deep&quot; -- x\n"), ours)
            XCTAssertTrue(ours.contains(">https://e.com/a--b</a>"), ours)
            XCTAssertTrue(
                ours.contains("<a href=\"https://www.e.com/it&#x27;s--fine\">www.e.com/it's--fine</a>…"), ours)
            let omitted = "<!-- raw HTML omitted -->"
            XCTAssertEqual(
                ours.components(separatedBy: omitted).count, page.components(separatedBy: omitted).count,
                "unsafe = \(unsafe)")
        }
    }

    /// `typographer` and `footnote` written as `true`/`false`, as before Hugo made them tables
    /// (Hugo 0.111 reads only that form; current Hugo reads both): off, quotes stay straight and
    /// `[^1]` stays text, byte for byte Hugo's.
    func testTypographerAndFootnotesTurnedOffAsBooleansMatchHugo() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://t.example/'\n[markup.goldmark.extensions]\ntypographer = false\nfootnote = false\n")
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/content/posts/a.md",
            "---\ntitle: A\ndate: 2024-01-01\n---\nShe said \"oui\" -- twice...[^1]\n\n[^1]: A note.\n")
        let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        let page = try String(contentsOfFile: site + "/public/posts/a/index.html", encoding: .utf8)
        let ours = try Self.heraldContent(site)
        XCTAssertEqual(ours, "<p>She said &quot;oui&quot; -- twice...[^1]</p>\n<p>[^1]: A note.</p>\n")
        XCTAssertEqual(ours, page)
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://t.example/'\n[markup.goldmark.extensions]\ntypographer = true\n"
                + "[markup.goldmark.extensions.footnote]\nenable = true\n")
        XCTAssertTrue(try Self.heraldContent(site).hasPrefix("<p>She said “oui” – twice…<sup id=\"fnref:1\">"))
    }

    /// Where each language has a content folder of its own, the rendering page goes in the
    /// default language's, and Hugo's rendering holds every language's posts.
    func testGeneratorRenderingOfLanguagesWithFoldersOfTheirOwn() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write(
            "site/hugo.toml",
            """
            baseURL = 'https://m.example/'
            defaultContentLanguageInSubdir = true
            [languages.en]
            contentDir = 'content/en'
            weight = 1
            [languages.fr]
            contentDir = 'content/fr'
            weight = 2

            """)
        folder.write("site/content/en/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nHello {{< hi >}}\n")
        folder.write("site/content/fr/posts/a.md", "---\ntitle: A\ndate: 2024-01-01\n---\nBonjour {{< hi >}}\n")
        folder.write("site/layouts/shortcodes/hi.html", "{{ partial \"hi.html\" . }}")
        folder.write("site/layouts/partials/hi.html", "<b>{{ .Page.Lang }}</b>")
        let initialized = try HeraldProcess.herald(["init", "--hugo", site, "--rendering", "generator"])
        XCTAssertTrue(initialized.standardError.contains("added \(site)/content/en/herald-rendering.md"))
        XCTAssertEqual(
            try HeraldProcess.run("find", [site + "/content", "-exec", "touch", "-m", "-d", "1 minute ago", "{}", "+"])
                .status, 0)
        XCTAssertEqual(try HeraldProcess.run("hugo", ["--quiet"], in: site).status, 0)
        let listed = try HeraldProcess.herald(["list", "--site", site, "--render", "--json"])
        XCTAssertFalse(listed.standardOutput.contains("\"severity\""), listed.standardOutput)
        let listing = try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as! [String: Any]
        let contents = (listing["posts"] as? [[String: Any]] ?? []).compactMap { $0["content"] as? String }
        XCTAssertEqual(Set(contents), ["<p>Hello <b>en</b></p>\n", "<p>Bonjour <b>fr</b></p>\n"])
    }

    /// The site's heading render hook runs where Herald can run it (`.Level`, `.Anchor`,
    /// `.Text`, `.PlainText`, translations), giving Hugo's headings; one it cannot run is one
    /// warning, and headings are Goldmark's.
    func testHeadingRenderHookMatchesHugo() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write("site/hugo.toml", "baseURL = 'https://h.example/'\n")
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write("site/i18n/en.yaml", "link_to_heading: Link to heading\n")
        folder.write(
            "site/layouts/_default/_markup/render-heading.html",
            """
            <h{{ .Level }} id="{{ .Anchor | safeURL }}">
              {{ .Text | safeHTML }}
              <a class="heading-link" href="#{{ .Anchor | safeURL }}" title="{{ .PlainText }}">
                <span class="sr-only">{{ i18n "link_to_heading" }}</span>
              </a>
            </h{{ .Level }}>

            """)
        folder.write(
            "site/content/posts/a.md",
            "---\ntitle: A\ndate: 2024-01-01\n---\n## Hello *World* {#custom}\n\nText.\n\n### Q&A -- \"now\"\n")
        XCTAssertEqual(try HeraldProcess.run("hugo", ["--quiet"], in: site).status, 0)
        let page = try String(contentsOfFile: site + "/public/posts/a/index.html", encoding: .utf8)
        XCTAssertTrue(page.contains("Link to heading"), page)
        let ours = try Self.heraldContent(site).replacingOccurrences(of: "https://h.example/posts/a/#", with: "#")
        XCTAssertEqual(VisibleText.of(ours), VisibleText.of(page))
        XCTAssertEqual(Self.headingIDs(in: ours), ["custom", "qa--now"])

        folder.write("site/layouts/_default/_markup/render-heading.html", "{{ range .Page.Resources }}{{ end }}")
        let listed = try HeraldProcess.herald(["list", "--site", site, "--render"])
        XCTAssertTrue(
            listed.standardError.hasPrefix(
                "content/posts/a.md: warning: the heading render hook (layouts/_default/_markup/render-heading.html) cannot be run by Herald (Herald does not have .Resources)"
            ), listed.standardError)
    }

    /// Code block render hooks run for the fences of their language (`render-codeblock.html`
    /// for the others) with `.Inner`, `.Type`, `.Attributes`, `.Options` and `.Ordinal` as Hugo
    /// hands them, `site.Params` and `.Site.Params` reading the site's `params`; a hook Herald
    /// cannot run leaves its code as code, with a warning naming it; where the site's own
    /// version of a built-in shortcode cannot be run, Herald's is used.
    func testCodeBlockRenderHooksMatchHugo() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://c.example/'\n[params]\ndiagramTitle = 'Diagram'\n[params.article]\nheadingAnchor = true\n"
        )
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/layouts/_default/_markup/render-codeblock-mermaid.html",
            """
            <figure class="{{ .Type }} {{ .Attributes.class }}" data-n="{{ .Ordinal }}">
            <figcaption>{{ .Page.Site.Params.diagramTitle }} {{ add .Ordinal 1 }}</figcaption>
            <pre class="mermaid">{{- .Inner | safeHTML -}}</pre>
            </figure>
            {{- .Page.Store.Set "hasMermaid" true -}}

            """)
        folder.write(
            "site/layouts/_default/_markup/render-codeblock.html",
            "<div class=\"code {{ .Type }}\">{{ with .Options.linenos }}[{{ . }}]{{ end }}<pre>{{ .Inner }}</pre></div>\n"
        )
        folder.write(
            "site/layouts/_default/_markup/render-heading.html",
            """
            <h{{ .Level }} id="{{ .Anchor }}">{{ if site.Params.Article.HeadingAnchor }}<a href="#{{ .Anchor }}">#</a> {{ end }}{{ .Text | safeHTML }}</h{{ .Level }}>

            """)
        folder.write(
            "site/content/posts/a.md",
            """
            ---
            title: A
            date: 2024-01-02
            ---
            ## Flow

            ```mermaid {.big}
            graph TD
              A["Client<br/>10.0.0.1"] --> B & C
            ```

            - In a list:

              ```mermaid
              x --> y
              ```

            ```go {linenos=true}
            fmt.Println("<b>")
            ```

            """)
        let hugo = try HeraldProcess.run("hugo", ["--quiet"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        let page = try String(contentsOfFile: site + "/public/posts/a/index.html", encoding: .utf8)
        XCTAssertTrue(
            page.contains("<pre class=\"mermaid\">graph TD\n  A[\"Client<br/>10.0.0.1\"] --> B & C</pre>"), page)
        XCTAssertTrue(page.contains("Diagram 2"), page)
        XCTAssertEqual(VisibleText.of(try Self.heraldContent(site)), VisibleText.of(page))
        XCTAssertEqual(
            try Self.heraldContent(site).replacingOccurrences(of: "https://c.example/posts/a/#", with: "#"), page)

        folder.write(
            "site/layouts/_default/_markup/render-codeblock-mermaid.html", "{{ range .Page.Resources }}{{ end }}")
        folder.write("site/layouts/shortcodes/youtube.html", "{{ .Page.Resources }}")
        folder.write("site/content/posts/b.md", "---\ntitle: B\ndate: 2024-01-01\n---\n{{< youtube abc >}}\n")
        let listed = try HeraldProcess.herald(["list", "--site", site, "--render"])
        XCTAssertTrue(
            listed.standardError.hasPrefix(
                "content/posts/a.md: warning: the code block render hook (layouts/_default/_markup/render-codeblock-mermaid.html) cannot be run by Herald (Herald does not have .Resources); code in mermaid is written without it"
            ), listed.standardError)
        XCTAssertFalse(listed.standardError.contains("youtube"), listed.standardError)
        XCTAssertTrue(
            try Self.heraldContent(site).contains("<pre><code class=\"language-mermaid\">x --&gt; y\n</code></pre>"))
        XCTAssertTrue(
            try Self.heraldContent(site, post: "content/posts/b.md").contains("https://www.youtube.com/watch?v=abc"))
    }

    /// HTML content files with front matter are pages, as in Hugo, their bodies published as
    /// written with shortcodes expanded; one without front matter is no page (a warning).
    func testHTMLContentFilesArePagesAsInHugo() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write("site/hugo.toml", "baseURL = 'https://w.example/'\ntitle = 'W'\n")
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/content/posts/a.html",
            "---\ntitle: A html\ndate: 2024-01-02\n---\n<p>Hello <b>html</b> {{< ref \"c.md\" >}}</p>\n")
        folder.write("site/content/posts/b/index.html", "---\ntitle: B bundle\ndate: 2024-01-03\n---\n<p>Bundle</p>\n")
        folder.write("site/content/posts/d.htm", "<p>No front matter</p>\n")
        folder.write("site/content/posts/c.md", "---\ntitle: C\ndate: 2024-01-01\n---\nC *md*\n")
        let hugo = try HeraldProcess.run("hugo", ["list", "all"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        let theirs = Set(
            hugo.standardOutput.split(separator: "\n").dropFirst().map { line in
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                return "\(fields[0]) \(fields[fields.count - 1])"
            })
        let listed = try HeraldProcess.herald(["list", "--site", site, "--render", "--json"])
        XCTAssertEqual(listed.status, 0, listed.standardError)
        let listing = try JSONSerialization.jsonObject(with: Data(listed.standardOutput.utf8)) as! [String: Any]
        let posts = try XCTUnwrap(listing["posts"] as? [[String: Any]])
        XCTAssertEqual(Set(posts.map { "\($0["path"]!) \($0["permalink"]!)" }), theirs)
        XCTAssertEqual(theirs.count, 3)
        XCTAssertEqual(try HeraldProcess.run("hugo", ["--quiet"], in: site).status, 0)
        let page = try String(contentsOfFile: site + "/public/posts/a/index.html", encoding: .utf8)
        XCTAssertEqual(posts.first { $0["path"] as? String == "content/posts/a.html" }?["content"] as? String, page)
        let problems = (listing["problems"] as? [[String: Any]] ?? []).compactMap { $0["message"] as? String }
        XCTAssertEqual(
            problems,
            ["content/posts/d.htm:1: warning: HTML without front matter, so Hugo makes no page of it; it is in no feed"]
        )
    }

    /// Line numbers on highlighted code as Hugo's Chroma writes them: `markup.highlight.lineNos`
    /// in a table or inline, from `lineNoStart`, a fence's `{linenos=…}` and the `highlight`
    /// shortcode's options; code without a language, or in a language the site's own code block
    /// hook renders, is not highlighted, so not numbered.
    func testLineNumbersMatchHugo() throws {
        let folder = TemporaryFolder()
        let site = folder.path + "/site"
        folder.write("site/layouts/_default/single.html", "{{ .Content }}")
        folder.write(
            "site/content/posts/a.md",
            """
            ---
            title: A
            date: 2024-01-01
            ---
            ```go
            func main() {
            	println("<hi>")
            }
            ```

            ```
            plain
            ```

            ```go {linenos=false}
            no numbers
            ```

            ```python {linenos=inline, linenostart=7}
            print(1)
            print(2)
            ```

                indented

            {{< highlight ruby "linenos=table,linenostart=3" >}}
            puts 1
            puts 2
            {{< /highlight >}}

            ```mermaid
            graph TD;
              A-->B;
            ```

            """)
        // A language the site renders with a code block hook of its own is not Chroma's.
        folder.write(
            "site/layouts/_default/_markup/render-codeblock-mermaid.html",
            "<pre class=\"mermaid\">{{ .Inner | htmlEscape | safeHTML }}</pre>")
        for config in [
            "lineNos = true", "lineNos = true\nlineNumbersInTable = false\nlineNoStart = 10", "lineNos = false",
        ] {
            folder.write("site/hugo.toml", "baseURL = 'https://l.example/'\n[markup.highlight]\n\(config)\n")
            XCTAssertEqual(try HeraldProcess.run("hugo", ["--quiet"], in: site).status, 0)
            let page = try String(contentsOfFile: site + "/public/posts/a/index.html", encoding: .utf8)
            XCTAssertEqual(VisibleText.of(try Self.heraldContent(site)), VisibleText.of(page), config)
        }
        XCTAssertTrue(VisibleText.of(try Self.heraldContent(site)).contains("7print(1) 8print(2)"))
    }

    private static func headingIDs(in html: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: "<h[1-6] id=\"([^\"]*)\"")
        return expression.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        }
    }

    /// The heading ids of the first post Herald renders of `site`.
    private static func heraldHeadingIDs(_ site: String) throws -> [String] {
        headingIDs(in: try heraldContent(site))
    }

    /// The HTML Herald renders of a post of `site`: the one at `path`, else the first.
    private static func heraldContent(_ site: String, post path: String? = nil) throws -> String {
        let herald = try HeraldProcess.herald(["list", "--site", site, "--render", "--json"])
        XCTAssertEqual(herald.status, 0, herald.standardError)
        let listing = try JSONSerialization.jsonObject(with: Data(herald.standardOutput.utf8)) as! [String: Any]
        let posts = try XCTUnwrap(listing["posts"] as? [[String: Any]])
        let post = try XCTUnwrap(path.map { path in posts.first { $0["path"] as? String == path } } ?? posts.first)
        return post["content"] as? String ?? ""
    }

    /// A language's own `contentDir`: its posts are in that language, their paths start there;
    /// the site's `contentDir` holds the other languages' posts, by file name.
    func testLanguagesOwnContentFoldersMatchHugo() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            """
            baseURL = 'https://c.example/'
            contentDir = 'content/shared'
            [languages.en]
            weight = 1
            contentDir = 'content/english'
            [languages.fr]
            weight = 2
            contentDir = 'content/french'
            [languages.de]
            weight = 3
            """)
        func post(_ path: String, _ title: String) {
            folder.write("site/content/" + path, "---\ntitle: \(title)\ndate: 2024-03-01\n---\nx\n")
        }
        post("english/posts/hello.md", "Hello")
        post("english/posts/trip/index.md", "Trip")
        post("french/posts/hello.md", "Bonjour")
        post("french/posts/voyage/index.md", "Voyage")
        post("french/notes/n.md", "Note")
        post("shared/posts/hallo.de.md", "Hallo")
        XCTAssertEqual(try compareWithHugo(site: folder.path + "/site"), 6)
    }

    /// Content mounted from other folders (`[[module.mounts]]`, one per language), in place of
    /// `contentDir`.
    func testContentMountsMatchHugo() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            """
            baseURL = 'https://m.example/'
            [languages.en]
            weight = 1
            [languages.fr]
            weight = 2
            [[module.mounts]]
            source = 'writing/english'
            target = 'content'
            lang = 'en'
            [[module.mounts]]
            source = 'writing/french'
            target = 'content'
            lang = 'fr'
            """)
        for (path, title) in [("english/posts/a.md", "A"), ("english/b/index.md", "B"), ("french/posts/c.md", "C")] {
            folder.write("site/writing/" + path, "---\ntitle: \(title)\ndate: 2024-03-01\n---\nx\n")
        }
        folder.write("site/content/posts/unmounted.md", "---\ntitle: Not mounted\n---\nx\n")
        XCTAssertEqual(try compareWithHugo(site: folder.path + "/site"), 3)
    }

    /// A site of one language whose only content mount is a folder inside `content/` (the
    /// layout of Hugo's own documentation): that folder is the content, nothing else of `content/`.
    func testTheOnlyLanguagesMountIsTheWholeContent() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://m.example/'\n[languages.en]\nweight = 1\n"
                + "[[module.mounts]]\nsource = 'content/en'\ntarget = 'content'\nlang = 'en'\n")
        folder.write("site/content/en/posts/a.md", "---\ntitle: A\ndate: 2024-03-01\n---\nx\n")
        folder.write("site/content/en/b.md", "---\ntitle: B\ndate: 2024-03-02\n---\nx\n")
        folder.write("site/content/LICENSE.md", "Not a page of the site.\n")
        XCTAssertEqual(try compareWithHugo(site: folder.path + "/site"), 2)
    }

    /// Titles, slugs and `url`s whose characters URLs treat apart: a `#` (a fragment, dropped
    /// when empty), characters a path may hold (kept as written) or not (escaped), dots and
    /// hyphens alone, and section selectors.
    func testPermalinkEdgesMatchHugo() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://e.example/'\n[permalinks]\nposts = '/:year/:title/'\n"
                + "notes = '/:sections[1:]/:slug/'\nguides = '/:sections[-1]/:slug/'\n"
                + "more = '/:sections[last:]/:sections[x]/:sections[:last]/:slug/'\n")
        func post(_ path: String, _ front: String) {
            folder.write("site/content/" + path, "---\n\(front)\ndate: 2024-01-01\n---\nx\n")
        }
        post("posts/a.md", "title: 'Learning C#'")
        post("posts/b.md", "title: 'C# Tips and more'")
        post("posts/c.md", "title: C\nurl: /a*b/")
        post("posts/d.md", "title: D\nurl: \"/a b/c*d/e(f)g/h'i/j!k/l,m;n=o&p$q+r:s@t/ü/\"")
        post("posts/e.md", "title: \"M * (paren) 'quote' !bang, semi; eq= amp& dollar$ plus+ colon: at@\"")
        post("posts/f.md", "title: F\nslug: '..'")
        post("posts/g.md", "title: G\nslug: '-'")
        post("posts/h.md", "title: H\nurl: /x#y/z/")
        post("notes/deep/_index.md", "title: Deep")
        post("notes/deep/n.md", "title: Note")
        post("guides/deep/_index.md", "title: Deep")
        post("guides/deep/g.md", "title: Guide")
        post("more/deep/_index.md", "title: Deep")
        post("more/deep/m.md", "title: More")
        XCTAssertEqual(try compareWithHugo(site: folder.path + "/site"), 11)
    }

    /// Every date form of Hugo's `cast.ToTime`, in a site timezone that is not UTC: a zone name
    /// leaves the clock the site's, as in Hugo.
    func testEveryDateFormOfCastMatchesHugo() throws {
        let folder = TemporaryFolder()
        folder.write("site/hugo.toml", "baseURL = 'https://d.example/'\ntimeZone = 'Europe/Berlin'\n")
        let forms = [
            "2006-01-02T15:04:05Z", "2006-01-02T15:04:05", "Mon, 02 Jan 2006 15:04:05 -0700",
            "Mon, 02 Jan 2006 15:04:05 MST", "02 Jan 06 15:04 -0700", "02 Jan 06 15:04 MST",
            "Monday, 02-Jan-06 15:04:05 MST", "2006-01-02 15:04:05.999999999 -0700 MST", "2006-01-02T15:04:05-0700",
            "2006-01-02 15:04:05Z", "2006-01-02 15:04:05", "Mon Jan  2 15:04:05 2006", "Mon Jan 2 15:04:05 MST 2006",
            "Mon Jan 02 15:04:05 -0700 2006", "2006-01-02", "02 Jan 2006", "2006-01-02 15:04:05 -07:00",
            "2006-01-02 15:04:05 -0700", "Mon, 02 Jan 2006 15:04:05 GMT", "Tue, 10 Jun 2003 09:41:01 CEST",
        ]
        for (index, form) in forms.enumerated() {
            folder.write("site/content/posts/p\(index).md", "---\ntitle: P\(index)\ndate: \"\(form)\"\n---\nx\n")
        }
        XCTAssertEqual(try compareWithHugo(site: folder.path + "/site"), forms.count)
    }

    /// `cascade` from list pages and the configuration, with `_target` paths (Hugo 0.111's
    /// spelling): a closer list page's values before those above it, the page's own before all.
    /// No two rules of different targets set one key here: Hugo 0.111 tries them in no fixed
    /// order (`HugoCascadeTests` has current Hugo's); nor does the configuration cascade a
    /// date, which Hugo 0.111 ignores and current Hugo sets.
    func testCascadedDatesAndDraftsMatchHugo() throws {
        let folder = TemporaryFolder()
        folder.write(
            "site/hugo.toml",
            "baseURL = 'https://c.example/'\n[[cascade]]\ndraft = true\n[cascade._target]\npath = '/docs/**'\n"
        )
        folder.write(
            "site/content/posts/_index.md",
            "---\ncascade:\n  - date: 2020-02-02\n    _target:\n      path: '/posts/deep/**'\n"
                + "  - draft: true\n    _target:\n      path: '/posts/dr*'\n---\n")
        folder.write("site/content/posts/deep/_index.md", "---\ncascade:\n  publishDate: 2030-01-01\n---\n")
        folder.write("site/content/_index.md", "---\ncascade:\n  expiryDate: 2024-01-01\n---\n")
        func post(_ path: String, _ front: String = "") {
            folder.write("site/content/\(path)", "---\ntitle: T\n\(front)---\nx\n")
        }
        post("posts/a.md", "date: 2024-03-01\n")
        post("posts/deep/d1.md")
        post("posts/deep/d2.md", "date: 2024-05-05\npublishDate: 2024-05-05\n")
        post("posts/drafty.md")
        post("posts/draft-kept.md", "draft: false\n")
        post("docs/x.md", "date: 2024-03-01\n")
        XCTAssertEqual(try compareWithHugo(site: folder.path + "/site"), 6)
    }

    /// Compares Herald's reading of every post with Hugo's; returns how many posts were compared.
    /// - Parameters:
    ///   - hugoArguments: more arguments for `hugo list all`.
    ///   - heraldArguments: how `herald list` is told the site; `--site` by default.
    /// - Parameter definition: a site definition to write as `staging.toml` in the site first.
    private func compareWithHugo(
        site: String, hugoArguments: [String] = [], heraldArguments: [String]? = nil, definition: String? = nil,
        file: StaticString = #filePath, line: UInt = #line
    ) throws -> Int {
        if let definition { try Data(definition.utf8).write(to: URL(fileURLWithPath: site + "/staging.toml")) }
        let hugo = try HeraldProcess.run("hugo", ["list", "all"] + hugoArguments, in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError, file: file, line: line)
        let rows = CSV.parse(hugo.standardOutput)
        let header = try XCTUnwrap(rows.first)
        let hugoPosts = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }

        let herald = try HeraldProcess.herald(
            ["list"] + (heraldArguments ?? ["--site", site]) + ["--json", "--now", now])
        XCTAssertEqual(herald.status, 0, herald.standardError, file: file, line: line)
        let listing = try JSONSerialization.jsonObject(with: Data(herald.standardOutput.utf8)) as! [String: Any]
        let heraldPosts = Dictionary(
            uniqueKeysWithValues: (listing["posts"] as! [[String: Any]]).map { ($0["path"] as! String, $0) })
        XCTAssertEqual(Set(heraldPosts.keys), Set(hugoPosts.map { $0["path"]! }), file: file, line: line)

        let clock = ISO8601DateFormatter().date(from: now)!
        for expected in hugoPosts {
            let path = expected["path"]!
            guard let post = heraldPosts[path] else { continue }
            XCTAssertEqual(post["permalink"] as? String, expected["permalink"], path, file: file, line: line)
            XCTAssertEqual(
                post["date"] as? String, Self.hugoDate(expected["date"]), "\(path) date", file: file, line: line)
            XCTAssertEqual(
                post["publishDate"] as? String, Self.hugoDate(expected["publishDate"]), "\(path) publishDate",
                file: file,
                line: line)
            XCTAssertEqual(
                post["expiryDate"] as? String, Self.hugoDate(expected["expiryDate"]), "\(path) expiryDate", file: file,
                line: line)
            XCTAssertEqual(post["status"] as? String, Self.status(expected, now: clock), path, file: file, line: line)
        }
        return hugoPosts.count
    }

    /// Hugo prints a missing date as the zero time.
    private static func hugoDate(_ text: String?) -> String? {
        text == "0001-01-01T00:00:00Z" ? nil : text
    }

    /// Hugo's own rule (hugolib's shouldBuild), applied to what Hugo printed.
    private static func status(_ row: [String: String], now: Date) -> String {
        if row["draft"] == "true" { return "draft" }
        let parser = ISO8601DateFormatter()
        if let publish = hugoDate(row["publishDate"]).flatMap(parser.date(from:)), publish > now { return "scheduled" }
        if let expiry = hugoDate(row["expiryDate"]).flatMap(parser.date(from:)), expiry < now { return "expired" }
        return "published"
    }
}

/// Just enough of RFC 4180 for `hugo list all`: quoted fields with doubled quotes.
enum CSV {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var characters = text.makeIterator()
        while let character = characters.next() {
            if quoted {
                if character == "\"" {
                    quoted = false
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                if !field.isEmpty || quoted { field.append("\"") }
                quoted = true
            case ",":
                row.append(field)
                field = ""
            case "\n":
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            default:
                field.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
        return rows
    }
}
