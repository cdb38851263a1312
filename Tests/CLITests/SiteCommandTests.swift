import Foundation
import TestSupport
import Testing

/// `beroepsbeeld site` and `catalog site` end to end: the folder, the second run that writes nothing,
/// a broken profile that stops the build before anything is written.
@Suite struct SiteCommandTests {
    @Test func siteWritesTheFolderAndASecondRunWritesNothing() throws {
        let folder = try CLI.temporaryFolder().path + "/site"
        let first = try CLI.run(["site", "Profiles/wooncoach", "Profiles/timmerman", "-o", folder, "--base-url", "https://example.org/beroepen"])
        #expect(first.status == 0, "\(first.stderr)")
        for path in ["index.html", "over.html", "in-transitie.html", "beroep/wooncoach.html", "verschil/wooncoach-2011-2021.html",
                     "figuren/timmerman-2019-a4.pdf", "figuren/timmerman-2019.png", "zoekindex.js", "assets/site.css", "manifest.json",
                     "sitemap.xml"] {
            #expect(FileManager.default.fileExists(atPath: folder + "/" + path), "\(path) is missing")
        }
        let python = CLI.packageRoot.appendingPathComponent(".venv/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "no .venv: run scripts/setup.sh (make setup)")
        let schema = try TestSupport.run(python, ["scripts/validate-json.py", "docs/schemas/site-manifest.schema.json", folder + "/manifest.json"],
                                         in: CLI.packageRoot)
        #expect(schema.status == 0, "\(schema.errors)")
        let home = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(home.contains("<link rel=\"canonical\" href=\"https://example.org/beroepen/index.html\">"))
        let second = try CLI.run(["site", "Profiles/wooncoach", "Profiles/timmerman", "-o", folder, "--base-url", "https://example.org/beroepen"])
        #expect(second.status == 0 && second.stdout.contains(", 0 written anew"), "\(second.stdout)")
        // Dropping an occupation removes its files.
        #expect(try CLI.run(["site", "Profiles/wooncoach", "-o", folder]).status == 0)
        #expect(!FileManager.default.fileExists(atPath: folder + "/beroep/timmerman.html"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/figuren/timmerman-2019-a3.pdf"))
    }

    @Test func aProfileWithErrorsStopsTheBuildWithItsDiagnostic() throws {
        let root = try CLI.temporaryFolder()
        let profile = root.appendingPathComponent("kapot.beroep")
        try "beroepsbeeld: Kapot\nhandn:\n  - iets\n".write(to: profile, atomically: true, encoding: .utf8)
        let result = try CLI.run(["site", profile.path, "-o", root.path + "/site"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[S004]") && result.stderr.contains("kapot.beroep:2:1"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: root.path + "/site"))
    }

    @Test func catalogSiteBuildsFromTheStoredVersions() throws {
        let root = try CLI.temporaryFolder().path
        #expect(try CLI.run(["catalog", "import", "--db", root + "/c.sqlite", "Profiles/wooncoach"]).status == 0)
        let result = try CLI.run(["catalog", "site", "--db", root + "/c.sqlite", "-o", root + "/site", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        let page = try String(contentsOfFile: root + "/site/beroep/wooncoach.html", encoding: .utf8)
        #expect(page.contains("<html lang=\"en\">") && page.contains("Related occupations"))
        #expect(FileManager.default.fileExists(atPath: root + "/site/verschil/wooncoach-2011-2021.html"))
    }
}
