import Foundation
import Testing
@testable import PosterLayout

/// Words too wide for a line break where libhyphen's Dutch and English patterns break them, with a
/// visible hyphen; between arbitrary letters only where no pattern point fits.
@Suite struct HyphenationTests {
    let measurer = PangoTextMeasurer()
    let font = FontSpec(size: 10)

    /// The width of `text` on one line.
    private func width(_ text: String) -> Double { measurer.wrap(text, font: font, width: 10_000, language: nil)[0].width }

    @Test func theDictionariesAreInstalled() {
        #expect(Hyphenator.dutch.isAvailable)
        #expect(Hyphenator.english.isAvailable)
    }

    @Test func patternPointsAreLibhyphensForTheLanguage() {
        // ziek-te-ver-zuim-be-ge-lei-dings-pro-to-col-len
        #expect(Hyphenator.dutch.points("ziekteverzuimbegeleidingsprotocollen") == [4, 6, 9, 13, 15, 17, 20, 25, 28, 30, 33])
        // in-com-pre-hen-si-bil-i-ties
        #expect(Hyphenator.english.points("incomprehensibilities") == [2, 5, 8, 11, 13, 16, 17])
        // The same word, another language, other points.
        #expect(Hyphenator.english.points("ziekteverzuimbegeleidingsprotocollen") != Hyphenator.dutch.points("ziekteverzuimbegeleidingsprotocollen"))
    }

    @Test func capitalsAndPunctuationKeepTheWordsPoints() {
        // ar-beids-om-stan-dig-he-den-wet-ge-ving, shifted by the opening bracket.
        #expect(Hyphenator.dutch.points("(Arbeidsomstandighedenwetgeving),") == [3, 8, 10, 14, 17, 19, 22, 25, 27])
        #expect(Hyphenator.dutch.points("12345678901234567890") == [])
        // An address is not a word: a hyphen put in would change it.
        #expect(Hyphenator.dutch.points("https://www.greenportwestholland.nl/human-capital-agenda") == [])
    }

    @Test func aDutchCompoundBreaksAtASyllableWithAHyphen() {
        let word = "ziekteverzuimbegeleidingsprotocollen"
        let lines = measurer.wrap("Het \(word) volgen", font: font, width: width("ziekteverzuimbegeleidings-") + 0.5, language: .nl)
        #expect(lines.map(\.text) == ["Het", "ziekteverzuimbegeleidings-", "protocollen volgen"])
        let narrow = measurer.wrap(word, font: font, width: width("ziekteverzuim-") + 0.5, language: .nl)
        #expect(narrow.map(\.text) == ["ziekteverzuim-", "begeleidings-", "protocollen"])
        #expect(narrow.allSatisfy { $0.width <= width("ziekteverzuim-") + 0.5 })
    }

    @Test func anEnglishWordBreaksAtASyllableWithAHyphen() {
        let lines = measurer.wrap("incomprehensibilities", font: font, width: width("incomprehensi-") + 0.5, language: .en)
        #expect(lines.map(\.text) == ["incomprehensi-", "bilities"])
    }

    @Test func aBreakAfterAHyphenComesBeforeAPatternPoint() {
        let lines = measurer.wrap("mbo-opleiding", font: font, width: width("mbo-opl"), language: .nl)
        #expect(lines.first?.text == "mbo-")
    }

    @Test func aWordWithNoPatternPointBreaksBetweenCharactersWithoutAHyphen() {
        let number = "1234567890123456789012345678901234567890"
        let lines = measurer.wrap(number, font: font, width: 60, language: .nl)
        #expect(lines.count > 1)
        #expect(lines.map(\.text).joined() == number)
        #expect(lines.allSatisfy { $0.width <= 60 })
    }

    @Test func aSyllableWiderThanTheLineFallsBackToBreakingBetweenLetters() {
        // No prefix up to a pattern point fits in 18 points: letters, and the text kept whole.
        let lines = measurer.wrap("ziekteverzuim", font: font, width: 18, language: .nl)
        #expect(lines.map { $0.text.hasSuffix("-") ? String($0.text.dropLast()) : $0.text }.joined() == "ziekteverzuim")
        #expect(lines.allSatisfy { $0.width <= 18 })
    }

    @Test func hyphenationIsTheSameOnEveryThread() async {
        let words = ["ziekteverzuimbegeleidingsprotocollen", "arbeidsomstandighedenwetgeving", "kwaliteitszorgmedewerker"]
        let expected = words.map { Hyphenator.dutch.points($0) }
        let results = await withTaskGroup(of: [[Int]].self) { group in
            for _ in 0..<8 { group.addTask { words.map { Hyphenator.dutch.points($0 + "") } } }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.allSatisfy { $0 == expected })
    }
}
