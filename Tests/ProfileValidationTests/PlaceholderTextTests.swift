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

@Suite struct PlaceholderInQuoteTests {
    @Test func anEllipsisInAQuoteMarksWordsLeftOutButTODOIsStillAPlaceholder() {
        let elided = validProfile(replacing: "> \"Je bent te gast in iemands huis.\"", with: "> \"Je bent te gast … in iemands huis.\"")
        #expect(findings("V016", in: elided).isEmpty)
        let todo = validProfile(replacing: "> \"Je bent te gast in iemands huis.\"", with: "> \"TODO citaat\"")
        #expect(findings("V016", in: todo).map(\.line) == [16])
    }
}
