import Foundation
import GRDB
import Testing
@testable import ProfileCatalog

/// Opening a catalogue written with an earlier schema brings it up to date and keeps its data.
@Suite struct CatalogMigrationTests {
    /// The tables of v1, as the sqlite3 shell prints them, for comparing a file before and after a migration.
    static func v1Rows(_ path: String) throws -> String {
        try CatalogFixtures.sqlite3(path, """
            SELECT * FROM occupation ORDER BY id; SELECT * FROM item ORDER BY id; SELECT * FROM quote ORDER BY id;
            SELECT id, occupation_id, version, title, sources, practitioners, context_people, passion, file_name,
                   hex(source), source_sha256, model, imported_at FROM version ORDER BY id;
            """)
    }

    /// A catalogue written by the released beroepsbeeld (commit af1e748, schema v1 and v2, models in the
    /// form `beroepsbeeld/1`): Tests/Fixtures/catalogue-af1e748.sqlite, made by that commit's own binary with
    /// `catalog import` of its test fixtures teeltspecialist.beroep, english.beroep and a 2021 version of
    /// the teeltspecialist.
    @Test func aCatalogueOfTheReleasedVersionIsMigratedKeepingItsDataAndFillingTheSources() throws {
        let path = try CatalogFixtures.temporaryFolder().appendingPathComponent("released.sqlite").path
        try FileManager.default.copyItem(at: CatalogFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/catalogue-af1e748.sqlite"),
                                         to: URL(fileURLWithPath: path))
        #expect(try CatalogFixtures.sqlite3(path, "SELECT identifier FROM grdb_migrations ORDER BY identifier") == "v1\nv2\n")
        #expect(try CatalogFixtures.sqlite3(path, "SELECT DISTINCT json_extract(model, '$.format') FROM version") == "beroepsbeeld/1\n")
        let before = try Self.v1Rows(path)
        let searchBefore = try CatalogFixtures.sqlite3(path, "SELECT rowid, * FROM search ORDER BY rowid")

        let catalog = try Catalog(path: path, create: false)
        #expect(try catalog.appliedSchemaVersions() == CatalogSchema.versions)
        #expect(try Self.v1Rows(path) == before)
        #expect(try CatalogFixtures.sqlite3(path, "SELECT rowid, * FROM search ORDER BY rowid") == searchBefore)
        // Every source of every version, in order, without a key (`/1` had none); nothing else to fill.
        #expect(try CatalogFixtures.sqlite3(path, "SELECT count(*) FROM source WHERE key IS NULL") == "3\n")
        #expect(try CatalogFixtures.sqlite3(path, """
            SELECT version.id, json_each.key, json_each.value FROM version, json_each(version.sources)
            EXCEPT SELECT version_id, position, text FROM source;
            SELECT version_id, position, text FROM source
            EXCEPT SELECT version.id, json_each.key, json_each.value FROM version, json_each(version.sources);
            """) == "")
        for table in ["citation", "sketch", "paraphrase", "unresearched_part"] { #expect(try catalog.count(table) == 0, "\(table)") }
        #expect(try CatalogFixtures.sqlite3(path, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")

        // The migrated catalogue is used as any other: its `/1` models read, shares counted, new versions stored.
        #expect(try catalog.storedVersion(slug: "teeltspecialist", version: "2020").profile().sources.map(\.key) == [nil])
        #expect(try catalog.stats().sourcing.allSatisfy { $0.sourced == 0 && $0.unsourced == $0.statements && $0.statements > 0 })
        let cited = try CatalogFixtures.teeltspecialistCited(version: "2022")
        #expect(try catalog.importProfiles([CatalogFixtures.candidate("teelt-2022.beroep", cited)], replace: false).map(\.outcome) == [.added])
        #expect(try catalog.search(SearchQuery(text: "afwijkingen", sourcedOnly: true)).map(\.version) == ["2022"])
        #expect(try CatalogFixtures.sqlite3(path, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
    }

    @Test func aStoredModelThatCannotBeReadStopsTheMigrationAndLeavesTheFileAsItWas() throws {
        let path = try CatalogFixtures.temporaryFolder().appendingPathComponent("damaged.sqlite").path
        try FileManager.default.copyItem(at: CatalogFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/catalogue-af1e748.sqlite"),
                                         to: URL(fileURLWithPath: path))
        _ = try CatalogFixtures.sqlite3(path, "UPDATE version SET model = '{\"format\": \"beroepsbeeld/1\", \"title\": 12}' WHERE id = 2")
        let before = try Self.v1Rows(path)
        #expect {
            _ = try Catalog(path: path, create: false)
        } throws: { error in
            "\(error)".contains("the stored model of version row 2 cannot be read")
        }
        #expect(try CatalogFixtures.sqlite3(path, "SELECT identifier FROM grdb_migrations ORDER BY identifier") == "v1\nv2\n")
        #expect(try Self.v1Rows(path) == before)
        #expect(try CatalogFixtures.sqlite3(path, "SELECT name FROM sqlite_schema WHERE name IN ('source', 'citation', 'statement')") == "")
    }

    /// A catalogue whose rows v1 stored, with a model that cites (`beroepsbeeld/2`): v2 indexes it and v3
    /// stores exactly the provenance an import into the current schema stores.
    @Test func migratingFromV1FillsTheIndexAndTheProvenanceAsAnImportWould() throws {
        let folder = try CatalogFixtures.temporaryFolder()
        let path = folder.appendingPathComponent("old.sqlite").path
        let candidate = ImportCandidate(path: "teelt.beroep", bytes: try CatalogFixtures.cited)
        let profile = try #require(candidate.storable)
        do {
            let old = try Catalog(path: path, schemaVersion: "v1")
            #expect(try old.appliedSchemaVersions() == ["v1"])
            try old.pool.write { db in
                var occupation = OccupationRecord(slug: profile.effectiveSlug, title: profile.title, sector: profile.sector, region: profile.region)
                try occupation.insert(db)
                var version = candidate.row!
                version.occupationID = occupation.id!
                try version.insert(db)
                _ = try Catalog.insertContent(of: profile, versionID: version.id!, db)
            }
        }
        let migrated = try Catalog(path: path, create: false)
        #expect(try migrated.appliedSchemaVersions() == CatalogSchema.versions)
        #expect(try migrated.search(SearchQuery(text: "afwijkingen")).map(\.slug) == ["teeltspecialist"])

        let imported = try Catalog(path: folder.appendingPathComponent("new.sqlite").path, create: true)
        _ = try imported.importProfiles([candidate], replace: false)
        for table in ["item", "quote"] + Catalog.provenanceTables {
            let rows = { (catalog: Catalog) in try catalog.pool.read { db in try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY rowid") } }
            #expect(try rows(migrated) == rows(imported), "\(table)")
        }
        #expect(try migrated.count("citation") == 11)
        #expect(try CatalogFixtures.sqlite3(path, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
    }
}
