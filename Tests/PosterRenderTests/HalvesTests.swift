import CCairo
import Foundation
import PosterLayout
@testable import PosterRender
import ProfileModel
import Testing

/// A page drawn in two halves at once (`PosterRenderer.image`) has every pixel of the page drawn whole.
@Suite struct HalvesTests {
    let renderer = PosterRenderer(measurer: PangoTextMeasurer())

    /// The fixture's poster on `paper` at `dpi`, drawn whole and in halves: the same bytes in every row
    /// (cairo's unused x byte aside), at sizes that put the cut through text, boxes and the figure, with
    /// an odd number of rows, and on landscape paper.
    @Test(arguments: [(PaperSize.a3, Orientation.portrait, 150.0), (.a3, .portrait, 111.0), (.a3, .landscape, 97.0), (.a4, .portrait, 89.0), (.a2, .portrait, 53.0)])
    func halvesDrawTheSamePixelsAsTheWholePage(_ size: PaperSize, _ orientation: Orientation, _ dpi: Double) throws {
        let profile = try #require(try ProfileLoader.load(path: Fixtures.teeltspecialistPath).profile)
        let poster = try PosterLayoutEngine(measurer: renderer.measurer).layout(profile, paper: Paper(size, orientation)).get()
        let whole = try renderer.image(poster.primitives, paper: poster.paper, dpi: dpi, halvesFrom: .max)
        let halves = try renderer.image(poster.primitives, paper: poster.paper, dpi: dpi, halvesFrom: 1)
        defer { cairo_surface_destroy(whole); cairo_surface_destroy(halves) }
        let height = Int(cairo_image_surface_get_height(whole)), width = Int(cairo_image_surface_get_width(whole))
        let stride = Int(cairo_image_surface_get_stride(whole))
        let a = try #require(cairo_image_surface_get_data(whole)), b = try #require(cairo_image_surface_get_data(halves))
        var differing: [Int] = []
        var inked = 0
        for y in 0..<height {
            for x in 0..<width {
                let left = UnsafeRawPointer(a + y * stride).load(fromByteOffset: 4 * x, as: UInt32.self) & 0x00FF_FFFF
                let right = UnsafeRawPointer(b + y * stride).load(fromByteOffset: 4 * x, as: UInt32.self) & 0x00FF_FFFF
                if left != right { differing.append(y); break }
                if y == height / 2, left != 0x00FF_FFFF { inked += 1 }
            }
        }
        #expect(differing.isEmpty, "rows that differ: \(differing.prefix(10)) of \(height)")
        #expect(inked > width / 10, "the cut runs through drawn content, not only white paper")
    }
}
