import Testing
import ProfileSyntax

@Suite struct MissingPartTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V001", in: validProfile(replacing: "mond:\n  - Afstemmen met familie en huisarts [bron: kracht2021]\n", with: ""))
        #expect(found.map(\.line) == [1])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V001", in: validProfile).isEmpty)
    }
}
