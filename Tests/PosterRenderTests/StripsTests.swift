import CCairo
import Foundation
import PosterLayout
@testable import PosterRender
import ProfileModel
import Testing

/// A page drawn a strip at a time on every core and encoded as it goes (`PosterRenderer.png`) has every
/// pixel of the page drawn whole on one surface.
@Suite struct StripsTests {
    let renderer = PosterRenderer(measurer: PangoTextMeasurer())

    /// The fixture's poster on `paper` at `dpi`, drawn whole and written by cairo's own PNG writer, and
    /// drawn in strips and written by the encoder: the same pixels, decoded by Python's zlib. The sizes
    /// put the strips' cuts through text, boxes and the figure at different fractions of a pixel, with an
    /// odd number of rows, a last strip shorter than the others, and landscape paper.
    @Test(arguments: [(PaperSize.a3, Orientation.portrait, 150.0), (.a3, .portrait, 111.0), (.a3, .landscape, 97.0), (.a4, .portrait, 89.0), (.a2, .portrait, 53.0)])
    func stripsDrawTheSamePixelsAsTheWholePage(_ size: PaperSize, _ orientation: Orientation, _ dpi: Double) throws {
        let profile = try #require(try ProfileLoader.load(path: Fixtures.teeltspecialistPath).profile)
        let poster = try PosterLayoutEngine(measurer: renderer.measurer).layout(profile, paper: Paper(size, orientation)).get()
        let whole = try renderer.image(poster.primitives, paper: poster.paper, dpi: dpi)
        defer { cairo_surface_destroy(whole) }
        let height = Int(cairo_image_surface_get_height(whole))
        #expect(height > 2 * PNGEncoder.stripRows, "the page has several strips")

        let folder = try ExternalTools.temporaryFolder()
        let banded = folder.appendingPathComponent("bands.png"), cairos = folder.appendingPathComponent("whole.png")
        try Data(try renderer.png(poster.primitives, paper: poster.paper, dpi: dpi, stripsFrom: 1)).write(to: banded)
        #expect(cairo_surface_write_to_png(whole, cairos.path) == CAIRO_STATUS_SUCCESS)
        let same = try ExternalTools.run("python3", [PNGEncoderTests.script, banded.path, cairos.path])
        #expect(same.status == 0, "the decoded pixels equal those of the page drawn whole: \(same.output)")
    }

    /// A renderer keeps its strip buffers and the encoder's workspaces from page to page: a page drawn
    /// after others, wider and smaller, has the bytes it has from a renderer that draws it first.
    @Test func aPageDrawnAfterOthersHasTheSameBytes() throws {
        let profile = try #require(try ProfileLoader.load(path: Fixtures.teeltspecialistPath).profile)
        func png(_ renderer: PosterRenderer, _ size: PaperSize, _ dpi: Double) throws -> [UInt8] {
            let poster = try PosterLayoutEngine(measurer: renderer.measurer).layout(profile, paper: Paper(size, .portrait)).get()
            return try renderer.png(poster.primitives, paper: poster.paper, dpi: dpi, stripsFrom: 1)
        }
        let first = try png(renderer, .a3, 100)
        _ = try png(renderer, .a2, 90)
        _ = try png(renderer, .a4, 40)
        #expect(try png(renderer, .a3, 100) == first)
        #expect(try png(PosterRenderer(measurer: PangoTextMeasurer()), .a3, 100) == first)
    }
}
