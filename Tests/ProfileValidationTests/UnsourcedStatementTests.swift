import Testing
import ProfileSyntax

@Suite struct UnsourcedStatementTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V024", in: validProfile(replacing: "  - Afstemmen met familie en huisarts [bron: kracht2021]\n", with: "  - Afstemmen met familie en huisarts\n"))
        #expect(found.map(\.line) == [20])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func aSketchIsNotUnsourcedButAQuoteWithoutACitationIs() {
        let text = validProfile(replacing: "  - Afstemmen met familie en huisarts [bron: kracht2021]\n", with: "  - Afstemmen met familie en huisarts [schets]\n")
        #expect(findings("V024", in: text).isEmpty)
        let quote = validProfile(replacing: "— wooncoach [bron: kracht2021]", with: "— wooncoach")
        #expect(findings("V024", in: quote).map(\.line) == [16])
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V024", in: validProfile).isEmpty)
    }
}
