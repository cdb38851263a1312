import Testing
import ProfileSyntax

@Suite struct MissingPassionTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V005", in: validProfile(replacing: "passie: Mensen helpen hun eigen leven te leiden [bron: kracht2021]\n", with: ""))
        #expect(found.map(\.line) == [1])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V005", in: validProfile).isEmpty)
    }
}
