import Testing
import ProfileSyntax

@Suite struct QuoteWithoutAttributionTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V018", in: validProfile(replacing: "> \"Je bent te gast in iemands huis.\" — wooncoach", with: "> \"Je bent te gast in iemands huis.\""))
        #expect(found.map(\.line) == [16])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V018", in: validProfile).isEmpty)
    }
}
