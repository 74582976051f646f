import Foundation
import XCTest

/// A Hugo site in several languages: a set of feeds per language, where Hugo puts them, and
/// announcements chosen by language.
final class LanguageTests: XCTestCase {
    private func writeSite(_ folder: TemporaryFolder) -> String {
        folder.write(
            "site/hugo.toml",
            """
            baseURL = 'https://ml.example/'
            title = 'Field Notes'
            languageCode = 'en-us'
            [languages.en]
            weight = 1
            [languages.fr]
            weight = 2
            title = 'Carnet'
            languageCode = 'fr-fr'
            [languages.de]
            weight = 3
            """)
        func post(_ path: String, _ title: String, _ tags: String) {
            folder.write(
                "site/content/" + path, "---\ntitle: \(title)\ndate: 2024-03-01\ntags: [\(tags)]\n---\nText.\n")
        }
        post("posts/a.md", "Alpha", "travel")
        post("posts/a.fr.md", "Alpha en français", "voyage")
        post("posts/trip/index.md", "Trip", "travel")
        post("posts/trip/index.fr.md", "Voyage", "voyage, travel")
        post("notes/n.md", "Note", "misc")
        return folder.path + "/site"
    }

    /// Every feed folder of every language is one Hugo writes its RSS to, the taxonomies' lists
    /// of terms (`tags/index.xml`) included; a language with no post still has its site feed.
    func testFeedsSitWhereHugoPutsThem() throws {
        let folder = TemporaryFolder()
        let site = writeSite(folder)
        let hugo = try HeraldProcess.run("hugo", ["--quiet", "-d", folder.path + "/hugo"], in: site)
        XCTAssertEqual(hugo.status, 0, hugo.standardError)
        let output = folder.path + "/herald"
        let herald = try HeraldProcess.herald(["build", "--site", site, "--output", output])
        XCTAssertEqual(herald.status, 0, herald.standardError)
        func feeds(_ root: String) throws -> Set<String> {
            Set(try FileManager.default.subpathsOfDirectory(atPath: root).filter { $0.hasSuffix("index.xml") })
        }
        let hugoFeeds = try feeds(folder.path + "/hugo")
        XCTAssertEqual(try feeds(output), hugoFeeds)
        XCTAssertTrue(hugoFeeds.contains("fr/tags/voyage/index.xml"), "\(hugoFeeds)")
        XCTAssertTrue(FileManager.default.fileExists(atPath: output + "/de/index.xml"))
    }

    /// Each language's feeds hold its posts alone, titled and labelled in that language.
    func testEachLanguageFeedHoldsItsOwnPosts() throws {
        let folder = TemporaryFolder()
        let site = writeSite(folder)
        let output = folder.path + "/out"
        let result = try HeraldProcess.herald(["build", "--site", site, "--output", output])
        XCTAssertEqual(result.status, 0, result.standardError)
        let english = try String(contentsOfFile: output + "/index.xml", encoding: .utf8)
        let french = try String(contentsOfFile: output + "/fr/index.xml", encoding: .utf8)
        XCTAssertTrue(english.contains("<language>en-us</language>"), english)
        XCTAssertTrue(french.contains("<title>Carnet</title>"), french)
        XCTAssertTrue(french.contains("<language>fr-fr</language>"), french)
        XCTAssertTrue(french.contains("<link>https://ml.example/fr/</link>"), french)
        XCTAssertTrue(french.contains("https://ml.example/fr/posts/trip/"), french)
        XCTAssertFalse(french.contains("<title>Trip</title>"), french)
        XCTAssertFalse(english.contains("Voyage"), english)
        let frenchTravel = try String(contentsOfFile: output + "/fr/tags/travel/index.xml", encoding: .utf8)
        XCTAssertTrue(frenchTravel.contains("<title>Voyage</title>"), frenchTravel)
        XCTAssertFalse(frenchTravel.contains("<title>Trip</title>"), frenchTravel)
        let atom = try String(contentsOfFile: output + "/fr/atom.xml", encoding: .utf8)
        XCTAssertTrue(atom.contains("xml:lang=\"fr-fr\""), atom)
        let check = try HeraldProcess.herald(["check", "--site", site, "--output", output])
        XCTAssertEqual(check.status, 0, check.standardOutput + check.standardError)
    }

    /// Each entry links its translations (by path, or by `translationKey` when paths differ) with
    /// their languages, which a feed reader sees in RSS and in Atom.
    func testEntriesLinkTheirTranslations() throws {
        let folder = TemporaryFolder()
        let site = writeSite(folder)
        folder.write("site/content/notes/n.fr.md", "---\ntitle: Note FR\ndate: 2024-03-01\n---\nx\n")
        folder.write(
            "site/content/notes/other.de.md", "---\ntitle: Anders\ndate: 2024-03-01\ntranslationKey: n\n---\nx\n")
        folder.write("site/content/notes/n.md", "---\ntitle: Note\ndate: 2024-03-01\ntranslationKey: n\n---\nx\n")
        let output = folder.path + "/out"
        XCTAssertEqual(try HeraldProcess.herald(["build", "--site", site, "--output", output]).status, 0)
        let feeds = try FeedReader.read([output + "/index.xml", output + "/atom.xml", output + "/fr/atom.xml"])
        for path in [output + "/index.xml", output + "/atom.xml"] {
            let entries = try XCTUnwrap(feeds[path]?.entries)
            XCTAssertEqual(
                entries.first { $0.title == "Alpha" }?.translations, ["fr-fr": "https://ml.example/fr/posts/a/"], path)
            XCTAssertEqual(
                entries.first { $0.title == "Trip" }?.translations, ["fr-fr": "https://ml.example/fr/posts/trip/"], path
            )
            XCTAssertEqual(
                entries.first { $0.title == "Note" }?.translations, ["de": "https://ml.example/de/notes/other/"], path)
        }
        let french = try XCTUnwrap(feeds[output + "/fr/atom.xml"]?.entries)
        XCTAssertEqual(french.first { $0.title == "Voyage" }?.translations, ["en-us": "https://ml.example/posts/trip/"])
        XCTAssertEqual(french.first { $0.title == "Note FR" }?.translations, [:], "its key is the path, not n")
        let check = try HeraldProcess.herald(["check", "--site", site, "--output", output])
        XCTAssertEqual(check.status, 0, check.standardOutput + check.standardError)
    }

    /// `languages = ["fr"]` announces the French posts alone; a language the site lacks is refused.
    func testATargetAnnouncesTheLanguagesItNames() throws {
        let folder = TemporaryFolder()
        let site = writeSite(folder)
        let journal = folder.path + "/french.jsonl"
        func definition(_ languages: String) -> String {
            """
            [site]
            source = '\(site)'
            [announce]
            state = '\(folder.path)/state'
            [[targets]]
            name = 'french'
            type = 'file'
            path = '\(journal)'
            backfill = 10
            languages = \(languages)
            """
        }
        folder.write("french.toml", definition("['fr']"))
        let result = try HeraldProcess.herald(["announce", "--config", folder.path + "/french.toml"])
        XCTAssertEqual(result.status, 0, result.standardError)
        let lines = try String(contentsOfFile: journal, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "\(lines)")
        XCTAssertTrue(lines.allSatisfy { $0.contains("https://ml.example/fr/") }, "\(lines)")
        folder.write("spanish.toml", definition("['es']"))
        let refused = try HeraldProcess.herald(["announce", "--config", folder.path + "/spanish.toml"])
        XCTAssertEqual(refused.status, 64, refused.standardError)
        XCTAssertTrue(
            refused.standardError.contains(
                "spanish.toml:10: targets[0].languages: the site has no language 'es'; its languages are en, fr, de"),
            refused.standardError)
    }
}
