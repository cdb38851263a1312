import ProfileDiff
import ProfileModel
import ProfileSyntax
import Testing

@Suite struct MatchingTests {
    static let base = DiffFixtures.profile("""
    hoofd:
      - Kennis van wet- en regelgeving in de zorg [kern]
      - Sociale kaart van de wijk kennen
    handen:
      vaardigheden:
        - Signalen van terugval vroeg herkennen
      taken:
        - Dagbesteding plannen met de bewoner
        - Medicatie klaarzetten en aftekenen [krimpt]
    hart:
      - Betrokken bij kwetsbare mensen
    passie: Mensen helpen zo zelfstandig mogelijk te wonen
    """)

    @Test func identicalProfilesHaveNoChange() {
        let diff = ProfileDiffer.diff(Self.base, Self.base)
        #expect(diff.isEqual)
        #expect(diff.shift == 0)
        #expect(diff.parts.map(\.part) == [.head, .hands, .heart, .passion])
        #expect(diff.parts.allSatisfy { $0.shift == 0 && $0.unchanged == $0.oldItems })
    }

    @Test func reorderingAloneIsNoChange() {
        let reordered = DiffFixtures.profile("""
        passie: Mensen helpen zo zelfstandig mogelijk te wonen
        hart:
          - Betrokken bij kwetsbare mensen
        handen:
          taken:
            - Medicatie klaarzetten en aftekenen [krimpt]
            - Dagbesteding plannen met de bewoner
          vaardigheden:
            - Signalen van terugval vroeg herkennen
        hoofd:
          - Sociale kaart van de wijk kennen
          - Kennis van wet- en regelgeving in de zorg [kern]
        """)
        let diff = ProfileDiffer.diff(Self.base, reordered)
        #expect(diff.isEqual, "\(diff.items)")
        #expect(diff.shift == 0)
    }

    @Test func rewordedItemIsOneRewordWithItsSimilarity() throws {
        var new = Self.base
        new.parts[1].groups[1].items[0].text = "Dagbesteding samen met de bewoner plannen"
        let diff = ProfileDiffer.diff(Self.base, new)
        let change = try #require(diff.items.first)
        #expect(diff.items.count == 1)
        #expect(change.kinds == [.reworded])
        #expect(change.matchedBy == .similarity)
        #expect(change.old?.text == "Dagbesteding plannen met de bewoner")
        #expect(change.new?.text == "Dagbesteding samen met de bewoner plannen")
        let similarity = try #require(change.similarity)
        #expect(similarity > 0.8 && similarity < 1)
        // Hands: 3 + 3 items, one pair at distance 1 − similarity counted on both sides.
        #expect(abs(diff.shift(of: .hands) - 2 * (1 - similarity) / 6) < 1e-12)
        #expect(diff.shift(of: .head) == 0)
    }

    @Test func itemMovedToAnotherPartIsOneMove() throws {
        let moved = DiffFixtures.profile("""
        hoofd:
          - Kennis van wet- en regelgeving in de zorg [kern]
        handen:
          vaardigheden:
            - Signalen van terugval vroeg herkennen
            - De sociale kaart van de wijk kennen en gebruiken
          taken:
            - Dagbesteding plannen met de bewoner
            - Medicatie klaarzetten en aftekenen [krimpt]
        hart:
          - Betrokken bij kwetsbare mensen
        passie: Mensen helpen zo zelfstandig mogelijk te wonen
        """)
        let diff = ProfileDiffer.diff(Self.base, moved)
        let change = try #require(diff.items.first)
        #expect(diff.items.count == 1, "\(diff.items)")
        #expect(change.kinds == [.reworded, .moved])
        #expect(change.old?.place == ItemPlace(part: .head))
        #expect(change.new?.place == ItemPlace(part: .hands, group: "vaardigheden"))
        // Filed where the item is now; both parts shift, the moved item costing 1 on its side.
        #expect(diff.items(in: .hands).count == 1)
        #expect(diff.shift(of: .head) == 1.0 / 3)
        #expect(diff.shift(of: .hands) == 1.0 / 7)
    }

    @Test func markerChangesAreTrendAndCoreChanges() throws {
        var new = Self.base
        new.parts[1].groups[1].items[1].trend = .disappearing
        new.parts[0].items[0].core = false
        let diff = ProfileDiffer.diff(Self.base, new)
        #expect(diff.items.map(\.kinds) == [[.core], [.trend]])
        #expect(diff.items.allSatisfy { $0.matchedBy == .text })
        #expect(diff.shift(of: .head) == 2 * 0.25 / 4)
    }

    @Test func idsOverrideSimilarity() throws {
        let old = DiffFixtures.profile("mond:\n  - Klantcontact per telefoon #contact\n")
        let new = DiffFixtures.profile("mond:\n  - Klantcontact per telefoon #bellen\n  - Gesprekken voeren via beeldbellen #contact\n")
        let diff = ProfileDiffer.diff(old, new)
        #expect(diff.items.count == 2)
        let reworded = try #require(diff.items.first { $0.kinds == [.reworded] })
        #expect(reworded.matchedBy == .id)
        #expect(reworded.new?.text == "Gesprekken voeren via beeldbellen")
        #expect((reworded.similarity ?? 1) < 0.5, "paired by id although the texts are far apart")
        #expect(diff.items.contains { $0.kinds == [.added] && $0.new?.id == "bellen" })
    }

    @Test func differentIdsNeverPair() {
        let old = DiffFixtures.profile("mond:\n  - Klantcontact per telefoon #a\n")
        let new = DiffFixtures.profile("mond:\n  - Klantcontact per telefoon #b\n")
        #expect(Set(ProfileDiffer.diff(old, new).items.map(\.kinds)) == [[.added], [.removed]])
    }

    @Test func optimalAssignmentBeatsGreedy() throws {
        let (a1, a2) = ("Roosters maken voor het team", "Het hele team")
        let (b1, b2) = ("Roosters maken voor het hele team", "Roosters maken voor het vaste team")
        // The premise: greedy takes the most similar pair a1–b1 first, and a2–b2 is then too far apart.
        let s = { (x: String, y: String) in TextSimilarity.between(x, y) }
        try #require(s(a1, b1) > s(a1, b2) && s(a1, b1) > s(a2, b1) && s(a2, b2) < 0.5)
        try #require(s(a1, b2) + s(a2, b1) - 1 > s(a1, b1) - 0.5)
        let old = DiffFixtures.profile("hoofd:\n  - \(a1)\n  - \(a2)\n")
        let new = DiffFixtures.profile("hoofd:\n  - \(b1)\n  - \(b2)\n")
        let diff = ProfileDiffer.diff(old, new)
        let pairs = Set(diff.items.map { "\($0.old?.text ?? "-") → \($0.new?.text ?? "-")" })
        #expect(pairs == ["\(a1) → \(b2)", "\(a2) → \(b1)"])
    }

    @Test func quotesAndMetadataChanges() {
        var new = Self.base
        new.sources = [Source(text: "Biemans e.a. (2021)")]
        new.sector = "Zorg en welzijn"
        new.parts[0].quotes = [Quote(text: "Je bent te gast bij de bewoner.", attribution: "wooncoach")]
        let diff = ProfileDiffer.diff(Self.base, new)
        #expect(diff.metadata.map(\.field) == [.sector, .source])
        #expect(diff.metadata.map(\.new) == ["Zorg en welzijn", "Biemans e.a. (2021)"])
        #expect(diff.metadata.allSatisfy { $0.old == nil })
        #expect(diff.quotes.map(\.kind) == [.added])
        #expect(diff.items.isEmpty && !diff.isEqual && diff.shift == 0)
    }
}

/// A statement that only cites another source says the same: reported as such, and no shift.
@Suite struct SourceChangeTests {
    @Test func aNewSourceForTheSameStatementIsReportedAndIsNoShift() {
        let old = DiffFixtures.profile(title: "Wooncoach", "hoofd:\n  - Kennis van coachen [bron: kracht2021 p. 3] #coachen\n  - Wetgeving [bron: kracht2021]\n")
        let new = DiffFixtures.profile(title: "Wooncoach", "hoofd:\n  - Kennis van coachen [bron: potting2021] #coachen\n  - Wetgeving [bron: kracht2021]\n")
        let diff = ProfileDiffer.diff(old, new)
        #expect(diff.items.map(\.kinds) == [[.source]])
        #expect(diff.shift(of: .head) == 0)
        #expect(diff.parts.first?.unchanged == 2)
        let text = DiffTextReport(colored: false).render(diff)
        #expect(text.contains("source kracht2021 p. 3 → potting2021, same statement"))
        #expect(ProfileDiffer.diff(new, old) == diff.mirrored())
    }
}
