import Testing
import ProfileSyntax

@Suite struct MixedLanguageTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V014", in: validProfile(replacing: "  - Afstemmen met familie en huisarts [bron: kracht2021]\n", with: "  - Afstemmen met familie en huisarts\n  - Talking to the family and the doctor\n"))
        #expect(found.map(\.line) == [21])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V014", in: validProfile).isEmpty)
    }
}
