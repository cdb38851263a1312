import Testing
import ProfileSyntax

@Suite struct MissingLanguageTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V019", in: validProfile(replacing: "taal: nl\n", with: ""))
        #expect(found.map(\.line) == [1])
        #expect(found.allSatisfy { $0.severity == .info })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V019", in: validProfile).isEmpty)
    }
}
