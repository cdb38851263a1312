import Foundation
import Testing
import HybridMatch
import ProfileDiff
import ProfileModel
import ProfileSyntax
import TestSupport

/// `compose`'s draft from two real profiles: shared items once, unique ones under their side, every
/// statement cited or marked as a sketch.
@Suite struct DraftComposerTests {
    static func load(_ path: String) throws -> Profile {
        try #require(ProfileLoader.load(path: TestSupport.packageRoot.appendingPathComponent(path).path).profile)
    }

    /// Real pairs: one that shares nothing (two different worlds), and two that share statements.
    @Test(arguments: [("mbo-docent/2021", "accountant/2021", 0), ("mbo-docent/2021", "teeltspecialist/2020", 1), ("docent-hbo/2021", "mbo-docent/2021", 8)])
    func sharedOnceUniqueUnderTheirSide(schoolPath: String, companyPath: String, sharedCount: Int) throws {
        let school = try Self.load("Profiles/\(schoolPath).beroep"), company = try Self.load("Profiles/\(companyPath).beroep")
        let draft = DraftComposer.compose(school: school, company: company, shares: (40, 60))
        let overlap = ProfileOverlap(school: school, company: company)
        #expect(overlap.shared.count == sharedCount)
        #expect(draft.components.map(\.slug) == [schoolPath, companyPath].map { String($0.split(separator: "/")[0]) })
        #expect(draft.components.map(\.side) == [.school, .company])
        #expect(draft.components.map(\.share) == [Share(40, .percent), Share(60, .percent)])
        #expect(draft.components.map(\.version) == [schoolPath, companyPath].map { String($0.split(separator: "/")[1]) })
        let all = draft.parts.flatMap(\.allItems).map(\.text)
        for pair in overlap.shared {
            #expect(all.filter { $0 == pair.school.item.text }.count == 1, "\(pair.school.item.text) written once")
            #expect(draft.part(pair.school.place.part)!.items.contains { $0.text == pair.school.item.text }, "shared items stand ungrouped")
        }
        for index in overlap.schoolOnly {
            let entry = overlap.schoolItems[index]
            #expect(draft.part(entry.place.part)!.groups.first { $0.name == "school" }!.items.contains { $0.text == entry.item.text })
        }
        for index in overlap.companyOnly {
            let entry = overlap.companyItems[index]
            #expect(draft.part(entry.place.part)!.groups.first { $0.name == "bedrijf" }!.items.contains { $0.text == entry.item.text })
        }
        let keys = Set(draft.sourceKeys)
        for statement in draft.statements {
            #expect(!statement.isUnsourced, "\(statement.text) is cited or a sketch")
            for citation in statement.citations { #expect(keys.contains(citation.key), "\(citation.key) is a source of the draft") }
        }
        #expect(draft.parts.flatMap(\.allItems).allSatisfy { $0.id == nil })
    }

    @Test func clashingSourceKeysAreRenamedAndCitationsFollow() throws {
        func profile(_ slug: String, sector: String, source: String, item: String) -> Profile {
            Profile(title: slug, slug: slug, sector: sector, sources: [Source(key: "bron2021", text: source)],
                    parts: [Part(kind: .head, items: [Item(text: item, citations: [Citation(key: "bron2021", locator: "p. 3")])]),
                            Part(kind: .hands, items: [Item(text: "Zonder bron")])])
        }
        let draft = DraftComposer.compose(school: profile("a", sector: "Onderwijs", source: "Boek A", item: "Didactiek van de economie"),
                                          company: profile("b", sector: "Ict", source: "Boek B", item: "Netwerken en servers beheren"),
                                          shares: (50, 50))
        #expect(draft.sources.map(\.key) == ["bron2021", "bron2021-b"])
        let head = try #require(draft.part(.head))
        #expect(head.groups.map(\.name) == ["school", "bedrijf"])
        #expect(head.groups[1].items[0].citations == [Citation(key: "bron2021-b", locator: "p. 3")])
        let hands = try #require(draft.part(.hands))
        #expect(hands.items.map(\.text) == ["Zonder bron"] && hands.items[0].sketch, "an uncited statement is a sketch")
    }

    @Test func theDraftReadsBackAndIsDeterministic() throws {
        let school = try Self.load("Profiles/mbo-docent/2021.beroep"), company = try Self.load("Profiles/accountant/2021.beroep")
        let draft = DraftComposer.compose(school: school, company: company, shares: (50, 50))
        let text = try FormatCheck.format(draft, path: "draft.beroep").get()
        #expect(text == ProfileFormatter.format(DraftComposer.compose(school: school, company: company, shares: (50, 50))))
        #expect(text.contains("combineert: school mbo-docent@2021 50%, bedrijf accountant@2021 50%"))
        #expect(text.contains("# richting: bedrijf → school"))
        #expect(text.contains("# verbinding:"))
    }
}
