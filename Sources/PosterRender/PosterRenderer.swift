import CCairo
import Foundation
import ParallelMap
import PosterLayout

/// Draws laid-out pages with cairo into PDF, SVG or PNG bytes. Same pages in, same bytes out.
///
/// One renderer belongs to one thread, like its measurer.
public final class PosterRenderer {
    public let measurer: PangoTextMeasurer
    /// Whether a large PNG page is drawn in two halves on two threads (`image`): right for a renderer
    /// that works alone. One of several renderers that already keep every core busy gains nothing by it
    /// and would pay for a second Pango context with cold caches.
    public let drawsInHalves: Bool

    public init(measurer: PangoTextMeasurer, drawsInHalves: Bool = true) {
        self.measurer = measurer
        self.drawsInHalves = drawsInHalves
    }

    /// A bookmark in a PDF's outline: a title and the page (1-based) it opens.
    public struct OutlineEntry: Sendable {
        public var title: String
        public var page: Int

        public init(title: String, page: Int) {
            self.title = title
            self.page = page
        }
    }

    /// One poster as a file in `format`; `dpi` applies to PNG only.
    public func render(_ poster: Poster, format: OutputFormat, dpi: Double = 150, title: String) throws -> [UInt8] {
        switch format {
        case .pdf: try pdf(pages: [poster.primitives], paper: poster.paper, title: title)
        case .svg: try svg(poster.primitives, paper: poster.paper)
        case .png: try png(poster.primitives, paper: poster.paper, dpi: dpi)
        }
    }

    /// A PDF of `pages`, all on `paper`, with `outline` as its bookmarks.
    public func pdf(pages: [[Primitive]], paper: Paper, title: String, outline: [OutlineEntry] = []) throws -> [UInt8] {
        try withStream { write, sink in
            let surface = cairo_pdf_surface_create_for_stream(write, sink, paper.width, paper.height)!
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "beroepsbeeld")
            let date = Self.creationDate()
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATE_DATE, date)
            cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_MOD_DATE, date)
            for entry in outline {
                cairo_pdf_surface_add_outline(surface, CAIRO_PDF_OUTLINE_ROOT, entry.title, "page=\(entry.page)", CAIRO_PDF_OUTLINE_FLAG_OPEN)
            }
            return try draw(surface, pages: pages, scale: 1)
        }
    }

    /// An SVG of one page, in points.
    public func svg(_ primitives: [Primitive], paper: Paper) throws -> [UInt8] {
        SVGSurfaceIDs.renumber(try withStream { write, sink in
            let surface = cairo_svg_surface_create_for_stream(write, sink, paper.width, paper.height)!
            cairo_svg_surface_set_document_unit(surface, CAIRO_SVG_UNIT_PT)
            return try draw(surface, pages: [primitives], scale: 1)
        })
    }

    /// A PNG of one page at `dpi` pixels per inch.
    public func png(_ primitives: [Primitive], paper: Paper, dpi: Double) throws -> [UInt8] {
        let surface = try image(primitives, paper: paper, dpi: dpi)
        defer { cairo_surface_destroy(surface) }
        return try PNGEncoder.encode(surface, dpi: dpi)
    }

    /// One page drawn on a new RGB24 image surface at `dpi`; the caller destroys it.
    ///
    /// With `drawsInHalves`, a page of `halvesFrom` rows or more is drawn in two halves at once, the top one with this
    /// renderer's Pango context and the bottom one with a second context of its own (a context serves one
    /// thread at a time), each on a surface over its own rows of the one image. The bottom half's surface
    /// has a whole-pixel device offset, so its geometry lands on the same pixel grid with the same
    /// fractions as when the page is drawn whole: the pixels are the same (`scripts/compare-output.sh`
    /// checks them over every profile). Cairo's own caches are shared and locked.
    func image(_ primitives: [Primitive], paper: Paper, dpi: Double, halvesFrom: Int = halvesFrom) throws -> OpaquePointer {
        let scale = dpi / 72
        let width = Int32((paper.width * scale).rounded(.up)), height = Int((paper.height * scale).rounded(.up))
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, width))
        // The pixels are cleared by whoever draws them, each half its own rows, rather than by cairo on one
        // thread before either starts (a seventeen-megabyte memset at A3, 150 dpi).
        guard stride > 0 else { throw RenderError(description: String(cString: cairo_status_to_string(CAIRO_STATUS_INVALID_STRIDE))) }
        guard let memory = malloc(stride * max(height, 1)) else { throw RenderError(description: "no memory for a \(width) × \(height) image") }
        let pixels = memory.assumingMemoryBound(to: UInt8.self)
        let surface = cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_RGB24, width, Int32(height), Int32(stride))!
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS,
              cairo_surface_set_user_data(surface, Self.pixelsKey, memory, free) == CAIRO_STATUS_SUCCESS else {
            let status = cairo_surface_status(surface)
            cairo_surface_destroy(surface)
            free(memory)
            throw RenderError(description: String(cString: cairo_status_to_string(status)))
        }
        guard drawsInHalves, height >= halvesFrom else {
            memset(pixels, 0, stride * height)
            do { try draw(surface, pages: [primitives], scale: scale, finish: false) } catch {
                cairo_surface_destroy(surface)
                throw error
            }
            return surface
        }
        let halves = [0..<height / 2, height / 2..<height]
        let job = HalfJob(renderer: self, measurers: [measurer, companion], pixels: pixels)
        let failures = Parallel.map(Array(halves.indices)) { index -> RenderError? in
            let rows = halves[index]
            // What lies wholly outside these rows (two pixels of antialiasing aside) is not drawn here.
            let top = (Double(rows.lowerBound) - 2) / scale, bottom = (Double(rows.upperBound) + 2) / scale
            let visible = primitives.filter { $0.verticalExtent.map { $0.upperBound >= top && $0.lowerBound <= bottom } ?? false }
            let start = job.pixels + rows.lowerBound * stride
            memset(start, 0, rows.count * stride)
            let part = cairo_image_surface_create_for_data(start, CAIRO_FORMAT_RGB24, width, Int32(rows.count), Int32(stride))!
            cairo_surface_set_device_offset(part, 0, -Double(rows.lowerBound))
            do { try job.renderer.draw(part, pages: [visible], scale: scale, measurer: job.measurers[index]) } catch {
                return error as? RenderError ?? RenderError(description: "\(error)")
            }
            return nil
        }
        cairo_surface_mark_dirty(surface)
        if let failure = failures.compactMap({ $0 }).first {
            cairo_surface_destroy(surface)
            throw failure
        }
        return surface
    }

    /// Pages with at least this many rows of pixels are drawn in two halves at once: an A4 page at 72 dpi
    /// and up, not the site's thumbnails, where a second thread would cost more than it saves.
    static let halvesFrom = 800

    /// The key under which an image surface holds its pixels, which cairo frees with it.
    /// Its address is what counts; cairo never writes it.
    private nonisolated(unsafe) static let pixelsKey: UnsafeMutablePointer<cairo_user_data_key_t> = .allocate(capacity: 1)

    /// The second Pango context `image` draws the bottom half of a page with, made on first use.
    private lazy var companion = PangoTextMeasurer()

    /// What the two halves of `image` share across threads: the renderer, a measurer (Pango context) for
    /// each half, and the pixels, of which each half writes only its own rows.
    private struct HalfJob: @unchecked Sendable {
        let renderer: PosterRenderer
        let measurers: [PangoTextMeasurer]
        let pixels: UnsafeMutablePointer<UInt8>
    }

    /// Draws `pages` on `surface` with `measurer`'s Pango context (this renderer's own when nil) and
    /// finishes it; destroys the surface when `finish` is set.
    private func draw(_ surface: OpaquePointer, pages: [[Primitive]], scale: Double, finish: Bool = true, measurer: PangoTextMeasurer? = nil) throws {
        let measurer = measurer ?? self.measurer
        let cr = cairo_create(surface)!
        let layout = pango_layout_new(measurer.context)!
        defer {
            g_object_unref(UnsafeMutableRawPointer(layout))
            cairo_destroy(cr)
            if finish { cairo_surface_destroy(surface) }
        }
        cairo_scale(cr, scale, scale)
        let painter = CairoPainter(cr: cr, measurer: measurer, layout: layout)
        for page in pages {
            painter.paint(page)
            cairo_show_page(cr)
        }
        if finish { cairo_surface_finish(surface) }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else { throw RenderError(description: String(cString: cairo_status_to_string(status))) }
    }

    /// Runs `body` with a cairo write callback that appends to a buffer, and returns the buffer.
    private func withStream(_ body: (cairo_write_func_t, UnsafeMutableRawPointer) throws -> Void) throws -> [UInt8] {
        let sink = ByteSink()
        let pointer = Unmanaged.passUnretained(sink).toOpaque()
        try withExtendedLifetime(sink) {
            try body({ closure, data, length in
                let sink = Unmanaged<ByteSink>.fromOpaque(closure!).takeUnretainedValue()
                sink.bytes.append(contentsOf: UnsafeBufferPointer(start: data, count: Int(length)))
                return CAIRO_STATUS_SUCCESS
            }, pointer)
        }
        return sink.bytes
    }

    /// The PDF creation date from SOURCE_DATE_EPOCH (reproducible builds), or "" when it is unset,
    /// which makes cairo leave the date out: the bytes never depend on the clock.
    static func creationDate() -> String {
        guard let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap({ Int($0) }) else { return "" }
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    }
}

/// Collects what cairo writes.
private final class ByteSink {
    var bytes: [UInt8] = []
}
