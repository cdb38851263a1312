import Testing
import ProfileModel
import ProfileSyntax

/// The codes the builder reports for metadata values (S011–S015, S018).
@Suite struct MetadataDiagnosticsTests {
    @Test(arguments: [
        ("versie:", "S011", 2), ("onderzoek: een paar gesprekken", "S012", 2), ("versie: vorig jaar", "S013", 2),
        ("versie: 2020\nversie: 2021", "S014", 3), ("taal: Nederlands", "S015", 2), ("slug: Teelt Specialist", "S018", 2),
    ])
    func reportsBadMetadataValues(line: String, code: String, lineNumber: Int) {
        let loaded = Fixtures.load("beroepsbeeld: X\n\(line)\n")
        #expect(loaded.diagnostics.map(\.code) == [code])
        #expect(loaded.diagnostics.first?.span?.line == lineNumber)
    }

    @Test func aBadValueLeavesTheFieldEmptyAndTheRestIntact() throws {
        let profile = try #require(Fixtures.load("beroepsbeeld: X\nversie: vorig jaar\nsector: Zorg\n").profile)
        #expect(profile.version == nil)
        #expect(profile.sector == "Zorg")
    }

    @Test func theLanguageHintGuessesFromTheValue() {
        #expect(Fixtures.load("taal: English\n").diagnostics.first?.help?.contains("`taal: en`") == true)
        #expect(Fixtures.load("taal: Nederlands\n").diagnostics.first?.help?.contains("`taal: nl`") == true)
    }
}
