import CCairo
import Foundation
import ParallelMap

/// Writes a cairo RGB24 image as a PNG. Posters are large fields of flat colour, so rows are
/// filtered against the row above ("Up") and deflated by `DeflateEncoder`, which sends the zero runs
/// this leaves without hashing them (docs/rendering.md has the routes measured); zlib computes the
/// CRCs and combines the checksums.
///
/// The image is cut into bands of `bandRows` rows, filtered and deflated on all cores at once and
/// joined into one zlib stream, as pigz joins its blocks: each band but the last ends on a byte
/// boundary (a sync flush), and the bands' Adler-32 checksums are combined. A band's first row is stored
/// unfiltered, so a band needs no row of another, and a poster can be drawn strip by strip by the
/// threads that encode it (`PosterRenderer.png`). A band's scanlines (670 KiB at A3, 150 dpi) stay in the
/// core's cache between the filter that writes them and the encoder that reads them; bands of 64 rows
/// paid twice as often for a block's Huffman codes and a cleared hash table. The bands depend only on the
/// image, so the bytes do not depend on the number of cores.
enum PNGEncoder {
    /// Rows per band compressed separately.
    static let bandRows = 128
    /// Bands per strip, the rows one thread draws (when `encode` draws) and encodes at a time: 256 rows,
    /// 1.8 MiB at A3, 150 dpi, within a core's second-level cache. Strips of one band draw the text that
    /// crosses their edges twice as often, and strips of three or more no longer fit the cache or even
    /// out the work of two cores (docs/rendering.md).
    static let stripRows = 2 * bandRows
    private static let bandsPerStrip = stripRows / bandRows

    /// What one thread keeps from band to band and from image to image: the buffer its bands' scanlines
    /// are filtered into (930 KiB at A3, 150 dpi) and the deflate encoder's table and symbols. Allocated
    /// anew for each band, the scanlines were a fifth of a PNG render's page faults, and the 128 KiB table
    /// was cleared twenty times per poster. One workspace serves one thread at a time.
    final class Workspace: @unchecked Sendable {
        fileprivate var scanlines = UnsafeMutableRawPointer.allocate(byteCount: 0, alignment: 64)
        fileprivate var capacity = 0
        fileprivate let deflate = DeflateEncoder.Workspace()

        init() {}

        deinit { scanlines.deallocate() }

        /// A workspace for each of `threads` threads.
        static func each(of threads: Int) -> [Workspace] { (0..<max(threads, 1)).map { _ in Workspace() } }

        /// The scanline buffer, with room for at least `byteCount` bytes.
        fileprivate func scanlines(_ byteCount: Int) -> UnsafeMutableRawPointer {
            if byteCount > capacity {
                scanlines.deallocate()
                scanlines = .allocate(byteCount: byteCount, alignment: 64)
                capacity = byteCount
            }
            return scanlines
        }
    }

    /// The PNG of `surface` (an RGB24 image surface, drawn), stamped with `dpi`, encoded on as many
    /// threads as `workspaces`, one each.
    static func encode(_ surface: OpaquePointer, dpi: Double,
                       workspaces: [Workspace] = Workspace.each(of: ProcessInfo.processInfo.activeProcessorCount)) throws -> [UInt8] {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let data = cairo_image_surface_get_data(surface) else { throw RenderError(description: "the image has no pixels") }
        let pixels = Pixels(start: UnsafeRawPointer(data))
        return try encode(width: width, height: height, stride: stride, dpi: dpi, workspaces: workspaces, makeContext: { _ in }) { rows, _ in
            pixels.start + rows.lowerBound &* stride
        }
    }

    /// The PNG of a `width` × `height` image stamped with `dpi`, whose rows `draw` provides a strip of
    /// `stripRows` at a time, on as many threads as `workspaces`, one each: `draw(rows, context)` returns
    /// the first of those rows in cairo's RGB24 words, `stride` bytes apart, valid until the thread's next call. Each thread has a
    /// context of its own, made once by `makeContext` from the thread's number. The thread that draws a
    /// strip filters and deflates its bands at once, while its pixels are in that core's cache. An error
    /// from `draw` is that of the first strip that failed.
    static func encode<Context>(
        width: Int, height: Int, stride: Int, dpi: Double, workspaces: [Workspace],
        makeContext: @Sendable (Int) -> Context, draw: @Sendable (Range<Int>, Context) throws -> UnsafeRawPointer
    ) throws -> [UInt8] {
        let count = max((height + bandRows - 1) / bandRows, 1)
        let strips = (0..<(count + bandsPerStrip - 1) / bandsPerStrip).map { strip in
            strip * bandsPerStrip..<min((strip + 1) * bandsPerStrip, count)
        }
        // Zeros: the row "above" each band's first row, which is stored unfiltered (type 0).
        let encoded = [UInt8](repeating: 0, count: stride).withUnsafeBytes { zeros in
            let filter = Filter(zeros: zeros.baseAddress!, width: width, stride: stride)
            return Parallel.map(strips, threads: workspaces.count, makeWorkerContext: { worker in
                (makeContext(worker), workspaces[worker])
            }) { bands, context -> Result<[Band], Error> in
                let rows = bands.lowerBound * bandRows..<min(bands.upperBound * bandRows, height)
                return Result {
                    let pixels = try draw(rows, context.0)
                    return bands.map { index in
                        let band = index * bandRows..<min((index + 1) * bandRows, height)
                        let filtered = filter.filtered(pixels + (band.lowerBound - rows.lowerBound) * stride, rows: band.count, into: context.1)
                        return compress(filtered, in: context.1, last: index == count - 1)
                    }
                }
            }
        }
        let bands = try encoded.flatMap { try $0.get() }
        var adler = adler32(0, nil, 0)
        for band in bands { adler = adler32_combine(adler, band.adler, .init(band.length)) }
        let zlibHeader: [UInt8] = [0x78, 0x01]  // deflate, 32 KiB window, a fast compressor

        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        // The whole file at once: signature, IHDR, pHYs, IDAT and IEND are 8 + 25 + 21 + 12 + 12 bytes
        // besides the compressed data. Grown chunk by chunk, the buffer was copied whole for IEND.
        png.reserveCapacity(78 + 2 + bands.reduce(0) { $0 + $1.deflated.count } + 4)
        let pixelsPerMetre = UInt32((dpi / 0.0254).rounded())
        chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0], into: &png)
        chunk("pHYs", bigEndian(pixelsPerMetre) + bigEndian(pixelsPerMetre) + [1], into: &png)
        // The bands' CRC-32s were found on their threads.
        chunk("IDAT", pieces: [Self.piece(zlibHeader)] + bands.map { ($0.deflated, $0.crc) } + [Self.piece(bigEndian(UInt32(adler)))], into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    /// A drawn image's pixels, read by every thread.
    private struct Pixels: @unchecked Sendable {
        let start: UnsafeRawPointer
    }

    /// The PNG filter of a band's rows of cairo RGB24 words (one 32-bit word per pixel, xRGB).
    private struct Filter: @unchecked Sendable {
        /// A row of zeros, "above" each band's first row.
        let zeros: UnsafeRawPointer
        let width, stride: Int

        /// `count` rows from `pixels` on as PNG scanlines in `workspace`'s buffer, with the Adler-32 of
        /// those bytes. The first row is stored as it is (filter type 0), so that a band never reads the band above it and can be
        /// drawn and encoded on its own; each other row is a filter-type byte (2, "Up") and its RGB bytes
        /// minus those of the row above.
        ///
        /// Most of a poster repeats the row above, so sixteen pixels, else four, are compared at once
        /// (their x bytes masked off) and, when equal, stored as zero bytes; the stores are the bytes the
        /// subtraction would give. Otherwise a pixel is one 32-bit
        /// word: the three channels are subtracted at once without borrowing from each other (the high
        /// bit of each byte set in the minuend and cleared in the subtrahend, then put right), and the
        /// word is byte-swapped so that one store writes R, G, B in PNG's order. Stores run up to 36
        /// bytes past the scanline; the buffer has 48 to spare.
        ///
        /// The checksum is summed here, by hand, rather than by zlib's `adler32` in a second pass over
        /// the bytes (15% of a PNG render): a run of n zero bytes only adds n × a to b. Both sums stay
        /// in 64 bits within a row and are reduced at its end (a row of 32,767 pixels keeps b below
        /// 2^40).
        func filtered(_ pixels: UnsafeRawPointer, rows count: Int, into workspace: Workspace) -> Filtered {
            let rowBytes = 1 + 3 * width
            let bytes = workspace.scanlines(count * rowBytes + 48)
            var o = 0, a: UInt64 = 1, b: UInt64 = 0
            for y in 0..<count {
                let row = pixels + y &* stride
                let above = y == 0 ? zeros : row - stride
                let type: UInt8 = y == 0 ? 0 : 2
                bytes.storeBytes(of: type, toByteOffset: o, as: UInt8.self)
                o &+= 1
                a &+= UInt64(type)
                b &+= a
                // Sixteen pixels that repeat the row above are 48 zero bytes. A group of sixteen that
                // does not is taken four at a time, not tested as sixteen again at each pixel.
                var x = 0, mixedUntil = 0
                while x < width {
                    if x >= mixedUntil && x &+ 16 <= width {
                        if Self.same(row, above, at: 4 &* x, words: 8) {
                            // Always 48 bytes, as six words: a loop over a variable count became a call to memset.
                            for word in 0..<6 { bytes.storeBytes(of: 0, toByteOffset: o &+ 8 &* word, as: UInt64.self) }
                            o &+= 48
                            b &+= 48 &* a
                            x &+= 16
                            continue
                        }
                        mixedUntil = x &+ 16
                    }
                    if x &+ 4 <= width && Self.same(row, above, at: 4 &* x, words: 2) {
                        for word in 0..<2 { bytes.storeBytes(of: 0, toByteOffset: o &+ 8 &* word, as: UInt64.self) }
                        o &+= 12
                        b &+= 12 &* a
                        x &+= 4
                        continue
                    }
                    for _ in 0..<min(4, width &- x) {
                        let pixel = row.load(fromByteOffset: 4 &* x, as: UInt32.self)
                        let previous = above.load(fromByteOffset: 4 &* x, as: UInt32.self)
                        let difference = ((pixel | 0x8080_8080) &- (previous & 0x7F7F_7F7F)) ^ ((pixel ^ ~previous) & 0x8080_8080)
                        bytes.storeBytes(of: (difference.byteSwapped >> 8).littleEndian, toByteOffset: o, as: UInt32.self)
                        o &+= 3
                        // R, G, B added to a one after the other, b summing a after each: in one step.
                        let red = UInt64(difference >> 16 & 0xFF), green = UInt64(difference >> 8 & 0xFF), blue = UInt64(difference & 0xFF)
                        b &+= 3 &* a &+ 3 &* red &+ 2 &* green &+ blue
                        a &+= red &+ green &+ blue
                        x &+= 1
                    }
                }
                a %= 65521
                b %= 65521
            }
            return Filtered(bytes: UnsafeBufferPointer(start: bytes.assumingMemoryBound(to: UInt8.self), count: o), adler: uLong(b << 16 | a))
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

    /// A band's scanlines, in a workspace's buffer, and their Adler-32.
    private struct Filtered {
        let bytes: UnsafeBufferPointer<UInt8>
        let adler: uLong
    }

    /// One band deflated: raw deflate data (no zlib header) and its CRC-32, its uncompressed length and Adler-32.
    private struct Band: Sendable {
        let deflated: [UInt8]
        let crc: uLong
        let length: Int
        let adler: uLong
    }

    /// A band's scanlines as raw deflate (`DeflateEncoder`, with `workspace`'s table), with the CRC-32
    /// of that: the final block when `last`, else ending with a sync flush so the next band's data can
    /// follow it in the same stream.
    private static func compress(_ filtered: Filtered, in workspace: Workspace, last: Bool) -> Band {
        let deflated = piece(DeflateEncoder.compress(filtered.bytes, last: last, in: workspace.deflate))
        return Band(deflated: deflated.bytes, crc: deflated.crc, length: filtered.bytes.count, adler: filtered.adler)
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ data: [UInt8], into png: inout [UInt8]) {
        chunk(type, pieces: [piece(data)], into: &png)
    }

    /// A chunk whose data is `pieces` one after the other, its CRC-32 combined from theirs rather than
    /// summed over the data again.
    private static func chunk(_ type: String, pieces: [(bytes: [UInt8], crc: uLong)], into png: inout [UInt8]) {
        let name = Array(type.utf8), length = pieces.reduce(0) { $0 + $1.bytes.count }
        png += bigEndian(UInt32(length)) + name
        var crc = piece(name).crc
        for piece in pieces {
            png += piece.bytes
            crc = crc32_combine(crc, piece.crc, .init(piece.bytes.count))
        }
        png += bigEndian(UInt32(crc))
    }

    /// `bytes` with their CRC-32.
    private static func piece(_ bytes: [UInt8]) -> (bytes: [UInt8], crc: uLong) {
        (bytes, bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) })
    }
}
