@testable import PosterLayout
import Testing

@Suite struct ColumnStackerTests {
    @Test func boxesWithRoomSitCentredOnTheirBodyPart() throws {
        let tops = try #require(ColumnStacker.tops(heights: [20, 20], ideals: [50, 150], gap: 5, top: 0, bottom: 300))
        #expect(tops == [40, 140])
    }

    @Test func crowdedBoxesShareTheShiftAndStayInOrderInsideTheColumn() throws {
        let tops = try #require(ColumnStacker.tops(heights: [40, 40, 40], ideals: [10, 20, 290], gap: 10, top: 0, bottom: 300))
        #expect(tops[0] == 0)
        #expect(tops[1] == 50)
        #expect(tops[2] == 260)
    }

    @Test func boxesTallerThanTheColumnDoNotFit() {
        #expect(ColumnStacker.tops(heights: [100, 100, 100], ideals: [0, 0, 0], gap: 1, top: 0, bottom: 300) == nil)
    }
}
