import CCairo
import ParallelMap

/// Writes a cairo RGB24 image as a PNG. Posters are large fields of flat colour, so rows are
/// filtered against the row above ("Up") and deflated by `DeflateEncoder`, which sends the zero runs
/// this leaves without hashing them (docs/rendering.md has the routes measured); zlib computes the
/// checksums.
///
/// The image is cut into `strips` bands of rows, filtered and deflated on all cores at once and
/// joined into one zlib stream, as pigz joins its blocks: each band but the last ends on a byte
/// boundary (a sync flush), and the bands' Adler-32 checksums are combined. The number of bands is
/// fixed, so the bytes do not depend on the number of cores.
enum PNGEncoder {
    /// Bands of rows compressed separately.
    static let strips = 4

    /// The PNG of `surface` (an RGB24 image surface), stamped with `dpi`.
    static func encode(_ surface: OpaquePointer, dpi: Double) throws -> [UInt8] {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let pixels = cairo_image_surface_get_data(surface) else { throw RenderError(description: "the image has no pixels") }
        let image = Image(pixels: UnsafeRawPointer(pixels), width: width, height: height, stride: stride)
        let count = min(strips, max(height, 1))
        let bands = Parallel.map(Array(0..<count), threads: count) { index in
            compress(image.filtered(image.height * index / count..<image.height * (index + 1) / count), last: index == count - 1)
        }
        var idat: [UInt8] = [0x78, 0x01]  // zlib header: deflate, 32 KiB window, a fast compressor
        var adler = adler32(0, nil, 0)
        for band in bands {
            idat += band.deflated
            adler = adler32_combine(adler, band.adler, .init(band.length))
        }
        idat += bigEndian(UInt32(adler))

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let pixelsPerMetre = UInt32((dpi / 0.0254).rounded())
        chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0], into: &png)
        chunk("pHYs", bigEndian(pixelsPerMetre) + bigEndian(pixelsPerMetre) + [1], into: &png)
        chunk("IDAT", idat, into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    /// The pixels of a cairo RGB24 surface (one 32-bit word per pixel, xRGB), read-only.
    private struct Image: @unchecked Sendable {
        let pixels: UnsafeRawPointer
        let width, height, stride: Int

        /// `rows` as PNG scanlines: each a filter-type byte (2, "Up") and the RGB bytes minus those
        /// of the row above (of the image, not the band: the filter only reads pixels).
        ///
        /// A pixel at a time in one 32-bit word: the three channels are subtracted at once without
        /// borrowing from each other (the high bit of each byte set in the minuend and cleared in the
        /// subtrahend, then put right), and the word is byte-swapped so that one store writes R, G, B
        /// in PNG's order. The store's fourth byte is overwritten by the next pixel; the buffer has one
        /// byte to spare for the last.
        func filtered(_ rows: Range<Int>) -> [UInt8] {
            let rowBytes = 1 + 3 * width
            var result = [UInt8](unsafeUninitializedCapacity: rows.count * rowBytes + 1) { out, count in
                let bytes = UnsafeMutableRawPointer(out.baseAddress!)
                var o = 0
                for y in rows {
                    let row = pixels + y * stride
                    let above = y == 0 ? nil : pixels + (y - 1) * stride
                    bytes.storeBytes(of: 2, toByteOffset: o, as: UInt8.self)
                    o += 1
                    for x in 0..<width {
                        let pixel = row.load(fromByteOffset: 4 * x, as: UInt32.self)
                        let previous = above?.load(fromByteOffset: 4 * x, as: UInt32.self) ?? 0
                        let difference = ((pixel | 0x8080_8080) &- (previous & 0x7F7F_7F7F)) ^ ((pixel ^ ~previous) & 0x8080_8080)
                        bytes.storeBytes(of: (difference.byteSwapped >> 8).littleEndian, toByteOffset: o, as: UInt32.self)
                        o += 3
                    }
                }
                count = o + 1
            }
            result.removeLast()
            return result
        }
    }

    /// One band deflated: raw deflate data (no zlib header), its uncompressed length and Adler-32.
    private struct Band: Sendable {
        let deflated: [UInt8]
        let length: Int
        let adler: uLong
    }

    /// `data` as raw deflate (`DeflateEncoder`): the final block when `last`, else ending with a sync
    /// flush so the next band's data can follow it in the same stream.
    private static func compress(_ data: [UInt8], last: Bool) -> Band {
        data.withUnsafeBufferPointer { input in
            Band(deflated: DeflateEncoder.compress(input, last: last), length: input.count, adler: adler32(1, input.baseAddress, uInt(input.count)))
        }
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ data: [UInt8], into png: inout [UInt8]) {
        let typed = Array(type.utf8) + data
        let crc = typed.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        png += bigEndian(UInt32(data.count)) + typed + bigEndian(UInt32(crc))
    }
}
