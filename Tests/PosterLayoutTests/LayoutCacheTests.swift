import PosterLayout
import XCTest

/// Layout tries about nine body sizes per poster; each text is split into words and shaped once,
/// not once per size (issue 12).
final class LayoutCacheTests: XCTestCase {
    func testEachTextIsSplitAndShapedOncePerPoster() throws {
        let profile = try Fixtures.teeltspecialist()
        let measurer = PangoTextMeasurer()
        let engine = PosterLayoutEngine(measurer: measurer)
        let first = try engine.layout(profile, paper: Paper(.a3)).get()
        let split = measurer.textsSplit, shaped = measurer.piecesShaped
        XCTAssertGreaterThan(split, 0)
        XCTAssertGreaterThan(shaped, 0)
        // Every item text is set at every size tried, yet split once per style it is set in (an item
        // is set plain, or bold when it is core; headings and labels come on top).
        let items = profile.parts.flatMap(\.allItems).count
        XCTAssertLessThan(split, 3 * items)

        let second = try engine.layout(profile, paper: Paper(.a3)).get()
        XCTAssertEqual(measurer.textsSplit, split, "a second layout of the same poster splits no text again")
        XCTAssertEqual(measurer.piecesShaped, shaped, "a second layout of the same poster shapes no word again")
        XCTAssertEqual(first, second)
    }

    func testCachedPiecesWrapAsBefore() throws {
        let measurer = PangoTextMeasurer()
        let font = FontSpec(size: 10)
        let text = "Wet- en regelgeving rond mbo-opleidingen en ziekteverzuimbegeleidingstrajecten toepassen"
        let cold = measurer.wrap(text, font: font, width: 80, language: .nl)
        // The same text at another size reuses the pieces; back at the first size, the same lines.
        _ = measurer.wrap(text, font: FontSpec(size: 7), width: 80, language: .nl)
        XCTAssertEqual(measurer.wrap(text, font: font, width: 80, language: .nl), cold)
        func letters(_ text: String) -> String { text.filter { $0 != "-" && $0 != " " } }
        XCTAssertEqual(letters(cold.map(\.text).joined()), letters(text), "no letter lost or repeated")
        XCTAssertTrue(cold.allSatisfy { $0.width <= 80 })
    }
}
