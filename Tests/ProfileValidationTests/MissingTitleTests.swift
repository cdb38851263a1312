import Testing
import ProfileSyntax

@Suite struct MissingTitleTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V007", in: validProfile(replacing: "beroepsbeeld: Wooncoach\n", with: ""))
        #expect(found.map(\.line) == [nil])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V007", in: validProfile).isEmpty)
    }
}
