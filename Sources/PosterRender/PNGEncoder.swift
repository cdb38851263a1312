import CCairo

/// Writes a cairo RGB24 image as a PNG. Posters are large fields of flat colour, so rows are
/// filtered against the row above ("Up") and deflated with zlib's run-length strategy: several
/// times faster than cairo's own PNG writer, and a file of about the same size.
enum PNGEncoder {
    /// The PNG of `surface` (an RGB24 image surface), stamped with `dpi`.
    static func encode(_ surface: OpaquePointer, dpi: Double) throws -> [UInt8] {
        cairo_surface_flush(surface)
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        guard let pixels = cairo_image_surface_get_data(surface) else { throw RenderError(description: "the image has no pixels") }
        let rowBytes = 1 + 3 * width
        let raw = [UInt8](unsafeUninitializedCapacity: height * rowBytes) { out, count in
            for y in 0..<height {
                let row = UnsafeRawPointer(pixels + y * stride)
                let above = y > 0 ? UnsafeRawPointer(pixels + (y - 1) * stride) : nil
                var o = y * rowBytes
                out[o] = 2  // filter type Up
                o += 1
                for x in 0..<width {
                    let pixel = row.load(fromByteOffset: 4 * x, as: UInt32.self)
                    let previous = above?.load(fromByteOffset: 4 * x, as: UInt32.self) ?? 0
                    out[o] = UInt8(truncatingIfNeeded: (pixel >> 16) &- (previous >> 16))
                    out[o + 1] = UInt8(truncatingIfNeeded: (pixel >> 8) &- (previous >> 8))
                    out[o + 2] = UInt8(truncatingIfNeeded: pixel &- previous)
                    o += 3
                }
            }
            count = height * rowBytes
        }
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let pixelsPerMetre = UInt32((dpi / 0.0254).rounded())
        chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + [8, 2, 0, 0, 0], into: &png)
        chunk("pHYs", bigEndian(pixelsPerMetre) + bigEndian(pixelsPerMetre) + [1], into: &png)
        chunk("IDAT", try deflate(raw), into: &png)
        chunk("IEND", [], into: &png)
        return png
    }

    private static func bigEndian(_ value: UInt32) -> [UInt8] {
        [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }

    private static func chunk(_ type: String, _ data: [UInt8], into png: inout [UInt8]) {
        let typed = Array(type.utf8) + data
        let crc = typed.withUnsafeBufferPointer { crc32(0, $0.baseAddress, uInt($0.count)) }
        png += bigEndian(UInt32(data.count)) + typed + bigEndian(UInt32(crc))
    }

    /// `data` as one zlib stream, run-length strategy.
    private static func deflate(_ data: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard deflateInit2_(&stream, 6, Z_DEFLATED, 15, 8, Z_RLE, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw RenderError(description: "zlib could not start")
        }
        defer { deflateEnd(&stream) }
        var status = Z_OK
        let out = [UInt8](unsafeUninitializedCapacity: Int(deflateBound(&stream, uLong(data.count)))) { output, count in
            status = data.withUnsafeBufferPointer { input in
                stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.avail_in = uInt(input.count)
                stream.next_out = output.baseAddress
                stream.avail_out = uInt(output.count)
                return CCairo.deflate(&stream, Z_FINISH)
            }
            count = Int(stream.total_out)
        }
        guard status == Z_STREAM_END else { throw RenderError(description: "zlib could not compress the image") }
        return out
    }
}
