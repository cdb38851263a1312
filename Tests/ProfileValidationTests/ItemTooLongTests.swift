import Testing
import ProfileSyntax

@Suite struct ItemTooLongTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V010", in: validProfile(replacing: "  - Kennis van psychiatrische ziektebeelden [bron: kracht2021]\n", with: "  - Kennis van psychiatrische ziektebeelden, verslavingen, licht verstandelijke beperkingen en alles wat daarbij komt kijken\n"))
        #expect(found.map(\.line) == [9])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V010", in: validProfile).isEmpty)
    }
}
