import CCairo
import ParallelMap

/// Writes a cairo RGB24 image as a PNG. Posters are large fields of flat colour, so rows are
/// filtered against the row above ("Up") and deflated by `DeflateEncoder`, which sends the zero runs
/// this leaves without hashing them (docs/rendering.md has the routes measured); zlib computes the
/// CRCs and combines the checksums.
///
/// The image is cut into bands of `bandRows` rows, filtered and deflated on all cores at once and
/// joined into one zlib stream, as pigz joins its blocks: each band but the last ends on a byte
/// boundary (a sync flush), and the bands' Adler-32 checksums are combined. A band's scanlines
/// (670 KiB at A3, 150 dpi) stay in the core's cache between the filter that writes them and the
/// encoder that reads them; four bands of a quarter of the image each were 10% slower and no smaller,
/// and bands of 64 rows paid twice as often for a block's Huffman codes and a cleared hash table.
/// The bands depend only on the image, so the bytes do not depend on the number of cores.
enum PNGEncoder {
    /// Rows per band compressed separately.
    static let bandRows = 128

    /// The PNG of `surface` (an RGB24 image surface), stamped with `dpi`.
    static func encode(_ surface: OpaquePointer, dpi: Double) throws -> [UInt8] {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let pixels = cairo_image_surface_get_data(surface) else { throw RenderError(description: "the image has no pixels") }
        let count = max((height + bandRows - 1) / bandRows, 1)
        // The row above the first: zeros, made once for the image.
        let bands = [UInt8](repeating: 0, count: stride).withUnsafeBytes { zeros in
            let image = Image(pixels: UnsafeRawPointer(pixels), zeros: zeros.baseAddress!, width: width, height: height, stride: stride)
            return Parallel.map(Array(0..<count)) { index in
                let (bytes, adler) = image.filtered(index * bandRows..<min((index + 1) * bandRows, image.height))
                return compress(bytes, adler: adler, last: index == count - 1)
            }
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
        /// A row of zeros, the row above row 0.
        let zeros: UnsafeRawPointer
        let width, height, stride: Int

        /// `rows` as PNG scanlines: each a filter-type byte (2, "Up") and the RGB bytes minus those
        /// of the row above (of the image, not the band: the filter only reads pixels); with the
        /// Adler-32 of those bytes.
        ///
        /// Most of a poster repeats the row above, so sixteen pixels, else four, are compared at once
        /// (their x bytes masked off) and, when equal, stored as zero bytes. Otherwise a pixel is one 32-bit
        /// word: the three channels are subtracted at once without borrowing from each other (the high
        /// bit of each byte set in the minuend and cleared in the subtrahend, then put right), and the
        /// word is byte-swapped so that one store writes R, G, B in PNG's order. Stores run up to 36
        /// bytes past the scanline; the buffer has 48 to spare.
        ///
        /// The checksum is summed here, by hand, rather than by zlib's `adler32` in a second pass over
        /// the bytes (15% of a PNG render): a run of n zero bytes only adds n × a to b. Both sums stay
        /// in 64 bits within a row and are reduced at its end (a row of 32,767 pixels keeps b below
        /// 2^40).
        func filtered(_ rows: Range<Int>) -> (bytes: [UInt8], adler: uLong) {
            let rowBytes = 1 + 3 * width
            var checksum: uLong = 0
            let result = [UInt8](unsafeUninitializedCapacity: rows.count * rowBytes + 48) { out, count in
                let bytes = UnsafeMutableRawPointer(out.baseAddress!)
                // Locals of the closure, not captured variables: the compiler keeps them in registers
                // only if no store through `bytes` could change them.
                var o = 0, a: UInt64 = 1, b: UInt64 = 0
                for y in rows {
                    let row = pixels + y &* stride
                    let above = y == 0 ? zeros : pixels + (y &- 1) &* stride
                    bytes.storeBytes(of: 2, toByteOffset: o, as: UInt8.self)
                    o &+= 1
                    a &+= 2
                    b &+= a
                    var x = 0
                    while x < width {
                        // Sixteen pixels, else four, that repeat the row above: zero bytes.
                        let run = x &+ 16 <= width && Self.same(row, above, at: 4 &* x, words: 8) ? 16
                            : x &+ 4 <= width && Self.same(row, above, at: 4 &* x, words: 2) ? 4 : 0
                        if run > 0 {
                            // Always 48 bytes, as six words: a loop over a variable count became a call to memset.
                            for word in 0..<6 { bytes.storeBytes(of: 0, toByteOffset: o &+ 8 &* word, as: UInt64.self) }
                            o &+= 3 &* run
                            b &+= UInt64(3 &* run) &* a
                            x &+= run
                            continue
                        }
                        let pixel = row.load(fromByteOffset: 4 &* x, as: UInt32.self)
                        let previous = above.load(fromByteOffset: 4 &* x, as: UInt32.self)
                        let difference = ((pixel | 0x8080_8080) &- (previous & 0x7F7F_7F7F)) ^ ((pixel ^ ~previous) & 0x8080_8080)
                        bytes.storeBytes(of: (difference.byteSwapped >> 8).littleEndian, toByteOffset: o, as: UInt32.self)
                        o &+= 3
                        a &+= UInt64(difference >> 16 & 0xFF)
                        b &+= a
                        a &+= UInt64(difference >> 8 & 0xFF)
                        b &+= a
                        a &+= UInt64(difference & 0xFF)
                        b &+= a
                        x &+= 1
                    }
                    a %= 65521
                    b %= 65521
                }
                count = o
                checksum = uLong(b << 16 | a)
            }
            return (result, checksum)
        }

        /// Whether `words` × 2 pixels from byte `offset` on equal those of the row above, their x bytes aside.
        @inline(__always) private static func same(_ row: UnsafeRawPointer, _ above: UnsafeRawPointer, at offset: Int, words: Int) -> Bool {
            var differing: UInt64 = 0
            for word in 0..<words {
                differing |= row.loadUnaligned(fromByteOffset: offset &+ 8 &* word, as: UInt64.self)
                    ^ above.loadUnaligned(fromByteOffset: offset &+ 8 &* word, as: UInt64.self)
            }
            return differing & 0x00FF_FFFF_00FF_FFFF == 0
        }
    }

    /// One band deflated: raw deflate data (no zlib header), its uncompressed length and Adler-32.
    private struct Band: Sendable {
        let deflated: [UInt8]
        let length: Int
        let adler: uLong
    }

    /// `data` (whose Adler-32 is `adler`) as raw deflate (`DeflateEncoder`): the final block when `last`, else ending with a sync
    /// flush so the next band's data can follow it in the same stream.
    private static func compress(_ data: [UInt8], adler: uLong, last: Bool) -> Band {
        data.withUnsafeBufferPointer { input in
            Band(deflated: DeflateEncoder.compress(input, last: last), length: input.count, adler: adler)
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
