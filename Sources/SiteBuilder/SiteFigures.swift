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
        /// A version: the A3 poster as SVG (inline on its page, and the cards' thumbnail), PDF and PNG,
        /// and the A4 poster as PDF, and a small PNG for the cards.
        case version(Profile)
        /// A step between versions: the changes figure as SVG and A3 PDF.
        case step(ProfileDifference, old: Profile, new: Profile)
    }

    let subject: Subject
    /// `figuren/slug-2020`: the files are this plus `.svg`, `-a3.pdf`, `-a4.pdf`, `.png`.
    let stem: String
    /// The hash of what the figures are drawn from.
    let key: String

    /// The PNG's resolution: a screen-sized image (A3 at 72 dpi is 842 × 1191 pixels) that a slide or
    /// a message can hold; the PDFs are for print.
    static let pngDPI = 72.0
    /// The cards' thumbnail: 210 × 298 pixels, sharp at the card's 88 CSS pixels on a 2× screen, and a
    /// few kB where the SVG is hundreds.
    static let thumbnailDPI = 18.0

    /// The files this job writes, by path.
    func paths() -> [String] {
        switch subject {
        case .version: [stem + ".svg", stem + "-a3.pdf", stem + "-a4.pdf", stem + ".png", stem + "-klein.png"]
        case .step: [stem + ".svg", stem + "-a3.pdf"]
        }
    }

    /// Draws the files; a figure that does not fit its paper is left out (its page then links none).
    func draw(language: ContentLanguage?) throws -> [String: [UInt8]] {
        let measurer = PangoTextMeasurer.forCurrentThread()
        let renderer = PosterRenderer(measurer: measurer)
        let a3 = Paper(.a3), a4 = Paper(.a4)
        var files: [String: [UInt8]] = [:]
        switch subject {
        case .version(let profile):
            let engine = PosterLayoutEngine(measurer: measurer)
            if case .success(let poster) = engine.layout(profile, paper: a3, language: language) {
                files[stem + ".svg"] = try renderer.svg(poster.primitives, paper: a3)
                files[stem + "-a3.pdf"] = try renderer.render(poster, format: .pdf, title: profile.title)
                files[stem + ".png"] = try renderer.png(poster.primitives, paper: a3, dpi: Self.pngDPI)
                files[stem + "-klein.png"] = try renderer.png(poster.primitives, paper: a3, dpi: Self.thumbnailDPI)
            }
            if case .success(let poster) = engine.layout(profile, paper: a4, language: language) {
                files[stem + "-a4.pdf"] = try renderer.render(poster, format: .pdf, title: profile.title)
            }
        case .step(let difference, let old, let new):
            let layout = DiffPosterLayout(measurer: measurer)
            if case .success(let page) = layout.changes(difference, old: old, new: new, paper: a3, language: language, theme: .standard) {
                files[stem + ".svg"] = try renderer.svg(page.primitives, paper: a3)
                files[stem + "-a3.pdf"] = try renderer.pdf(pages: [page.primitives], paper: a3, title: DiffWording.heading(difference))
            }
        }
        return files
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
