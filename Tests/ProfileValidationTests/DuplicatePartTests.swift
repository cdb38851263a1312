import Testing
import ProfileSyntax

@Suite struct DuplicatePartTests {
    @Test func flagsTheProblemAtItsLine() {
        let found = findings("V002", in: validProfile(replacing: "passie: Mensen", with: "hart:\n  - Nog een drijfveer van belang\npassie: Mensen"))
        #expect(found.map(\.line) == [28])
        #expect(found.allSatisfy { $0.severity == .error })
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V002", in: validProfile).isEmpty)
    }
}
