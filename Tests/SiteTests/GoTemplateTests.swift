import XCTest

@testable import Site

/// `GoTemplate`: the Go template syntax shortcodes are written in, run on one shortcode call.
final class GoTemplateTests: XCTestCase {
    private func run(
        _ template: String, positional: [String] = [], named: [String: String] = [:], inner: String? = nil,
        scratch: GoScratch = GoScratch(), data: SiteData = SiteData(folders: [], extensions: []),
        page: ShortcodePage = GoTemplateTests.page()
    ) throws -> String {
        let shortcode = Shortcode(
            name: "x", positional: positional, named: named, isClosing: false, isSelfClosing: false,
            isMarkdown: false)
        let call = ShortcodeCall(
            shortcode: shortcode, inner: inner, page: page, siteTitle: "Site", baseURL: "https://t.example/",
            siteParameters: .map(["k": .string("v"), "both": .string("site")]), siteData: data,
            pageParameters: .map(["mine": .string("m"), "both": .string("page")]),
            markdownify: { "<em>\($0)</em>" }, translate: { $0 == "hello" ? "Hello" : nil },
            partial: { name in
                let partials = ["p.html": "<i>{{ .x }}</i>", "r.html": "{{ return add .a 1 }}never"]
                guard let text = partials[name.contains(".") ? name : name + ".html"] else {
                    return .failure(GoTemplate.Failure(reason: "no \(name)"))
                }
                return Result { () throws(GoTemplate.Failure) in try GoTemplate(parsing: text) }
            },
            findPage: { path in
                path == "/other"
                    ? ShortcodePage(
                        title: "Other", linkTitle: "Other", permalink: "https://t.example/other/", language: "en",
                        languagePrefix: "", section: "", date: nil, lastmod: nil, publishDate: nil, expiryDate: nil,
                        timeZone: .gmt, locale: Locale(identifier: "en"), rawContent: { "Other *text*" },
                        renderShortcodes: { .success("Other <b>x</b>") }) : nil
            },
            scratch: scratch)
        return try GoTemplate(parsing: template).run(call)
    }

    /// A page in English at the top of the site, dated 2024-07-02 09:05:03 at UTC+2.
    private static func page(
        language: String = "en", languagePrefix: String = "", timeZone: TimeZone = .gmt,
        date: PostDate? = LocalDateTime(parsing: "2024-07-02T09:05:03.25+02:00")!.resolved(in: .gmt)
    ) -> ShortcodePage {
        ShortcodePage(
            title: "Page <1>", linkTitle: "Page", permalink: "https://t.example/\(languagePrefix)docs/p/",
            language: language,
            languagePrefix: languagePrefix, section: "docs", date: date, lastmod: nil, publishDate: date,
            expiryDate: nil, timeZone: timeZone, locale: Locale(identifier: language), rawContent: { "Own *text*" },
            renderShortcodes: { .success("Own") })
    }

    func testTextActionsAndTrimming() throws {
        XCTAssertEqual(try run("a {{- /* gone */ -}} b {{ \"c\" -}}\n d"), "ab cd")
        XCTAssertEqual(
            try run("{{ .Page.Title }}|{{ .Get 0 }}|{{ .Get \"k\" }}", positional: ["<x>"]), "Page &lt;1&gt;|&lt;x&gt;|"
        )
        XCTAssertEqual(try run("{{ .Inner }}{{ .Inner | markdownify }}", inner: "<b>"), "<b><em><b></em>")
    }

    /// `.Site.Data`: each file by its name, a folder a map, the site's file before its theme's,
    /// YAML, TOML and JSON alike; a file that cannot be read fails the template, naming it.
    func testSiteDataGivesTheDataFiles() throws {
        let folder = TemporarySite()
        folder.write("site/data/clients.json", #"{"list": [{"name": "b"}, {"name": "a"}], "lastmod": "2024"}"#)
        folder.write("site/data/authors/jane.toml", "name = 'Jane'\n")
        folder.write("theme/data/authors/jane.toml", "name = 'Theme Jane'\n")
        folder.write("theme/data/authors/joe.yaml", "name: Joe\n")
        folder.write("site/data/notes.txt", "not data\n")
        folder.write("site/data/words.yaml", "- one\n- two\n")
        let data = SiteData.hugo(roots: [folder.root + "/site", folder.root + "/theme"])
        XCTAssertEqual(
            data.files.map { ($0 as NSString).lastPathComponent },
            ["jane.toml", "clients.json", "words.yaml", "joe.yaml"])
        XCTAssertEqual(
            try run(
                "{{ range .Site.Data.clients.list }}{{ .name }}{{ end }} {{ site.Data.clients.lastmod }} "
                    + "{{ range $k, $v := .Site.Data.authors }}{{ $k }}={{ $v.name }};{{ end }} "
                    + "{{ delimit .Site.Data.words \",\" }}", data: data),
            "ba 2024 jane=Jane;joe=Joe; one,two")
        folder.write("site/data/broken.yaml", "a: [\n")
        let broken = SiteData.hugo(roots: [folder.root + "/site"])
        XCTAssertThrowsError(try run("{{ .Site.Data.clients.lastmod }}", data: broken)) { error in
            XCTAssertTrue("\(error)".contains("broken.yaml"), "\(error)")
        }
    }

    func testVariablesBranchesAndRanges() throws {
        let template = """
            {{ $k := .Get 0 | default "note" }}{{ if eq $k "tip" "hint" }}T{{ else if ne $k "note" }}O{{ else }}N{{ end }}\
            {{ with .Get "t" }}[{{ . }}]{{ else }}none{{ end }}\
            {{ range $i, $v := split "a,b" "," }}{{ $i }}{{ $v }}{{ else }}empty{{ end }}\
            {{ range (slice) }}x{{ else }}!{{ end }}{{ i18n "hello" }}{{ T "missing" }}{{ len "abc" }}
            """
        XCTAssertEqual(try run(template), "N" + "none" + "0a1b" + "!" + "Hello" + "3")
        XCTAssertEqual(try run(template, positional: ["hint"], named: [:]), "T" + "none" + "0a1b" + "!" + "Hello" + "3")
        XCTAssertEqual(try run("{{ with .Get \"t\" }}[{{ . }}]{{ end }}", named: ["t": "v"]), "[v]")
        XCTAssertEqual(
            try run("{{ printf \"%s=%d%%\" \"a\" 5 }}{{ index (slice 1 2) 1 }}{{ upper (lower \"Ab\") }}"), "a=5%2AB")
        XCTAssertEqual(
            try run(
                "{{ add 1 2 3 }} {{ sub 7 2 }} {{ mul 2 2.5 }} {{ div 7 2 }} {{ math.Mod 7 3 }} {{ add \"a\" \"b\" }}"),
            "6 5 5 3 1 ab")
        XCTAssertEqual(try run("{{ .Site.Params.K }}{{ site.Params.k }}{{ site.Title }}"), "vvSite")
        XCTAssertEqual(
            try run(
                "{{ .Page.Params.mine }}|{{ .Page.Param \"both\" }}|{{ .Page.Param \"k\" }}|{{ .Page.Param \"no\" }}"),
            "m|page|v|")
        XCTAssertEqual(
            try run(
                "{{ partial \"p.html\" (dict \"x\" \"<y>\") }}{{ partial \"r\" (dict \"a\" 1) }}"
                    + "{{ with $v := .Get 0 }}[{{ $v }}]{{ end }}{{ if $n := .Get 1 }}{{ else }}none{{ end }}",
                positional: ["z"]),
            "<i>&lt;y&gt;</i>2[z]none")
        XCTAssertEqual(
            try run(
                "{{ strings.TrimLeft \"vV\" \"v1.2\" }} {{ path.Ext \"a/b.toml\" }} {{ path.Base \"a/b.toml\" }} "
                    + "{{ math.Ceil 1.2 }} {{ len (append 3 (slice 1 2)) }} {{ warnf \"x\" }}{{ strings.Repeat 2 \"ab\" }}"
            ),
            "1.2 .toml b.toml 2 3 abab")
    }

    /// What Herald does not run is a failure, never a guess.
    func testThePagesScratchLastsFromOneShortcodeToTheNext() throws {
        let scratch = GoScratch()
        let counter = """
            {{ $n := .Page.Scratch.Get "n" | default 0 }}{{ $n }}{{ .Page.Scratch.Set "n" (add 1 $n) }}\
            {{ .Page.Scratch.Add "names" (slice (.Get 0)) }}{{ .Page.Store.Add "text" (.Get 0) }}
            """
        XCTAssertEqual(try run(counter, positional: ["a"], scratch: scratch), "0")
        XCTAssertEqual(try run(counter, positional: ["b"], scratch: scratch), "1")
        let reader = """
            {{ range .Page.Scratch.Get "names" }}[{{ . }}]{{ end }}{{ .Page.Scratch.Get "text" }}\
            {{ .Page.Scratch.SetInMap "m" "z" 1 }}{{ .Page.Scratch.SetInMap "m" "y" 2 }}\
            {{ range .Page.Scratch.GetSortedMapValues "m" }}{{ . }}{{ end }}\
            {{ .Scratch.Set "own" 5 }}{{ .Scratch.Get "own" }}{{ .Page.Scratch.Get "own" }}
            """
        XCTAssertEqual(try run(reader, scratch: scratch), "[a][b]ab" + "21" + "5")
        XCTAssertEqual(
            try run(
                "{{ .Scratch.Get \"own\" }}|{{ .Page.Scratch.Delete \"n\" }}{{ .Page.Scratch.Get \"n\" }}",
                scratch: scratch),
            "|")
        // `newScratch`: one of the template's own, apart from the page's.
        XCTAssertEqual(
            try run(
                "{{ $s := newScratch }}{{ $s.Set \"n\" 7 }}{{ $s.Add \"n\" 1 }}{{ $s.Get \"n\" }}"
                    + "|{{ .Page.Scratch.Get \"n\" }}", scratch: scratch),
            "8|")
    }

    func testWhatHeraldCannotRunFails() {
        for (template, reason) in [
            ("{{ partial \"x\" . }}", "no x"),
            ("{{ define \"x\" }}{{ end }}", "define is not run by Herald"),
            ("{{ resources.Get \"a\" }}", "Herald does not run the template function resources.Get"),
            ("{{ .Page.Resources }}", "Herald does not have .Resources"),
            ("{{ if true }}never ended", "an if, with or range is never ended"),
            ("{{ \"open", "a string is never closed"),
            ("{{ $x }}", "$x is not set"),
            ("{{ add 1 \"a\" }}", "add of 1 and a"),
            ("{{ div 1 0 }}", "div by zero"),
        ] {
            XCTAssertThrowsError(try run(template), template) { error in
                XCTAssertEqual((error as? GoTemplate.Failure)?.reason, reason, template)
            }
        }
    }

    /// Dates: fields of a parenthesized pipeline, the page's dates in its timezone and
    /// language, text read in the site's timezone, a language's addresses, another page found
    /// by `GetPage` (nil for a path the site does not have); a text that is no date fails the
    /// template rather than printing a wrong one.
    func testDatesLanguageAddressesAndOtherPages() throws {
        let french = Self.page(language: "fr", languagePrefix: "fr/", timeZone: TimeZone(identifier: "Europe/Paris")!)
        XCTAssertEqual(
            try run(
                "{{ (time \"2024-01-05 10:00:00\").Format \"15:04 -0700\" }} {{ (.Page.Date).Year }} "
                    + "{{ dateFormat \"Monday 2 Jan\" \"2024-01-05\" }} {{ .Page.Lastmod.IsZero }} "
                    + "{{ \"/fr/a\" | relLangURL }} {{ \"\" | absLangURL }} {{ .Page.Date.Format \".000 .999\" }}",
                page: french),
            "10:00 &#43;0100 2024 vendredi 5 janv. false /fr/a https://t.example/fr/ .250 .25")
        XCTAssertEqual(
            try run(
                "{{ with .Site.GetPage \"/other\" }}<a href=\"{{ .RelPermalink }}\">{{ .LinkTitle }}</a>{{ end }}"
                    + "{{ with site.GetPage \"/none\" }}never{{ else }}-{{ end }} {{ (.Site.GetPage \"/other\").Date.IsZero }}"
            ),
            "<a href=\"/other/\">Other</a>- true")
        XCTAssertThrowsError(try run("{{ dateFormat \"2006\" \"soon\" }}")) { error in
            XCTAssertEqual((error as? GoTemplate.Failure)?.reason, "'soon' is not a date")
        }
    }
}
