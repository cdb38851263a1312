import CCairo
import Foundation
import PosterLayout
@testable import PosterRender
import ProfileModel
import Testing

/// The PNG encoder (issue 12): deflated in bands on all cores by `DeflateEncoder`, it must keep every
/// pixel (checked against cairo's own PNG writer on the same image) and give a smaller file than it
/// did before.
@Suite struct PNGEncoderTests {
    let renderer = PosterRenderer(measurer: PangoTextMeasurer())
    static let script = Fixtures.folder.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("scripts/png-pixels.py").path

    /// The fixture drawn at `dpi`, written by the encoder and by cairo's own writer.
    func bothWriters(dpi: Double) throws -> (ours: URL, cairos: URL) {
        let profile = try #require(try ProfileLoader.load(path: Fixtures.teeltspecialistPath).profile)
        let poster = try PosterLayoutEngine(measurer: renderer.measurer).layout(profile, paper: Paper(.a3)).get()
        let surface = try renderer.image(poster.primitives, paper: poster.paper, dpi: dpi)
        defer { cairo_surface_destroy(surface) }
        let folder = try ExternalTools.temporaryFolder()
        let ours = folder.appendingPathComponent("ours.png"), cairos = folder.appendingPathComponent("cairo.png")
        try Data(try PNGEncoder.encode(surface, dpi: dpi)).write(to: ours)
        #expect(cairo_surface_write_to_png(surface, cairos.path) == CAIRO_STATUS_SUCCESS)
        return (ours, cairos)
    }

    @Test(arguments: [150.0, 37.0]) func everyPixelIsKeptAndTheFileIsSmallerThanBefore(_ dpi: Double) throws {
        let (ours, cairos) = try bothWriters(dpi: dpi)
        // Decoded by Python's zlib, which checks the joined stream's Adler-32 too.
        let same = try ExternalTools.run("python3", [Self.script, ours.path, cairos.path])
        #expect(same.status == 0, "the decoded pixels equal those cairo's writer stores")
        // The encoder before issue 12 deflated the same scanlines at level 6 with Z_RLE: redo that.
        let sizes = """
        import struct, sys, zlib
        data = open(sys.argv[1], 'rb').read(); pos = 8; idat = b''
        while pos < len(data):
            n, = struct.unpack('>I', data[pos:pos + 4])
            if data[pos + 4:pos + 8] == b'IDAT': idat += data[pos + 8:pos + 8 + n]
            pos += 12 + n
        before = zlib.compressobj(6, zlib.DEFLATED, 15, 8, zlib.Z_RLE)
        print(len(idat), len(before.compress(zlib.decompress(idat)) + before.flush()))
        """
        let result = try ExternalTools.run("python3", ["-c", sizes, ours.path])
        let numbers = result.output.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        try #require(numbers.count == 2)
        #expect(numbers[0] * 4 < numbers[1] * 3, "at least a quarter smaller than level 6 with Z_RLE: \(numbers)")
    }

    /// Pixels made to reach every path of the filter: rows that repeat the row above in runs of four
    /// pixels and more, single changed pixels, widths that leave one to three pixels after the last
    /// run of four, several bands, and random bytes in the unused x byte of cairo's RGB24 words.
    @Test(arguments: [(37, 150), (4, 70), (1, 3), (203, 129)]) func everyPixelIsKeptForMadePixels(_ width: Int, _ height: Int) throws {
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(surface) }
        cairo_surface_flush(surface)
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = try #require(cairo_image_surface_get_data(surface))
        var state: UInt64 = 12_345
        func next() -> UInt32 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt32(truncatingIfNeeded: state >> 29)
        }
        for y in 0..<height {
            let row = UnsafeMutableRawPointer(data + y * stride)
            for x in 0..<width {
                let colour: UInt32
                if y > 0 && next() % 8 != 0 {
                    colour = (UnsafeRawPointer(data + (y - 1) * stride).load(fromByteOffset: 4 * x, as: UInt32.self) & 0x00FF_FFFF)
                } else {
                    colour = next() & 0x00FF_FFFF
                }
                row.storeBytes(of: colour | (next() & 0xFF00_0000), toByteOffset: 4 * x, as: UInt32.self)
            }
        }
        cairo_surface_mark_dirty(surface)
        let folder = try ExternalTools.temporaryFolder()
        let ours = folder.appendingPathComponent("ours.png"), cairos = folder.appendingPathComponent("cairo.png")
        try Data(try PNGEncoder.encode(surface, dpi: 72)).write(to: ours)
        #expect(cairo_surface_write_to_png(surface, cairos.path) == CAIRO_STATUS_SUCCESS)
        let same = try ExternalTools.run("python3", [Self.script, ours.path, cairos.path])
        #expect(same.status == 0, "the decoded pixels (and the stream's Adler-32) are right: \(same.output)")
    }
}
