import Foundation
import ProfileModel
@testable import SiteBuilder
import PosterLayout
import TestSupport
import Testing

/// The site builder in-process, with the real templates, cairo and the real profiles.
@Suite struct SiteBuildTests {
    static let assets = try! SiteAssets(folder: TestSupport.packageRoot.path + "/Assets/site")

    static func entries(_ folders: [String]) throws -> [SiteEntry] {
        try folders.flatMap { folder in
            try FileManager.default.contentsOfDirectory(atPath: TestSupport.packageRoot.path + "/Profiles/" + folder).sorted()
                .filter { $0.hasSuffix(".beroep") }.map { SiteEntry.load(TestSupport.packageRoot.path + "/Profiles/\(folder)/\($0)") }
        }
    }

    static func build(_ entries: [SiteEntry], options: SiteOptions = SiteOptions(), previous: SiteManifest = SiteManifest()) throws -> Site {
        try SiteBuilder(assets: assets, options: options, threads: 2).build(entries, previous: previous)
    }

    static func text(_ site: Site, _ path: String) -> String {
        String(decoding: site.files.first { $0.path == path }?.bytes ?? [], as: UTF8.self)
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let entries = try Self.entries(["wooncoach", "wijkverpleegkundige"])
        let first = try Self.build(entries), second = try Self.build(entries)
        #expect(first.files.map(\.path) == second.files.map(\.path))
        for (a, b) in zip(first.files, second.files) { #expect(a.bytes == b.bytes, "\(a.path) differs between two builds") }
        #expect(first.manifestBytes == second.manifestBytes)
        #expect(first.files.contains { $0.path == "verschil/wooncoach-2011-2021.html" })
        #expect(first.files.contains { $0.path == "figuren/wooncoach-2021-a4.pdf" })
    }

    @Test func onlyWhatAChangeTouchesIsDrawnAndRenderedAgain() throws {
        var entries = try Self.entries(["wooncoach", "wijkverpleegkundige"])
        let first = try Self.build(entries)
        let unchanged = try Self.build(entries, previous: first.manifest)
        #expect(unchanged.changed == [])

        // Change a wijkverpleegkundige statement: its figures and page are made again, the wooncoach's not.
        let index = entries.firstIndex { $0.path.contains("wijkverpleegkundige") }!
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("wijkverpleegkundige"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let changedFile = folder.appendingPathComponent("wijkverpleegkundige/2018.beroep")
        try String(contentsOfFile: entries[index].path, encoding: .utf8)
            .replacingOccurrences(of: "Leernetwerken in de wijkverpleging", with: "Leernetwerken in de wijkverpleging, ook online")
            .write(to: changedFile, atomically: true, encoding: .utf8)
        entries[index] = SiteEntry.load(changedFile.path)
        let second = try Self.build(entries, previous: first.manifest)
        #expect(Set(second.changed).isSuperset(of: ["beroep/wijkverpleegkundige.html", "figuren/wijkverpleegkundige-2018-a3.pdf",
                                                   "figuren/wijkverpleegkundige-2018-a4.pdf"]))
        for path in ["figuren/wooncoach-2021-a3.pdf", "figuren/wooncoach-2011-a3.pdf", "figuren/wooncoach-2011-2021-verschil-a3.pdf",
                     "beroep/wooncoach.html", "verschil/wooncoach-2011-2021.html", "assets/site.css"] {
            #expect(!second.changed.contains(path), "\(path) was made again")
        }
        #expect(Self.text(second, "beroep/wijkverpleegkundige.html").contains("Leernetwerken in de wijkverpleging, ook online"))
        #expect(Self.text(second, "beroep/wijkverpleegkundige.html").contains("<svg"), "the redrawn figure is inlined")
        #expect(!first.files.contains { $0.path.hasSuffix(".svg") }, "the SVG lives in its page only")

        // A page made again while its figures are unchanged (as when its related occupations change) draws
        // its SVG again, alone: the same page as before, figure included.
        var stalePages = second.manifest
        stalePages.files["beroep/wooncoach.html"]?.key = "stale"
        stalePages.files["verschil/wooncoach-2011-2021.html"]?.key = "stale"
        let third = try Self.build(entries, previous: stalePages)
        #expect(Set(third.changed) == ["beroep/wooncoach.html", "verschil/wooncoach-2011-2021.html"])
        for page in ["beroep/wooncoach.html", "verschil/wooncoach-2011-2021.html"] {
            #expect(Self.text(third, page) == Self.text(first, page) && Self.text(third, page).contains("<svg"), "\(page)")
        }
    }

    @Test func profileTextIsEscapedNeverMarkup() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let source = try String(contentsOfFile: TestSupport.packageRoot.path + "/Profiles/wijkverpleegkundige/2018.beroep", encoding: .utf8)
            .replacingOccurrences(of: "  - Communicatie, de afgelopen jaren steeds belangrijker geworden [groeit]", with: "  - <script>alert(\"x\")</script> & <b>vet</b> [groeit]")
        let file = folder.appendingPathComponent("2018.beroep")
        try source.write(to: file, atomically: true, encoding: .utf8)
        let entry = SiteEntry.load(file.path)
        #expect(!entry.failed, "\(entry.report)")
        let page = Self.text(try Self.build([entry]), "beroep/wijkverpleegkundige.html")
        #expect(page.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;vet&lt;/b&gt;"))
        #expect(!page.contains("<script>alert") && !page.contains("<b>vet"))
    }

    @Test func aBrokenProfileShowsItsDiagnosticsInTheLivePreviewOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("site-\(UUID().uuidString)/wijkverpleegkundige")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let file = folder.appendingPathComponent("2018.beroep")
        try String(contentsOfFile: TestSupport.packageRoot.path + "/Profiles/wijkverpleegkundige/2018.beroep", encoding: .utf8)
            .replacingOccurrences(of: "\nhoofd:", with: "\nhoofdd:").write(to: file, atomically: true, encoding: .utf8)
        let entries = try Self.entries(["wooncoach"]) + [SiteEntry.load(file.path)]
        #expect(entries.last!.failed && entries.last!.slug == "wijkverpleegkundige")
        let live = try Self.build(entries, options: SiteOptions(live: true))
        let page = Self.text(live, "beroep/wijkverpleegkundige.html")
        #expect(page.contains("error[S004]") && page.contains("data-diagnostics") && page.contains("/_live/reload.js"))
        let published = try Self.build(entries)
        #expect(!published.files.contains { $0.path.contains("wijkverpleegkundige") })
        #expect(published.problems.map(\.slug) == ["wijkverpleegkundige"])
    }

    @Test func relatedOccupationsAreThoseSharingTheMostStatements() throws {
        let entries = try Self.entries(["wijkverpleegkundige", "wooncoach", "ethische-hacker", "ziekenhuisapotheker", "timmerman"])
        let occupations = Occupation.group(entries)
        let related = RelatedOccupations.find(occupations, threads: 2)
        #expect(related.map { $0.map { [$0.index, $0.shared] } } == RelatedOccupations.find(occupations, threads: 1).map { $0.map { [$0.index, $0.shared] } })
        for (index, list) in related.enumerated() {
            #expect(list.count <= RelatedOccupations.limit)
            #expect(!list.contains { $0.index == index })
            #expect(list.map(\.shared) == list.map(\.shared).sorted(by: >))
            for other in list { #expect(related[other.index].contains { $0.index == index && $0.shared == other.shared }, "symmetric") }
        }
        let nurse = occupations.firstIndex { $0.slug == "wijkverpleegkundige" }!
        let hacker = occupations.firstIndex { $0.slug == "ethische-hacker" }!
        #expect(!related[nurse].contains { $0.index == hacker }, "a nurse and an ethical hacker share no statement")
    }

    @Test func theSearchIndexHoldsFoldedWordsAndEveryOccupation() throws {
        let site = try Self.build(try Self.entries(["wijkverpleegkundige", "wooncoach"]))
        let script = Self.text(site, "zoekindex.js")
        #expect(script.hasPrefix("window.beroepsbeeldIndex = "))
        #expect(script.contains("\"t\":\"wijkverpleegkundige\"") && script.contains("clienten") && !script.contains("cliënten"))
        #expect(script.contains("beroep/wooncoach.html"))
    }
}

/// Issue 9 on the website: every statement carries the numbers of its sources, keyed to the page's
/// numbered source list; sketches, paraphrases and parts not researched say so.
@Suite struct SiteProvenanceTests {
    @Test func statementsCarryTheirSourceNumbersAndPartsNotResearchedSaySo() throws {
        let entry = SiteEntry.load(TestSupport.packageRoot.path + "/Profiles/teeltspecialist/2020.beroep")
        let page = SiteBuildTests.text(try SiteBuildTests.build([entry]), "beroep/teeltspecialist.html")
        #expect(page.contains("Verstand hebben van het laten groeien van planten<sup class=\"ref\">1,2</sup>"))
        #expect(page.contains("<span class=\"ref-number\">1</span> Sjoer, E. &amp; Van Harn, R."))
        #expect(page.contains("<p class=\"part-note\">niet onderzocht</p>"))
        #expect(page.contains("minstens 2 beoefenaars, minstens 2 uit de context"))
    }
}


/// Issue 11 after issue 10: a hybrid's page names both its occupations, linked to their pages.
@Suite struct SiteHybridTests {
    @Test func aHybridPageLinksBothComponentsWithTheirSharesAndTheDirection() throws {
        let root = TestSupport.packageRoot.path + "/Profiles/"
        let entries = ["docent-economie-accountant/2021.beroep", "docent-economie/2021.beroep", "accountant/2015.beroep", "accountant/2021.beroep"]
            .map { SiteEntry.load(root + $0) }
        let page = SiteBuildTests.text(try SiteBuildTests.build(entries), "beroep/docent-economie-accountant.html")
        #expect(page.contains("<span class=\"side\">School</span> <a href=\"docent-economie.html\">"))
        #expect(page.contains("<span class=\"side\">Bedrijf</span> <a href=\"accountant.html\">"))
        #expect(page.contains("1 dag") && page.contains("4 dagen") && page.contains("bedrijf → school"))
    }

    /// Its figure's title block names the components by their titles, as the page does, not by their slugs.
    @Test func aHybridFigureNamesItsComponentsByTitle() throws {
        let root = TestSupport.packageRoot.path + "/Profiles/"
        let entries = ["docent-economie-accountant/2021.beroep", "docent-economie/2021.beroep", "accountant/2021.beroep"]
            .map { SiteEntry.load(root + $0) }
        let site = try SiteBuildTests.build(entries)
        let pdf = try #require(site.files.first { $0.path == "figuren/docent-economie-accountant-2021-a3.pdf" }?.bytes)
        let file = try TestSupport.temporaryFolder().appendingPathComponent("figure.pdf")
        try Data(pdf).write(to: file)
        let text = try TestSupport.tool("pdftotext", ["-l", "1", file.path, "-"]).output
        #expect(text.contains("School: Docent economie"), "\(text.prefix(400))")
        #expect(!text.contains("docent-economie"))
    }
}
