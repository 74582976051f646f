import XCTest

@testable import Site

/// Hugo's configuration as Hugo assembles it: the folder, the environments, the shapes of its
/// settings. Hugo 0.111 checks the permalinks this gives (`HugoOracleTests`); these check the rest.
final class HugoConfigurationTests: XCTestCase {
    private var site: TemporarySite!

    override func setUp() {
        site = TemporarySite()
    }

    private func read(environment: String = "production") throws -> SiteConfiguration {
        try SiteConfiguration.detect(siteRoot: site.root, environment: environment)
    }

    private func error(_ body: () throws -> Any) -> String {
        do {
            _ = try body()
            return "no error"
        } catch {
            return "\(error)".replacingOccurrences(of: site.root + "/", with: "")
        }
    }

    func testAConfigurationFolderAloneIsAHugoSite() throws {
        site.write("config/_default/hugo.toml", "baseURL = 'https://a.example/'\ntitle = 'Folder'\n")
        site.write("config/_default/params.toml", "author = 'Ada'\nmainSections = ['posts']\n")
        let configuration = try read()
        XCTAssertEqual(configuration.generator, .hugo)
        XCTAssertEqual(configuration.title, "Folder")
        XCTAssertEqual(configuration.author, "Ada")
        XCTAssertEqual(configuration.sections, ["posts"])
    }

    func testLaterFilesWinTableByTable() throws {
        site.write(
            "hugo.toml",
            "title = 'Root'\nbaseURL = 'https://root.example/'\n[params]\nauthor = 'Root'\nmainSections = ['a']\n")
        site.write("config/_default/params.toml", "[params]\nauthor = 'Default'\n")
        site.write("config/production/params.yaml", "mainSections: [b]\n")
        site.write("config/staging/hugo.json", "{\"title\": \"Staging\"}")
        let production = try read()
        XCTAssertEqual(production.title, "Root")
        XCTAssertEqual(production.author, "Default")
        XCTAssertEqual(production.sections, ["b"])
        let staging = try read(environment: "staging")
        XCTAssertEqual(staging.title, "Staging")
        XCTAssertEqual(staging.sections, ["a"])
    }

    /// `hugo --config a.toml,b.toml`: the files in order, the later set over the earlier.
    func testNamedFilesAreReadInOrder() throws {
        site.write("a.toml", "baseURL = 'https://a.example/'\ntitle = 'A'\n")
        site.write("b.yaml", "title: B\n")
        let configuration = try SiteConfiguration.detect(siteRoot: site.root, files: ["a.toml", "b.yaml"])
        XCTAssertEqual(configuration.title, "B")
        XCTAssertEqual(configuration.baseURL, "https://a.example/")
        XCTAssertEqual(
            error { try SiteConfiguration.detect(siteRoot: self.site.root, files: ["missing.toml"]) },
            "missing.toml: no such configuration file")
    }

    /// A mistake in a file of the folder is reported at its own line.
    func testAMistakeNamesTheFileOfTheFolderItIsIn() {
        site.write("hugo.toml", "baseURL = 'https://a.example/'\n")
        site.write("config/_default/params.toml", "author = 'Ada'\n\nmainSections = [1, 2\n")
        XCTAssertEqual(
            error { try self.read() }, "config/_default/params.toml:3: TOML: the array is never closed; end it with ']'"
        )
        site.write("config/_default/params.toml", "author = 'Ada'\n")
        site.write("config/_default/hugo.toml", "\ntimeZone = 'Mars/Olympus'\n")
        XCTAssertEqual(
            error { try self.read() },
            "config/_default/hugo.toml:2: timeZone: unknown timezone 'Mars/Olympus'; use an IANA name such as Europe/Berlin or UTC"
        )
    }

    func testEverySettingShapeHugoTakes() throws {
        site.write(
            "hugo.toml",
            """
            baseURL = 'https://a.example/'
            title = 2024
            [uglyURLs]
            notes = true
            [[author]]
            name = 'Ada'
            [[author]]
            name = 'Grace'
            [permalinks]
            posts = '/old/:slug/'
            notes = '/n/:slug/'
            [permalinks.page]
            posts = '/:year/:slug/'
            [permalinks.term]
            tags = '/t/:slug/'
            """)
        let configuration = try read()
        XCTAssertEqual(configuration.title, "2024")
        XCTAssertEqual(configuration.author, "Ada")
        XCTAssertEqual(configuration.permalinks, ["posts": "/:year/:slug/", "notes": "/n/:slug/"])
        XCTAssertTrue(configuration.uglyURLs.apply(to: "notes"))
        XCTAssertFalse(configuration.uglyURLs.apply(to: "posts"))
        XCTAssertEqual(configuration.warnings, [])
    }

    /// Settings Herald reads in a shape it does not follow are warnings, never a refusal.
    func testUnfollowedShapesAreWarnings() throws {
        site.write(
            "hugo.toml",
            "baseURL = 'https://a.example/'\nauthor = [[1, 2]]\nuglyURLs = 3\n[[permalinks]]\npattern = '/:slug/'\n")
        let configuration = try read()
        XCTAssertEqual(
            configuration.warnings.map(\.description).map { $0.replacingOccurrences(of: site.root + "/", with: "") },
            [
                "hugo.toml:4: warning: permalinks: this form is not read; posts get Hugo's default paths (write [permalinks.page])",
                "hugo.toml:3: warning: uglyURLs: expected true, false or a table of sections; read as false",
                "hugo.toml:2: warning: author: no name found in it; feeds name no site author",
            ])
    }

    /// `menus.en.toml` goes under `languages.en.menus`, `params.de.toml` under `languages.de.params`.
    func testLanguageFilesArePlacedUnderTheirLanguage() throws {
        site.write("hugo.toml", "baseURL = 'https://a.example/'\n")
        site.write("config/_default/menus.en.toml", "[[main]]\nname = 'Home'\n")
        site.write("config/_default/params.de.toml", "author = 'Ada'\n")
        let table = try HugoConfiguration.load(siteRoot: site.root, files: nil, environment: "production")
        let languages = try XCTUnwrap(table.subtable("languages"))
        XCTAssertNotNil(try languages.subtable("en")?.subtable("menus")?.tables("main").first)
        XCTAssertEqual(try languages.subtable("de")?.subtable("params")?.string("author"), "Ada")
        XCTAssertEqual(try read().author, nil)
    }
}
