import Testing
import ProfileSyntax

@Suite struct MultiplePassionsTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V006", in: validProfile(replacing: "passie: Mensen helpen hun eigen leven te leiden [bron: kracht2021]\n", with: "passie:\n  - Mensen helpen hun eigen leven te leiden\n  - Zorg dragen voor kwetsbare buren\n"))
        #expect(found.map(\.line) == [30])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V006", in: validProfile).isEmpty)
    }
}
