import Foundation
import GRDB
import Testing
@testable import ProfileCatalog

/// Opening a catalogue written with the previous schema brings it up to date and keeps its data.
@Suite struct CatalogMigrationTests {
    @Test func migratingFromThePreviousSchemaKeepsTheDataAndIndexesIt() throws {
        let path = try CatalogFixtures.temporaryFolder().appendingPathComponent("old.sqlite").path
        let source = try CatalogFixtures.teeltspecialist
        let previous = CatalogSchema.versions.dropLast().last!
        do {
            // What the previous schema's import stored: the rows, without the later schema's additions.
            let old = try Catalog(path: path, schemaVersion: previous)
            #expect(try old.appliedSchemaVersions() == Array(CatalogSchema.versions.dropLast()))
            let candidate = ImportCandidate(path: "teelt.beroep", bytes: source)
            let profile = candidate.loaded.profile!
            try old.pool.write { db in
                var occupation = OccupationRecord(slug: profile.effectiveSlug, title: profile.title, sector: profile.sector)
                try occupation.insert(db)
                var version = candidate.row!
                version.occupationID = occupation.id!
                try version.insert(db)
                var item = ItemRecord(versionID: version.id!, part: "hands", position: 0, text: "Afwijkingen in het gewas vroeg zien", core: false)
                try item.insert(db)
            }
        }
        let current = try Catalog(path: path, create: false)
        #expect(try current.appliedSchemaVersions() == CatalogSchema.versions)
        #expect(try current.storedVersion(slug: "teeltspecialist").source == source)
        #expect(try current.count("item") == 1)
        #expect(try current.search(SearchQuery(text: "afwijkingen")).map(\.slug) == ["teeltspecialist"])
        #expect(try current.integrityCheck() == "ok")
    }
}
