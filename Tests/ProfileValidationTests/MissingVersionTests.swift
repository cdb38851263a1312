import Testing
import ProfileSyntax

@Suite struct MissingVersionTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V015", in: validProfile(replacing: "versie: 2021\n", with: ""))
        #expect(found.map(\.line) == [1])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V015", in: validProfile).isEmpty)
    }
}
