import Foundation
import Testing
import TestSupport
@testable import ProfileCatalog

/// Import, re-import, conflicts and export, on real SQLite files.
@Suite struct CatalogImportTests {
    let folder: URL
    let catalog: Catalog

    init() throws {
        folder = try CatalogFixtures.temporaryFolder()
        catalog = try Catalog(path: folder.appendingPathComponent("catalogue.sqlite").path, create: true)
    }

    @Test func exportIsByteIdenticalToTheImportedSource() throws {
        // A BOM, CRLF line ends and comments must survive; so must every research profile.
        let crlf = "\u{FEFF}" + (try CatalogFixtures.teeltspecialist(replacing: "versie: 2020", with: "versie: 2019"))
            .replacingOccurrences(of: "\n", with: "\r\n")
        let candidates = try CatalogFixtures.researchProfiles() + [CatalogFixtures.candidate("crlf.beroep", crlf)]
        let results = try catalog.importProfiles(candidates, replace: false)
        #expect(results.allSatisfy { $0.outcome == .added }, "\(results.map(\.outcome))")
        for result in results {
            let stored = try catalog.storedVersion(slug: result.slug!, version: result.version!)
            #expect(stored.source == result.candidate.bytes, "\(result.candidate.path)")
            #expect(stored.sourceSHA256.count == 64)
        }
    }

    @Test func theStoredFingerprintIsTheSourcesSHA256() throws {
        // Checked against coreutils' sha256sum on the file itself.
        let candidate = try CatalogFixtures.researchProfiles()[0]
        let results = try catalog.importProfiles([candidate], replace: false)
        let stored = try catalog.storedVersion(slug: results[0].slug!, version: results[0].version!)
        let copy = folder.appendingPathComponent("source.beroep")
        try candidate.bytes.write(to: copy)
        let output = try TestSupport.tool("sha256sum", [copy.path]).output
        #expect(stored.sourceSHA256 == String(output.prefix(64)))
    }

    @Test func reimportingTheSameContentChangesNothing() throws {
        let candidates = try CatalogFixtures.researchProfiles()
        _ = try catalog.importProfiles(candidates, replace: false)
        let before = try catalog.dump()
        let again = try catalog.importProfiles(candidates, replace: false)
        #expect(again.allSatisfy { $0.outcome == .unchanged })
        #expect(try catalog.dump() == before)
    }

    @Test func changedContentUnderTheSameVersionIsRefusedUnlessReplaced() throws {
        let original = CatalogFixtures.candidate("teelt.beroep", String(decoding: try CatalogFixtures.teeltspecialist, as: UTF8.self))
        let changed = CatalogFixtures.candidate("teelt-changed.beroep",
            try CatalogFixtures.teeltspecialist(replacing: "Afwijkingen in het gewas vroeg zien", with: "Bladrandjes en wortelrot herkennen"))
        _ = try catalog.importProfiles([original], replace: false)
        let before = try catalog.dump()

        let refused = try catalog.importProfiles([changed], replace: false)
        guard case .conflict(let storedFile, _) = refused[0].outcome else { Issue.record("\(refused[0].outcome)"); return }
        #expect(storedFile == "teelt.beroep")
        #expect(try catalog.dump() == before)

        let replaced = try catalog.importProfiles([changed], replace: true)
        #expect(replaced[0].outcome == .replaced)
        #expect(try catalog.storedVersion(slug: "teeltspecialist").source == changed.bytes)
        #expect(try catalog.count("version") == 1)
        #expect(try catalog.search(SearchQuery(text: "wortelrot")).count == 1)
        #expect(try catalog.search(SearchQuery(text: "afwijkingen gewas")).isEmpty, "the replaced version's index rows are gone")
    }

    @Test func aNewVersionIsANewRowOfTheSameOccupation() throws {
        let older = CatalogFixtures.candidate("2015.beroep", try CatalogFixtures.teeltspecialist(replacing: "versie: 2020", with: "versie: 2015"))
        let newer = CatalogFixtures.candidate("2020.beroep", String(decoding: try CatalogFixtures.teeltspecialist, as: UTF8.self))
        let results = try catalog.importProfiles([newer, older], replace: false)
        #expect(results.map(\.outcome) == [.added, .added])
        let occupations = try catalog.occupations()
        #expect(occupations.map(\.slug) == ["teeltspecialist"])
        #expect(occupations[0].versions == ["2015", "2020"])
        #expect(try catalog.storedVersion(slug: "teeltspecialist").version == "2020", "the latest is the default")
        #expect(try catalog.storedVersion(slug: "teeltspecialist", version: "2015").source == older.bytes)
        #expect(throws: CatalogError.unknownVersion(slug: "teeltspecialist", version: "2010", available: ["2015", "2020"])) {
            try catalog.storedVersion(slug: "teeltspecialist", version: "2010")
        }
    }

    @Test func invalidAndUnversionedFilesAreListedAndNotStored() throws {
        let broken = CatalogFixtures.candidate("broken.beroep", try CatalogFixtures.teeltspecialist(replacing: "hart:", with: "hartt:"))
        let unversioned = CatalogFixtures.candidate("nover.beroep", try CatalogFixtures.teeltspecialist(replacing: "versie: 2020\n", with: ""))
        let good = try CatalogFixtures.researchProfiles()[0]
        let results = try catalog.importProfiles([broken, unversioned, good], replace: false)
        guard case .refused = results[0].outcome, case .refused(let reason) = results[1].outcome else {
            Issue.record("\(results.map(\.outcome))"); return
        }
        #expect(!results[0].candidate.blockingDiagnostics.isEmpty)
        #expect(reason.contains("no version"))
        #expect(results[2].outcome == .added)
        #expect(try catalog.count("version") == 1)
        #expect(try catalog.integrityCheck() == "ok")
    }
}
