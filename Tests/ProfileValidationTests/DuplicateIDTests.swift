import Testing
import ProfileSyntax

@Suite struct DuplicateIDTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V017", in: validProfile(replacing: "  - Kennis van psychiatrische ziektebeelden [bron: kracht2021]\n  - Wet- en regelgeving rond zelfstandig wonen [bron: kracht2021]\n", with: "  - Kennis van psychiatrische ziektebeelden #kennis\n  - Wet- en regelgeving rond zelfstandig wonen #kennis\n"))
        #expect(found.map(\.line) == [10])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V017", in: validProfile).isEmpty)
    }
}
