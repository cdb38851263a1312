import Testing
import ProfileSyntax

@Suite struct EvidenceWithoutSourceTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V027", in: validProfile(replacing: "bron [kracht2021]: Biemans, Sjoer et al. (2021), De kracht van verbinding!\n", with: ""))
        #expect(found.map(\.line) == [5])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func unknownEvidenceNeedsNoSource() {
        let text = validProfile(replacing: "bron [kracht2021]: Biemans, Sjoer et al. (2021), De kracht van verbinding!\n", with: "")
            .replacingOccurrences(of: "onderzoek: 4 beoefenaars, 2 uit de context", with: "onderzoek: onbekend")
        #expect(findings("V027", in: text).isEmpty)
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V027", in: validProfile).isEmpty)
    }
}
