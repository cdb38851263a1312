import Testing
import ProfileSyntax

@Suite struct PlaceholderTextTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V016", in: validProfile(replacing: "  - Kennis van psychiatrische ziektebeelden [bron: kracht2021]\n", with: "  - TODO kennis\n"))
        #expect(found.map(\.line) == [9])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V016", in: validProfile).isEmpty)
    }
}
