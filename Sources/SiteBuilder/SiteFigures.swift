import DiffPoster
import Foundation
import PosterLayout
import PosterRender
import ProfileDiff
import ProfileModel
import ProfileSyntax

/// The figure files of one version or one step, drawn together because they share a layout.
struct FigureJob: Sendable {
    enum Subject: Sendable {
        /// A version: the A3 poster as SVG (inline on its page), PDF and PNG, the A4 poster as PDF, and a
        /// small PNG for the cards; a hybrid's title block names its components by these titles (by slug).
        case version(Profile, componentTitles: [String: String])
        /// A step between versions: the changes figure as SVG and A3 PDF.
        case step(ProfileDifference, old: Profile, new: Profile)
    }

    let subject: Subject
    /// `figuren/slug-2020`: the files are this plus `-a3.pdf`, `-a4.pdf`, `.png`, `-klein.png`.
    let stem: String
    /// The hash of what the figures are drawn from.
    let key: String

    /// The PNG's resolution: a screen-sized image (A3 at 72 dpi is 842 × 1191 pixels) that a slide or
    /// a message can hold; the PDFs are for print.
    static let pngDPI = 72.0
    /// The cards' thumbnail: 210 × 298 pixels, sharp at the card's 88 CSS pixels on a 2× screen, and a
    /// few kB where the SVG is hundreds.
    static let thumbnailDPI = 18.0

    /// The files this job writes, by path. The SVG is not among them: it lives inline in its page only
    /// (a second copy would double what a site weighs), and is drawn again alone when a page changes
    /// while its figure does not (`svg(language:)`).
    func paths() -> [String] {
        switch subject {
        case .version: [stem + "-a3.pdf", stem + "-a4.pdf", stem + ".png", stem + "-klein.png"]
        case .step: [stem + "-a3.pdf"]
        }
    }

    /// What one job draws: its files, and the SVG for its page.
    struct Drawing: Sendable {
        var files: [String: [UInt8]] = [:]
        var svg: [UInt8]?
    }

    /// A renderer for one of the threads that draw figures, made once per thread and used for every
    /// figure it draws, so that its buffers (strips, PNG encoding) serve them all. The site draws its
    /// figures on every core already, so a page is not spread over the cores as well.
    @Sendable static func renderer() -> PosterRenderer {
        PosterRenderer(measurer: PangoTextMeasurer.forCurrentThread(), drawsOnEveryCore: false)
    }

    /// Only the SVG, for a page made again while its figure is unchanged.
    func svg(language: ContentLanguage?, renderer: PosterRenderer) throws -> [UInt8]? {
        try draw(language: language, renderer: renderer, svgOnly: true).svg
    }

    /// Draws the files and the SVG with `renderer` (`FigureJob.renderer`, one per thread); a figure that
    /// does not fit its paper is left out (its page then shows and links none).
    func draw(language: ContentLanguage?, renderer: PosterRenderer, svgOnly: Bool = false) throws -> Drawing {
        let measurer = renderer.measurer
        let a3 = Paper(.a3), a4 = Paper(.a4)
        var drawing = Drawing()
        switch subject {
        case .version(let profile, let titles):
            let engine = PosterLayoutEngine(measurer: measurer)
            if case .success(let poster) = engine.layout(profile, paper: a3, language: language, componentTitles: titles) {
                drawing.svg = try renderer.svg(poster.primitives, paper: a3)
                if svgOnly { return drawing }
                drawing.files[stem + "-a3.pdf"] = try renderer.render(poster, format: .pdf, title: profile.title)
                drawing.files[stem + ".png"] = try renderer.png(poster.primitives, paper: a3, dpi: Self.pngDPI)
                drawing.files[stem + "-klein.png"] = try renderer.png(poster.primitives, paper: a3, dpi: Self.thumbnailDPI)
            }
            if svgOnly { return drawing }
            if case .success(let poster) = engine.layout(profile, paper: a4, language: language, componentTitles: titles) {
                drawing.files[stem + "-a4.pdf"] = try renderer.render(poster, format: .pdf, title: profile.title)
            }
        case .step(let difference, let old, let new):
            let layout = DiffPosterLayout(measurer: measurer)
            if case .success(let page) = layout.changes(difference, old: old, new: new, paper: a3, language: language, theme: .standard) {
                drawing.svg = try renderer.svg(page.primitives, paper: a3)
                if svgOnly { return drawing }
                drawing.files[stem + "-a3.pdf"] = try renderer.pdf(pages: [page.primitives], paper: a3, title: DiffWording.heading(difference))
            }
        }
        return drawing
    }
}

/// Cairo's SVG made fit to sit inside an HTML page: without its XML declaration, scaled by CSS, named
/// by the page's text alternative. Cairo's own ids (`glyph0-1`, `surface5`) cannot clash with the page's,
/// which are words (`inhoud`, `figuur-title`, `deel-hoofd`), and a page inlines one figure.
enum InlineSVG {
    /// `svg` with `role="img"`, `aria-labelledby` pointing at a `<title>` holding `alt`, and no fixed size.
    static func embed(_ svg: [UInt8], id: String, alt: String) -> [UInt8] {
        // Only the head is parsed; the body (hundreds of kB of glyph outlines) is copied as it is.
        guard let open = svg.firstRange(of: Array("<svg".utf8)), let close = svg[open.upperBound...].firstIndex(of: UInt8(ascii: ">")) else { return [] }
        var attributes = String(decoding: svg[open.upperBound..<close], as: UTF8.self)
        // Cairo writes the size in points; the page's CSS sizes the figure.
        attributes = attributes.replacingOccurrences(of: #"\s(width|height)="[^"]*""#, with: "", options: .regularExpression)
        let head = "<svg\(attributes) role=\"img\" aria-labelledby=\"\(id)-title\" focusable=\"false\"><title id=\"\(id)-title\">\(HTMLText.escape(alt))</title>"
        var body = svg[(close + 1)...]
        while let last = body.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: " ") { body = body.dropLast() }
        return Array(head.utf8) + body
    }
}

/// Escaping for the few strings the site puts into markup it makes itself (the inline SVG's title).
/// Templates never need it: the template engine escapes every value.
enum HTMLText {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
