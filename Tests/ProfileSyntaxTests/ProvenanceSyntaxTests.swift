import Testing
@testable import ProfileSyntax

/// Source keys, citations with locators, sketch and paraphrase markers, parts not researched.
@Suite struct ProvenanceSyntaxTests {
    @Test func sourceKeysAreLowercaseASCIIRunsJoinedBySingleHyphens() {
        for key in ["kracht2021", "a", "2021", "job-twinning", "a-b-c", "x1-2y"] { #expect(SourceKey.isValid(key), "\(key)") }
        for key in ["", "-", "-a", "a-", "a--b", "Kracht", "krächt", "a\u{301}", "a b", "a_b", "a;b", "ａ"] {
            #expect(!SourceKey.isValid(key), "\(key)")
        }
    }

    @Test func markerWordsAreCaseInsensitiveAndKnowTheirKind() {
        #expect(Keywords.marker("Groeit") == .trend(.growing))
        #expect(Keywords.marker(Substring("SCHETS")) == .sketch)
        #expect(Keywords.marker("paraphrase") == .paraphrase)
        #expect(Keywords.marker("beoogd") == .potential)
        #expect(Keywords.marker("core") == .core)
        #expect(Keywords.marker("groei") == nil)
    }

    @Test func readsKeyedSourcesCitationsSketchesParaphrasesAndPartsNotResearched() {
        let (tree, diagnostics) = parse("""
        bron [kracht2021]: Biemans & Sjoer (2021), De kracht van verbinding!
        bron: Zonder sleutel
        hoofd:
          - Sensordata lezen [nieuw] [bron: kracht2021 Figuur 1; potting2021] #sensordata
          - Eigen inschatting [schets]
          > Drones zijn commercieel in gebruik — productmanager [parafrase] [bron: kracht2021 §Greenport]
        hart: niet onderzocht
        passie: Not Researched
        """)
        #expect(diagnostics.isEmpty)
        #expect(tree.metadata.map(\.sourceKey) == ["kracht2021", nil])
        #expect(tree.metadata[0].value == "Biemans & Sjoer (2021), De kracht van verbinding!")
        let items = tree.parts[0].entries.items
        #expect(items[0].text == "Sensordata lezen" && items[0].trend == .new && items[0].id == "sensordata")
        #expect(items[0].citations.map(\.key) == ["kracht2021", "potting2021"])
        #expect(items[0].citations.map(\.locator) == ["Figuur 1", nil])
        #expect(items[0].citations[1].span == SourceSpan(line: 4, column: 58, length: 11))
        #expect(items[1].sketch && items[1].citations.isEmpty)
        let quote = tree.parts[0].entries.quotes[0]
        #expect(quote.text == "Drones zijn commercieel in gebruik" && quote.attribution == "productmanager")
        #expect(quote.paraphrase && quote.citations.map(\.locator) == ["§Greenport"])
        #expect(tree.parts[1].notResearched && tree.parts[2].notResearched)
        #expect(tree.parts[2].entries.items.isEmpty)
    }

    @Test func badKeysAndCitationsAreLocated() {
        let (_, diagnostics) = parse("""
        bron [Kracht 2021]: a
        versie [x]: 2020
        bron [k]: b
        bron [k]: c
        hoofd:
          - Iets [bron: ]
          - Anders [bron: K_1]
          - Gezegd [parafrase]
        """)
        #expect(diagnostics.map(\.code) == ["S024", "S024", "S024", "S025", "S025", "S025"])
        #expect(diagnostics.map { $0.span!.line } == [1, 2, 4, 6, 7, 8])
        #expect(diagnostics[4].span == SourceSpan(line: 7, column: 19, length: 3))
    }

    @Test func aBracketThatIsNoProvenanceMarkerStaysInAQuotesAttribution() {
        let (tree, diagnostics) = parse("hoofd:\n  > \"Tekst\" — docent [2019]\n")
        #expect(diagnostics.isEmpty)
        #expect(tree.parts[0].entries.quotes[0].attribution == "docent [2019]")
    }
}
