import Testing
import ProfileSyntax
import ProfileValidation

@Suite struct ValidProfileTests {
    @Test func theBaseProfileIsClean() {
        #expect(validate(validProfile).isEmpty)
    }

    @Test func everyRuleHasItsOwnCodeAndADocumentedExample() {
        let codes = Validator.codes.map(\.id)
        #expect(Set(codes).count == codes.count)
        #expect(Validator.codes.allSatisfy { !$0.bad.isEmpty && !$0.good.isEmpty && !$0.summary.isEmpty })
    }
}
