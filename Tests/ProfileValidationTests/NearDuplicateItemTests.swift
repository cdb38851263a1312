import Testing
import ProfileSyntax

@Suite struct NearDuplicateItemTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V009", in: validProfile(replacing: "  - Wet- en regelgeving rond zelfstandig wonen [bron: kracht2021]\n", with: "  - Wet- en regelgeving rond zelfstandig wonen\n  - Wet- en regelgeving rond het zelfstandig wonen\n"))
        #expect(found.map(\.line) == [11])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V009", in: validProfile).isEmpty)
    }
}
