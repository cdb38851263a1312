import Foundation
import Testing
@testable import ProfileCatalog

/// Full-text search: folding, filters, ranking.
@Suite struct CatalogSearchTests {
    let catalog: Catalog

    init() throws {
        let folder = try CatalogFixtures.temporaryFolder()
        catalog = try Catalog(path: folder.appendingPathComponent("catalogue.sqlite").path, create: true)
        let accented = try CatalogFixtures.teeltspecialist(replacing: "    - Afwijkingen in het gewas vroeg zien",
                                                          with: "    - Afwijkingen in het gewas vroeg zien\n    - Proeven worden geëvalueerd met data [nieuw]")
        _ = try catalog.importProfiles(try CatalogFixtures.researchProfiles() + [CatalogFixtures.candidate("t.beroep", accented)], replace: true)
    }

    @Test func findsWordsWithAndWithoutDiacritics() throws {
        for query in ["geevalueerd", "geëvalueerd", "GEËVALUEERD", "Geevalu"] {
            let hits = try catalog.search(SearchQuery(text: query))
            #expect(hits.contains { $0.text == "Proeven worden geëvalueerd met data" && $0.slug == "teeltspecialist" && $0.part == "hands" },
                    "\(query)")
        }
    }

    @Test func filtersByPartTrendAndSector() throws {
        let hits = try catalog.search(SearchQuery(text: "data", part: .hands, trend: .new, sector: "glastuinbouw"))
        #expect(!hits.isEmpty)
        #expect(hits.allSatisfy { $0.part == "hands" && $0.trend == "new" && $0.slug == "teeltspecialist" })
        #expect(try catalog.search(SearchQuery(text: "geevalueerd", part: .head)).allSatisfy { $0.part == "head" })
        #expect(try catalog.search(SearchQuery(text: "geevalueerd", sector: "Bouw")).isEmpty)
    }

    @Test func ranksCloserMatchesFirstAndFindsQuotesAndMetadata() throws {
        let hits = try catalog.search(SearchQuery(text: "proeven geevalueerd data"))
        #expect(hits.first?.text == "Proeven worden geëvalueerd met data")
        #expect(hits.map(\.position) == Array(1..<hits.count + 1) && hits.first?.relevance == 100)
        #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.relevance >= $1.relevance && $1.relevance >= 1 })
        #expect(try catalog.search(SearchQuery(text: "greenport")).contains { $0.kind == "region" })
        #expect(try catalog.search(SearchQuery(text: "scherm")).contains { $0.kind == "quote" && $0.attribution == "teeltspecialist" })
        #expect(try catalog.search(SearchQuery(text: "\" * -")).isEmpty, "punctuation alone is no query, and no FTS5 syntax error")
    }
}
