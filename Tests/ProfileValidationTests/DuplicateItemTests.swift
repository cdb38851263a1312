import Testing
import ProfileSyntax

@Suite struct DuplicateItemTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V008", in: validProfile(replacing: "  - Wet- en regelgeving rond zelfstandig wonen [bron: kracht2021]\n", with: "  - Wet- en regelgeving rond zelfstandig wonen\n  - wet en regelgeving rond zelfstandig wonen.\n"))
        #expect(found.map(\.line) == [11])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V008", in: validProfile).isEmpty)
    }
}
