import Foundation
import GRDB
import Testing
@testable import ProfileCatalog
import ProfileModel

/// Schema v4: a hybrid's links (its components and direction) stored on import and filled in by the migration;
/// `show` lists the components, `search` finds a hybrid through its components' lines, and `latestProfiles`
/// gives `twin --db` the latest version of every occupation.
@Suite struct CatalogHybridTests {
    /// The component rows and directions of a catalogue, as the sqlite3 shell prints them.
    static func links(_ path: String) throws -> String {
        try CatalogFixtures.sqlite3(path, """
            SELECT o.slug, v.version, c.position, c.side, c.slug, c.version, c.share_amount, c.share_unit
            FROM component c JOIN version v ON v.id = c.version_id JOIN occupation o ON o.id = v.occupation_id ORDER BY o.slug, c.position;
            SELECT o.slug, v.version, v.direction FROM version v JOIN occupation o ON o.id = v.occupation_id ORDER BY o.slug, v.version;
            """)
    }

    static let expectedLinks = """
        docent-installateur|2022|0|school|docent-installatietechniek||40.0|percent
        docent-installateur|2022|1|company|installateur|2021|60.0|percent
        docent-installateur|2022|companyToSchool
        docent-installatietechniek|2021|
        installateur|2021|

        """

    static func imported() throws -> (path: String, catalog: Catalog) {
        let path = try CatalogFixtures.temporaryFolder().appendingPathComponent("catalogue.sqlite").path
        let catalog = try Catalog(path: path, create: true)
        #expect(try catalog.importProfiles(try CatalogFixtures.hybridFixtures, replace: false).map(\.outcome) == [.added, .added, .added])
        return (path, catalog)
    }

    @Test func importStoresEachComponentAndTheDirection() throws {
        let (path, catalog) = try Self.imported()
        #expect(try Self.links(path) == Self.expectedLinks)
        #expect(try CatalogFixtures.sqlite3(path, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
        // Replacing the hybrid replaces its links; deleting its version row deletes them.
        let text = String(decoding: try CatalogFixtures.hybrid("docent-installateur").bytes, as: UTF8.self)
            .replacingOccurrences(of: "40%, bedrijf installateur@2021 60%", with: "2 dagen, bedrijf installateur 3 dagen")
            .replacingOccurrences(of: "richting: bedrijf → school", with: "richting: school → bedrijf")
        #expect(try catalog.importProfiles([CatalogFixtures.candidate("docent-installateur.beroep", text)], replace: true).map(\.outcome) == [.replaced])
        #expect(try CatalogFixtures.sqlite3(path, "SELECT side, slug, version, share_amount, share_unit FROM component ORDER BY position; SELECT direction FROM version WHERE direction IS NOT NULL")
                == "school|docent-installatietechniek||2.0|days\ncompany|installateur||3.0|days\nschoolToCompany\n")
        #expect(try CatalogFixtures.sqlite3(path, "PRAGMA foreign_keys = ON; DELETE FROM version WHERE direction IS NOT NULL; SELECT count(*) FROM component;") == "0\n")
        #expect(try CatalogFixtures.sqlite3(path, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
    }

    /// A catalogue at v3 (the migrator stopped there) holding the three fixtures, stored as an import at v3
    /// stored them: opening it adds v4 and fills the links exactly as an import into v4 does.
    @Test func migratingAV3CatalogueFillsTheLinksFromTheStoredModels() throws {
        let path = try CatalogFixtures.temporaryFolder().appendingPathComponent("v3.sqlite").path
        do {
            let old = try Catalog(path: path, schemaVersion: "v3")
            #expect(try old.appliedSchemaVersions() == ["v1", "v2", "v3"])
            try old.pool.write { db in
                for candidate in try CatalogFixtures.hybridFixtures {
                    let profile = try #require(candidate.storable)
                    var occupation = OccupationRecord(slug: profile.effectiveSlug, title: profile.title, sector: profile.sector, region: profile.region)
                    try occupation.insert(db)
                    var version = candidate.row!
                    version.occupationID = occupation.id!
                    try version.insert(db)
                    let (items, quotes) = try Catalog.insertContent(of: profile, versionID: version.id!, db)
                    try ProvenanceStore.insert(profile, versionID: version.id!, itemIDs: items, quoteIDs: quotes, db)
                }
                try SearchIndex.fill(db, versionIDs: nil)
            }
        }
        #expect(try CatalogFixtures.sqlite3(path, "SELECT name FROM sqlite_schema WHERE name = 'component'") == "")

        let migrated = try Catalog(path: path, create: false)
        #expect(try migrated.appliedSchemaVersions() == ["v1", "v2", "v3", "v4"])
        #expect(try Self.links(path) == Self.expectedLinks)
        #expect(try Self.links(path) == Self.links(try Self.imported().path))
        #expect(try CatalogFixtures.sqlite3(path, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
        #expect(try migrated.components(ofVersion: migrated.storedVersion(slug: "docent-installateur").id!).map(\.slug)
                == ["docent-installatietechniek", "installateur"])
    }

    /// The released catalogue (`beroepsbeeld/1` models, from before hybrids) migrates through v3 and v4 with no links.
    @Test func aCatalogueFromBeforeHybridsGetsNoLinks() throws {
        let path = try CatalogFixtures.temporaryFolder().appendingPathComponent("released.sqlite").path
        try FileManager.default.copyItem(at: CatalogFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/catalogue-af1e748.sqlite"),
                                         to: URL(fileURLWithPath: path))
        let catalog = try Catalog(path: path, create: false)
        #expect(try catalog.appliedSchemaVersions() == ["v1", "v2", "v3", "v4"])
        #expect(try CatalogFixtures.sqlite3(path, "SELECT count(*) FROM component; SELECT count(*) FROM version WHERE direction IS NOT NULL;") == "0\n0\n")
        #expect(try CatalogFixtures.sqlite3(path, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
        // A hybrid imported into it afterwards is linked.
        _ = try catalog.importProfiles(try CatalogFixtures.hybridFixtures, replace: false)
        #expect(try catalog.count("component") == 2)
    }

    @Test func showListsTheComponentsWithSideTitleAndShare() throws {
        let (path, _) = try Self.imported()
        let text = try CatalogFixtures.run(["catalog", "show", "docent-installateur"], catalogue: path)
        #expect(text.status == 0)
        let lines = String(decoding: text.output, as: UTF8.self).split(separator: "\n")
        #expect(Array(lines[2...4]) == [
            "# component: school docent-installatietechniek \"Docent installatietechniek\", 40%",
            "# component: company installateur@2021 \"Installateur\", 60%",
            "# direction: company → school",
        ])
        let json = try CatalogFixtures.run(["catalog", "show", "--format", "json", "docent-installateur"], catalogue: path)
        let object = try JSONSerialization.jsonObject(with: json.output) as? [String: Any]
        let components = try #require(object?["components"] as? [[String: Any]])
        #expect(components.map { $0["title"] as? String } == ["Docent installatietechniek", "Installateur"])
        #expect(components.map { $0["side"] as? String } == ["school", "company"] && components[1]["version"] as? String == "2021")
        #expect(components.map { ($0["share"] as? [String: Any])?["amount"] as? Double } == [40, 60])
        // A profile that combines none shows no component.
        let plain = try CatalogFixtures.run(["catalog", "show", "--format", "json", "installateur"], catalogue: path)
        #expect((try JSONSerialization.jsonObject(with: plain.output) as? [String: Any])?["components"] == nil)
        let plainText = String(decoding: try CatalogFixtures.run(["catalog", "show", "installateur"], catalogue: path).output, as: UTF8.self)
        #expect(!plainText.contains("# component:") && !plainText.contains("# direction:"))
    }

    @Test func showSaysWhenAComponentIsNotInTheCatalogue() throws {
        let path = try CatalogFixtures.temporaryFolder().appendingPathComponent("catalogue.sqlite").path
        let catalog = try Catalog(path: path, create: true)
        _ = try catalog.importProfiles([try CatalogFixtures.hybrid("docent-installateur")], replace: false)
        let components = try catalog.components(ofVersion: catalog.storedVersion(slug: "docent-installateur").id!)
        #expect(components.map(\.title) == [nil, nil])
        let text = String(decoding: try CatalogFixtures.run(["catalog", "show", "docent-installateur"], catalogue: path).output, as: UTF8.self)
        #expect(text.contains("# component: company installateur@2021 (not in the catalogue), 60%\n"))
    }

    @Test func searchFindsAHybridThroughItsComponentsLines() throws {
        let (path, catalog) = try Self.imported()
        func found(_ words: String, sector: String? = nil) throws -> [String] {
            try catalog.search(SearchQuery(text: words, sector: sector)).map { hit in
                "\(hit.slug) \(hit.version)" + (hit.via.map { " via \($0.slug) \($0.version)" } ?? "")
            }
        }
        #expect(try found("warmtepompen inregelen") == ["installateur 2021", "docent-installateur 2022 via installateur 2021"])
        #expect(try found("practicumlessen") == ["docent-installatietechniek 2021", "docent-installateur 2022 via docent-installatietechniek 2021"])
        // Metadata of a component (its title, sector) does not yield the hybrid; its own lines are found directly.
        #expect(try found("installatietechniek").allSatisfy { !$0.contains(" via ") })
        #expect(try found("stagiairs") == ["docent-installateur 2022"])
        // --sector: the hybrid must be in it too.
        #expect(try found("practicumlessen", sector: "onderwijs").count == 2)
        #expect(try found("warmtepompen inregelen", sector: "installatietechniek") == ["installateur 2021"])

        // The company side is pinned to 2021: a line of its 2023 version does not yield the hybrid, the 2021 line
        // still does. The school side is not pinned: once 2023 is its latest, only the 2023 line yields the hybrid.
        let newer = { (slug: String) throws -> ImportCandidate in
            CatalogFixtures.candidate("\(slug)-2023.beroep",
                                      String(decoding: try CatalogFixtures.hybrid(slug).bytes, as: UTF8.self).replacingOccurrences(of: "versie: 2021", with: "versie: 2023"))
        }
        _ = try catalog.importProfiles([try newer("installateur"), try newer("docent-installatietechniek")], replace: false)
        let pinned = try found("warmtepompen inregelen")
        #expect(pinned.sorted() == ["docent-installateur 2022 via installateur 2021", "installateur 2021", "installateur 2023"])
        #expect(pinned.firstIndex(of: "docent-installateur 2022 via installateur 2021") == pinned.firstIndex(of: "installateur 2021")! + 1)
        let latest = try found("practicumlessen")
        #expect(latest.sorted() == ["docent-installateur 2022 via docent-installatietechniek 2023", "docent-installatietechniek 2021",
                                    "docent-installatietechniek 2023"])

        // --limit counts the hybrids' hits too; positions run on.
        let limited = try catalog.search(SearchQuery(text: "practicumlessen", limit: 2))
        #expect(limited.count == 2 && limited.map(\.position) == [1, 2])

        let text = try CatalogFixtures.run(["catalog", "search", "warmtepompen", "inregelen"], catalogue: path)
        #expect(String(decoding: text.output, as: UTF8.self).contains(
            "docent-installateur 2022  handen/taken  Warmtepompen inregelen bij klanten thuis [nieuw]  (via component installateur 2021)\n"))
        let json = try CatalogFixtures.run(["catalog", "search", "--format", "json", "warmtepompen", "inregelen"], catalogue: path)
        let hits = try #require((try JSONSerialization.jsonObject(with: json.output) as? [String: Any])?["hits"] as? [[String: Any]])
        let via = try #require(hits.first { $0["via"] != nil })
        #expect(via["slug"] as? String == "docent-installateur" && via["title"] as? String == "Docent en installateur")
        #expect(via["via"] as? [String: String] == ["slug": "installateur", "version": "2021"])
        #expect(hits.filter { $0["via"] == nil }.allSatisfy { $0["slug"] as? String == "installateur" })
    }

    @Test func latestProfilesGivesTheLatestVersionOfEveryOccupationBySlug() throws {
        let (_, catalog) = try Self.imported()
        let cited = try CatalogFixtures.teeltspecialistCited(version: "2022")
        _ = try catalog.importProfiles([ImportCandidate(path: "t.beroep", bytes: try CatalogFixtures.teeltspecialist),
                                        CatalogFixtures.candidate("t-2022.beroep", cited)], replace: false)
        let profiles = try catalog.latestProfiles()
        #expect(profiles.map { "\($0.effectiveSlug) \($0.version ?? "")" }
                == ["docent-installateur 2022", "docent-installatietechniek 2021", "installateur 2021", "teeltspecialist 2022"])
        #expect(profiles[0].isHybrid && profiles[0].components.map(\.slug) == ["docent-installatietechniek", "installateur"])
        #expect(try Catalog(path: CatalogFixtures.temporaryFolder().appendingPathComponent("empty.sqlite").path, create: true).latestProfiles().isEmpty)
    }
}
