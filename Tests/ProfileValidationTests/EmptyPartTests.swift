import Testing
import ProfileSyntax

@Suite struct EmptyPartTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V003", in: validProfile(replacing: "mond:\n  - Afstemmen met familie en huisarts\n", with: "mond:\n"))
        #expect(found.map(\.line) == [19])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V003", in: validProfile).isEmpty)
    }
}
