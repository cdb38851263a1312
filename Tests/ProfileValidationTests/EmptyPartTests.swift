import Testing
import ProfileSyntax

@Suite struct EmptyPartTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V003", in: validProfile(replacing: "mond:\n  - Afstemmen met familie en huisarts [bron: kracht2021]\n", with: "mond:\n"))
        #expect(found.map(\.line) == [19])
        #expect(found.allSatisfy { $0.severity == .warning })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V003", in: validProfile).isEmpty)
    }
}

@Suite struct NotResearchedPartTests {
    @Test func aPartDeclaredNotResearchedIsNeitherMissingNorEmpty() {
        let text = validProfile(replacing: "hart:\n  - Mensen zien groeien in hun zelfstandigheid [bron: kracht2021]\n", with: "hart: niet onderzocht\n")
        #expect(validate(text).isEmpty)
        let passion = validProfile(replacing: "passie: Mensen helpen hun eigen leven te leiden [bron: kracht2021]\n", with: "passie: niet onderzocht\n")
        #expect(validate(passion).isEmpty)
    }

    @Test func aPartDeclaredNotResearchedThatHoldsItemsIsAnError() {
        let text = validProfile(replacing: "hart:\n", with: "hart: niet onderzocht\n")
        #expect(validate(text).map(\.code) == ["S010"])
    }
}
