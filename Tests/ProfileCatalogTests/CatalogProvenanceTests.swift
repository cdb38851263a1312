import Foundation
import GRDB
import Testing
@testable import ProfileCatalog

/// Schema v3: where each statement comes from, stored on import in tables of its own, and what `stats` and
/// `search --sourced-only` make of it.
@Suite struct CatalogProvenanceTests {
    let path: String
    let catalog: Catalog

    init() throws {
        path = try CatalogFixtures.temporaryFolder().appendingPathComponent("catalogue.sqlite").path
        catalog = try Catalog(path: path, create: true)
        let results = try catalog.importProfiles([ImportCandidate(path: "teelt.beroep", bytes: try CatalogFixtures.cited)], replace: false)
        #expect(results.map(\.outcome) == [.added])
    }

    @Test func importStoresSourcesCitationsSketchesParaphrasesAndPartsNotResearched() throws {
        let versionID = try catalog.storedVersion(slug: "teeltspecialist").id!
        try catalog.pool.read { db in
            let sources = try SourceRecord.order(SourceRecord.Columns.position).fetchAll(db)
            #expect(sources.map(\.key) == ["greenport2021", "passie2020"] && sources.allSatisfy { $0.versionID == versionID })
            #expect(sources[1].text == "Biemans et al. (2020), Passie voor het vak")

            let sensordata = try Int64.fetchOne(db, sql: "SELECT id FROM item WHERE stable_id = 'sensordata'")
            let cited = try CitationRecord.filter(CitationRecord.Columns.itemID == sensordata).order(CitationRecord.Columns.position).fetchAll(db)
            #expect(cited.map(\.key) == ["greenport2021", "passie2020"] && cited.map(\.locator) == ["Figuur 1", nil])
            #expect(try CitationRecord.fetchCount(db) == 11)
            let quoteCitations = try Row.fetchAll(db, sql: "SELECT quote.text, citation.locator FROM citation JOIN quote ON quote.id = citation.quote_id ORDER BY quote.id")
            #expect(quoteCitations.map { $0["locator"] as String } == ["p. 14", "p. 15"])

            let sketches = try String.fetchAll(db, sql: "SELECT item.text FROM sketch JOIN item ON item.id = sketch.item_id ORDER BY item.id")
            #expect(sketches == ["Klimaatcomputer instellen en bijsturen", "Teeltadvies vertalen naar de mensen op de vloer"])
            let paraphrases = try String.fetchAll(db, sql: "SELECT quote.text FROM paraphrase JOIN quote ON quote.id = paraphrase.quote_id")
            #expect(paraphrases == ["Het hoogseizoen vraagt veel van je gezin"])
            #expect(try UnresearchedPartRecord.fetchAll(db) == [UnresearchedPartRecord(versionID: versionID, part: "heart")])
        }
        // The version's own column keeps the texts alone, as before v3, so the index holds them as written.
        #expect(try catalog.storedVersion(slug: "teeltspecialist").sources
                == #"["Biemans, Verstegen, Slijper & Sjoer (2021), Beroepen in transitie in de Greenport West-Holland","Biemans et al. (2020), Passie voor het vak"]"#)
        #expect(try catalog.search(SearchQuery(text: "passie vak")).map(\.text) == ["Biemans et al. (2020), Passie voor het vak"])
    }

    @Test func replacingAVersionReplacesItsProvenanceAndTheFileStaysSound() throws {
        let text = String(decoding: try CatalogFixtures.cited, as: UTF8.self)
            .replacingOccurrences(of: "    - Teeltstrategie bepalen en bijsturen\n", with: "    - Teeltstrategie bepalen en bijsturen [bron: passie2020 p. 9]\n")
            .replacingOccurrences(of: "hart: niet onderzocht\n", with: "hart:\n  - Trots op een gezond product [schets]\n")
        #expect(try catalog.importProfiles([CatalogFixtures.candidate("teelt.beroep", text)], replace: true).map(\.outcome) == [.replaced])
        #expect(try catalog.count("source") == 2 && catalog.count("citation") == 12 && catalog.count("sketch") == 3)
        #expect(try catalog.count("paraphrase") == 1 && catalog.count("unresearched_part") == 0)
        #expect(try CatalogFixtures.sqlite3(path, "PRAGMA integrity_check; PRAGMA foreign_key_check;") == "ok\n")
    }

    @Test func statsGiveTheSourcedSharePerOccupationWithSketchesApart() throws {
        // An occupation of the previous form, with no source cited: least sourced, so listed first.
        _ = try catalog.importProfiles([ImportCandidate(path: "english.beroep", bytes: try Data(contentsOf: CatalogFixtures.packageRoot
            .appendingPathComponent("Tests/Fixtures/english.beroep")))], replace: false)
        let stats = try catalog.stats()
        let teelt = try #require(stats.sourcing.first { $0.slug == "teeltspecialist" })
        #expect(teelt == CatalogStats.Sourcing(slug: "teeltspecialist", version: "2021", statements: 13, sourced: 9, sketches: 2, unsourced: 2,
                                               share: 9.0 / 13.0))
        #expect(stats.sourcing.count == 2 && stats.sourcing.last?.slug == "teeltspecialist")
        #expect(stats.sourcing.first?.sourced == 0 && stats.sourcing.first?.share == 0)
        let line = stats.text.split(separator: "\n").first { $0.hasPrefix("  teeltspecialist ") }
        #expect(line?.split(separator: " ") == ["teeltspecialist", "2021", "13", "9", "2", "2", "69%"], "\(stats.text)")
        let json = try JSONSerialization.jsonObject(with: Data(stats.json.utf8)) as? [String: Any]
        let rows = try #require(json?["sourcing"] as? [[String: Any]])
        #expect(rows.last?["sourced"] as? Int == 9 && rows.last?["sketches"] as? Int == 2 && rows.last?["statements"] as? Int == 13)
    }

    @Test func sourcedOnlySearchKeepsCitedStatementsAndDropsSketchesUnsourcedAndMetadata() throws {
        func texts(_ words: String, sourcedOnly: Bool) throws -> [String] {
            try catalog.search(SearchQuery(text: words, sourcedOnly: sourcedOnly)).map(\.text)
        }
        #expect(try texts("afwijkingen", sourcedOnly: true) == ["Afwijkingen in het gewas vroeg zien"])
        #expect(try texts("scherm", sourcedOnly: true) == ["Je leest de plant tegenwoordig ook van een scherm."])
        #expect(try texts("hoogseizoen", sourcedOnly: true).count == 2, "a cited item and a cited paraphrase")
        for words in ["klimaatcomputer", "teeltadvies", "teeltstrategie", "netwerk", "glastuinbouw"] {
            #expect(try !texts(words, sourcedOnly: false).isEmpty, "\(words)")
            #expect(try texts(words, sourcedOnly: true).isEmpty, "\(words): a sketch, unsourced or metadata")
        }
    }

    @Test func theCommandsShowSharesAndFilter() throws {
        let stats = try CatalogFixtures.run(["catalog", "stats"], catalogue: path)
        #expect(stats.status == 0)
        #expect(String(decoding: stats.output, as: UTF8.self).contains("Sourced share per occupation"))
        let all = try CatalogFixtures.run(["catalog", "search", "teeltstrategie"], catalogue: path)
        let sourced = try CatalogFixtures.run(["catalog", "search", "--sourced-only", "teeltstrategie"], catalogue: path)
        #expect(all.status == 0 && sourced.status == 1 && sourced.output.isEmpty)
        let json = try CatalogFixtures.run(["catalog", "search", "--sourced-only", "--format", "json", "afwijkingen"], catalogue: path)
        let object = try JSONSerialization.jsonObject(with: json.output) as? [String: Any]
        #expect((object?["query"] as? [String: Any])?["sourcedOnly"] as? Bool == true)
        #expect((object?["hits"] as? [[String: Any]])?.count == 1)
    }
}
