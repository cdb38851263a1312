import Testing
import ProfileSyntax

@Suite struct MissingSourceTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V011", in: validProfile(replacing: "bron [kracht2021]: Biemans, Sjoer et al. (2021), De kracht van verbinding!\n", with: ""))
        #expect(found.map(\.line) == [1])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V011", in: validProfile).isEmpty)
    }
}
