import Testing
import ProfileSyntax

@Suite struct LowEvidenceTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V013", in: validProfile(replacing: "onderzoek: 4 beoefenaars, 2 uit de context", with: "onderzoek: 1 beoefenaar, 2 uit de context"))
        #expect(found.map(\.line) == [6])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V013", in: validProfile).isEmpty)
    }
}
