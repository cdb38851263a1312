import Testing
@testable import PosterLayout

/// Line breaking with real Pango metrics.
@Suite struct LineBreakingTests {
    let measurer = PangoTextMeasurer()
    let font = FontSpec(size: 10, bold: false, italic: false)

    @Test func breaksAfterTheHyphenInsideAWordBeforeBreakingInsideIt() {
        let whole = measurer.wrap("Mbo-opleiding", font: font, width: 1_000, language: .nl)
        #expect(whole.map(\.text) == ["Mbo-opleiding"])
        let narrow = measurer.wrap("Een mbo-opleiding", font: font, width: whole[0].width * 0.8, language: .nl)
        #expect(narrow.map(\.text) == ["Een mbo-", "opleiding"])
    }

    @Test func aHyphenStandingAloneOrAtAWordsEdgeIsNoBreak() {
        #expect(PangoTextMeasurer.hyphenPieces("Wet-") == ["Wet-"])
        #expect(PangoTextMeasurer.hyphenPieces("-5") == ["-5"])
        #expect(PangoTextMeasurer.hyphenPieces("business-to-business") == ["business-", "to-", "business"])
    }

    @Test func everyWordIsKeptInOrder() {
        let text = "Zorg organiseren en afstemmen in plaats van alles zelf te doen, ook in e-health"
        let lines = measurer.wrap(text, font: font, width: 80, language: .nl)
        #expect(lines.map(\.text).joined(separator: " ").replacingOccurrences(of: "- ", with: "-") == text)
        #expect(lines.allSatisfy { $0.width <= 80 })
    }
}
