import Testing
import ProfileSyntax

@Suite struct MissingEvidenceTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V012", in: validProfile(replacing: "onderzoek: 4 beoefenaars, 2 uit de context\n", with: ""))
        #expect(found.map(\.line) == [1])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V012", in: validProfile).isEmpty)
    }
}
