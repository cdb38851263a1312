import Testing
import ProfileSyntax

@Suite struct UnknownSourceKeyTests {
    @Test func flagsTheProblemAtItsLineWithADidYouMean() {
        let text = validProfile(replacing: "  - Afstemmen met familie en huisarts [bron: kracht2021]\n", with: "  - Afstemmen met familie en huisarts [bron: kracth2021 p. 4]\n")
        #expect(findings("V025", in: text).map(\.line) == [20])
        #expect(findings("V025", in: text).allSatisfy { $0.severity == .error })
        #expect(validate(text).first { $0.code == "V025" }?.help == "did you mean `kracht2021`?")
    }

    @Test func passesTheValidProfile() {
        #expect(findings("V025", in: validProfile).isEmpty)
    }
}
