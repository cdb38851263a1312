import CCairo
import Foundation
import ParallelMap
import PosterLayout

/// Draws laid-out pages with cairo into PDF, SVG or PNG bytes. Same pages in, same bytes out.
///
/// One renderer belongs to one thread, like its measurer.
public final class PosterRenderer {
    public let measurer: PangoTextMeasurer
    /// Whether a large PNG page is drawn and encoded on every core (`png`): right for a renderer that
    /// works alone. One of several renderers that already keep every core busy gains nothing by it and
    /// would pay for more Pango contexts with cold caches.
    public let drawsOnEveryCore: Bool

    public init(measurer: PangoTextMeasurer, drawsOnEveryCore: Bool = true) {
        self.measurer = measurer
        self.drawsOnEveryCore = drawsOnEveryCore
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
    ///
    /// A page of `stripsFrom` rows or more is drawn a strip at a time (`PNGEncoder.stripRows`), each by
    /// the thread that then encodes it, on every core when `drawsOnEveryCore`: a strip's pixels (1.8 MiB
    /// at A3, 150 dpi) are still in the core's cache when the filter reads them, the cores share out the
    /// strips as they finish, and the whole image (17 MiB) is never held. Each thread has its own Pango
    /// context (a context serves one thread at a time) and draws on a surface over its strip buffer,
    /// with a whole-pixel device offset, so the geometry lands on the same pixel grid with the same
    /// fractions as when the page is drawn whole: the pixels are the same (`StripsTests`, and
    /// `scripts/compare-output.sh` over every profile). Cairo's own caches are shared and locked.
    public func png(_ primitives: [Primitive], paper: Paper, dpi: Double, stripsFrom: Int = stripsFrom) throws -> [UInt8] {
        let scale = dpi / 72
        let (width, height, stride) = try Self.size(of: paper, scale: scale)
        let threads = drawsOnEveryCore ? ProcessInfo.processInfo.activeProcessorCount : 1
        while encoding.count < threads { encoding.append(PNGEncoder.Workspace()) }
        let workspaces = Array(encoding.prefix(threads))
        guard height >= stripsFrom else {
            let surface = try image(primitives, paper: paper, dpi: dpi)
            defer { cairo_surface_destroy(surface) }
            return try PNGEncoder.encode(surface, dpi: dpi, workspaces: workspaces)
        }
        while canvases.count < threads {
            canvases.append(StripCanvas(measurer: canvases.isEmpty ? measurer : PangoTextMeasurer()))
        }
        let job = StripJob(renderer: self, canvases: Array(canvases.prefix(threads)), primitives: primitives,
                           extents: primitives.map(\.verticalExtent), scale: scale, width: width, stride: stride)
        return try PNGEncoder.encode(width: width, height: height, stride: stride, dpi: dpi, workspaces: workspaces, makeContext: { worker in
            job.canvases[worker]
        }) { rows, canvas in
            try canvas.draw(rows, job)
        }
    }

    /// Pages with at least this many rows of pixels are drawn in strips (`png`): an A4 page at 72 dpi and
    /// up, not the site's thumbnails, where a second thread would cost more than it saves.
    public static let stripsFrom = 800

    /// One page drawn whole on a new RGB24 image surface at `dpi`; the caller destroys it.
    func image(_ primitives: [Primitive], paper: Paper, dpi: Double) throws -> OpaquePointer {
        let scale = dpi / 72
        let (width, height, stride) = try Self.size(of: paper, scale: scale)
        let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(width), Int32(height))!
        do { try draw(surface, pages: [primitives], scale: scale, finish: false) } catch {
            cairo_surface_destroy(surface)
            throw error
        }
        return surface
    }

    /// The pixel width and height of `paper` at `scale` pixels per point, and cairo's stride for that width.
    private static func size(of paper: Paper, scale: Double) throws -> (width: Int, height: Int, stride: Int) {
        let width = Int((paper.width * scale).rounded(.up)), height = Int((paper.height * scale).rounded(.up))
        let stride = Int(cairo_format_stride_for_width(CAIRO_FORMAT_RGB24, Int32(width)))
        guard stride > 0 else { throw RenderError(description: String(cString: cairo_status_to_string(CAIRO_STATUS_INVALID_STRIDE))) }
        return (width, height, stride)
    }

    /// What `png` keeps from one page to the next, made on first use, one per thread it encodes or draws
    /// on: the encoder's workspaces and the strip canvases (the first with this renderer's own Pango
    /// context). Made anew for each page, the buffers were fresh memory each time, and clearing the
    /// canvases was over a third of a PNG render's page faults.
    private var encoding: [PNGEncoder.Workspace] = []
    private var canvases: [StripCanvas] = []

    /// What the threads drawing a page in strips share: the renderer, a canvas for each thread, the page
    /// with each primitive's vertical extent (found once, not once per strip), its scale, and its width
    /// and stride in pixels and bytes.
    private struct StripJob: @unchecked Sendable {
        let renderer: PosterRenderer
        let canvases: [StripCanvas]
        let primitives: [Primitive]
        let extents: [ClosedRange<Double>?]
        let scale: Double
        let width, stride: Int
    }

    /// One thread's buffer for a strip of `PNGEncoder.stripRows` rows, reused for every strip it draws
    /// (and grown for a wider page), and its Pango context.
    private final class StripCanvas {
        let measurer: PangoTextMeasurer
        private var pixels = UnsafeMutableRawPointer.allocate(byteCount: 0, alignment: 64)
        private var capacity = 0

        init(measurer: PangoTextMeasurer) { self.measurer = measurer }

        deinit { pixels.deallocate() }

        /// `rows` (at most a strip) of `job`'s page drawn into the buffer, which it returns.
        func draw(_ rows: Range<Int>, _ job: StripJob) throws -> UnsafeRawPointer {
            let width = job.width, stride = job.stride
            if stride * PNGEncoder.stripRows > capacity {
                pixels.deallocate()
                capacity = stride * PNGEncoder.stripRows
                pixels = .allocate(byteCount: capacity, alignment: 64)
            }
            // What lies wholly outside these rows (two pixels of antialiasing aside) is not drawn here.
            let top = (Double(rows.lowerBound) - 2) / job.scale, bottom = (Double(rows.upperBound) + 2) / job.scale
            let visible = job.primitives.indices.compactMap { index in
                job.extents[index].map { $0.upperBound >= top && $0.lowerBound <= bottom } == true ? job.primitives[index] : nil
            }
            memset(pixels, 0, rows.count * stride)
            let surface = cairo_image_surface_create_for_data(pixels.assumingMemoryBound(to: UInt8.self), CAIRO_FORMAT_RGB24,
                                                              Int32(width), Int32(rows.count), Int32(stride))!
            cairo_surface_set_device_offset(surface, 0, -Double(rows.lowerBound))
            try job.renderer.draw(surface, pages: [visible], scale: job.scale, measurer: measurer)
            return UnsafeRawPointer(pixels)
        }
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
