import Foundation
@testable import ProfileModel
import Testing

/// The written-out Latin folding table against Unicode's compatibility decomposition, entry by entry.
@Suite struct LatinFoldingTests {
    /// What `TextNormalization.Latin` must hold for `scalar`, derived through Foundation.
    private func derived(_ scalar: Unicode.Scalar) -> String? {
        if scalar.properties.generalCategory == .nonspacingMark { return "" }
        let base = String(scalar).decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        let text = String(String.UnicodeScalarView(base))
        guard !text.isEmpty, text.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil) })
        else { return nil }
        return text
    }

    @Test func everyEntryMatchesTheDecomposition() {
        #expect(TextNormalization.Latin.table.count == 0x370 - 0x80)
        for value in UInt32(0x80)..<0x370 {
            let scalar = Unicode.Scalar(value)!
            #expect(TextNormalization.Latin.fold(scalar) == derived(scalar), "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    @Test func scalarsOutsideTheTableHaveNoFolding() {
        #expect(TextNormalization.Latin.fold("A") == nil)
        #expect(TextNormalization.Latin.fold("\u{0370}") == nil)
        #expect(TextNormalization.folded("Geëvalueerd, één ĳzer²!") == "geevalueerd een ijzer2")
    }
}
