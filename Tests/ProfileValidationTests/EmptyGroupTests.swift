import Testing
import ProfileSyntax

@Suite struct EmptyGroupTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V004", in: validProfile(replacing: "  vaardigheden:\n    - Aansluiten bij wat de cliënt zelf wil [bron: kracht2021]\n", with: "  vaardigheden:\n"))
        #expect(found.map(\.line) == [12])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V004", in: validProfile).isEmpty)
    }
}
