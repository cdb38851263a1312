import Testing
import ProfileSyntax

@Suite struct UncitedSourceTests {
    @Test func flagsAKeyedSourceNobodyCitesAndAnUnkeyedOne() {
        let text = validProfile(replacing: "onderzoek:", with: "bron [potting2021]: Potting (2021)\nbron: Zonder sleutel (2020)\nonderzoek:")
        let found = findings("V026", in: text)
        #expect(found.map(\.line) == [6, 7])
        #expect(found.allSatisfy { $0.severity == .info })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V026", in: validProfile).isEmpty)
    }
}
