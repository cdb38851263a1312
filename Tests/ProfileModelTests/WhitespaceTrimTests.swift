import Foundation
@testable import ProfileModel
import Testing

/// The metadata's own trim takes off exactly what Foundation's `trimmingCharacters(in: .whitespaces)` does.
@Suite struct WhitespaceTrimTests {
    @Test(arguments: ["", " ", "\t\t", "  4 beoefenaars  ", "\u{00A0}4\u{3000}", "\u{2003}a b\u{2009}", "a", " \u{0301}x ",
                      "x \u{0301}", "\n x \n", "\u{200B}x\u{200B}", " één ", "\t≥ 2\t"])
    func removesWhatFoundationRemoves(_ text: String) {
        #expect(String(MetadataValues.trimmingWhitespace(text[...])) == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func agreesOnEveryScalarOfTheBasicPlane() {
        for value in UInt32(0)..<0x10000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "x" + String(scalar)
            #expect(String(MetadataValues.trimmingWhitespace(text[...])) == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
        }
    }

    @Test func evidenceReadsTheSameWithOddSpaces() {
        #expect(MetadataValues.evidence("\u{00A0}4 beoefenaars, minstens 2 uit de context\u{2009}")
            == Evidence(groups: [EvidenceGroup(count: 4, label: "beoefenaars"), EvidenceGroup(count: 2, qualifier: "minstens", label: "uit de context")]))
    }
}
