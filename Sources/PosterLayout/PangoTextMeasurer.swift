import CCairo
import ProfileSyntax

/// Measures text with Pango on cairo, with the font options the renderer draws with.
///
/// Glyph metrics are unhinted, so a line measures the same on a PDF, SVG and PNG surface at any
/// resolution. One instance belongs to one thread: Pango font maps are not shared between threads.
public final class PangoTextMeasurer: TextMeasurer {
    /// The Pango context layouts are made in; the renderer draws layouts from it.
    public let context: OpaquePointer
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let scratch: OpaquePointer
    /// Per style (`styleIndex`): the font description at the reference size, and its line height.
    private var descriptions: [OpaquePointer?] = Array(repeating: nil, count: 4)
    private var lineHeights: [Double?] = Array(repeating: nil, count: 4)
    private var advances: [AdvanceKey: Double] = [:]
    private var texts: [AdvanceKey: [Piece]] = [:]
    /// Texts split into pieces and pieces shaped by Pango since the measurer was made: the work its
    /// caches did not save (printed by the bench; a second layout of the same poster adds none).
    public private(set) var textsSplit = 0, piecesShaped = 0

    public init() {
        fontMap = pango_cairo_font_map_new()
        context = pango_font_map_create_context(fontMap)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        scratch = pango_layout_new(context)
        let attributes = pango_attr_list_new()
        pango_attr_list_insert(attributes, pango_attr_insert_hyphens_new(0))
        pango_layout_set_attributes(scratch, attributes)
        pango_attr_list_unref(attributes)
        pango_layout_set_wrap(scratch, PANGO_WRAP_WORD_CHAR)
        // At its full size from the start, so a long run's memory does not creep up as it fills.
        advances.reserveCapacity(Self.advanceCacheLimit)
    }

    deinit {
        for case let description? in descriptions { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(scratch))
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The Pango font description for `font`'s style at the reference size, and the factor that
    /// scales it to `font`'s size. Text is always shaped at the reference size and scaled (with the
    /// cairo matrix when drawn), so Pango and fontconfig only ever see three or four fonts.
    public func reference(_ font: FontSpec) -> (description: OpaquePointer, scale: Double) {
        let style = Self.styleIndex(font)
        if let cached = descriptions[style] { return (cached, font.size / Self.referenceSize) }
        let description = pango_font_description_from_string(FontSpec.family)!
        pango_font_description_set_absolute_size(description, Self.referenceSize * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        descriptions[style] = description
        return (description, font.size / Self.referenceSize)
    }

    /// Breaks greedily between words, and after the hyphen inside a word ("Mbo-|opleiding",
    /// "Wet-| en regelgeving"). Each piece's advance is shaped by Pango once per style at a reference
    /// size and scaled (metrics are unhinted, so advances scale linearly). A piece wider than the line
    /// is hyphenated at the pattern points of `language` (`Hyphenator`), with a visible hyphen; Pango
    /// breaks it between characters only where no pattern point fits, or when `language` is nil.
    ///
    /// A text's pieces and their advances are worked out once per style (`pieces`) and reused at every
    /// size and width the layout tries, so a line break costs a comparison of numbers.
    public func wrap(_ text: String, font: FontSpec, width: Double, language: ContentLanguage?) -> [MeasuredLine] {
        let scale = font.size / Self.referenceSize
        let space = advance(" ", font) * scale
        let pieces = self.pieces(text, font)
        var lines: [MeasuredLine] = []
        // The current line is pieces[lineStart..<index] after `prefix` (the end of a word broken inside).
        var prefix = "", lineStart = 0, currentWidth = 0.0
        func flush(upTo end: Int) {
            guard !prefix.isEmpty || lineStart < end else { return }
            var line = prefix
            for index in lineStart..<end {
                if pieces[index].startsWord && (index > lineStart || !prefix.isEmpty) { line += " " }
                line += pieces[index].text
            }
            lines.append(MeasuredLine(text: line, width: currentWidth))
        }
        for (index, piece) in pieces.enumerated() {
            let gap = piece.startsWord ? space : 0
            let pieceWidth = piece.advance * scale
            let empty = prefix.isEmpty && lineStart == index
            if empty || currentWidth + gap + pieceWidth > width {
                flush(upTo: index)
                if pieceWidth > width {
                    var broken = breakInside(piece.text, font: font, width: width, language: language)
                    let last = broken.removeLast()
                    lines += broken
                    (prefix, lineStart, currentWidth) = (last.text, index + 1, last.width)
                } else {
                    (prefix, lineStart, currentWidth) = ("", index, pieceWidth)
                }
            } else {
                currentWidth += gap + pieceWidth
            }
        }
        flush(upTo: pieces.count)
        return lines
    }

    /// One piece of a text as `wrap` places it: a word, or the part of one up to and after a hyphen.
    private struct Piece {
        let text: String
        /// The advance at the reference size.
        let advance: Double
        /// Whether a space goes before it (it begins a word), rather than nothing (it follows a hyphen).
        let startsWord: Bool
    }

    /// `text`'s pieces in `font`'s style, split and shaped on first use and cached.
    private func pieces(_ text: String, _ font: FontSpec) -> [Piece] {
        let key = AdvanceKey(text: text, bold: font.bold, italic: font.italic)
        if let cached = texts[key] { return cached }
        if texts.count >= Self.textCacheLimit { texts.removeAll() }
        textsSplit += 1
        var pieces: [Piece] = []
        for word in text.split(separator: " ") {
            for (index, piece) in Self.hyphenPieces(word).enumerated() {
                pieces.append(Piece(text: piece, advance: advance(piece, font), startsWord: index == 0))
            }
        }
        texts[key] = pieces
        return pieces
    }

    /// A word cut after each hyphen that has letters on both sides: "Mbo-opleiding" → "Mbo-", "opleiding".
    static func hyphenPieces(_ word: Substring) -> [String] {
        var pieces: [String] = []
        var start = word.startIndex
        var index = word.startIndex
        while index < word.endIndex {
            let next = word.index(after: index)
            if word[index] == "-", index > start, next < word.endIndex {
                pieces.append(String(word[start..<next]))
                start = next
            }
            index = next
        }
        pieces.append(String(word[start...]))
        return pieces
    }

    /// The slot of `font`'s style (regular, bold, italic, bold italic) in the per-style caches: asked
    /// for at every line set, so an array index rather than a hashed key.
    private static func styleIndex(_ font: FontSpec) -> Int { (font.bold ? 1 : 0) + (font.italic ? 2 : 0) }

    /// Shaped advances are measured at this size and scaled.
    static let referenceSize = 100.0
    /// Words kept at most, in a table made at full size (half a megabyte); the cache starts over
    /// beyond it, so memory stays flat on any corpus. A poster sets one or two thousand distinct words,
    /// and its texts are cached whole as well (`textCacheLimit`); at 100,000 words the table kept
    /// growing, to 1.5 MB over 10,000 generated posters and up to 4 MB per thread on any corpus.
    static let advanceCacheLimit = 8_192
    /// Texts kept split at most: a poster sets a few hundred (the largest profile here about 250), so
    /// each is split once per poster however many sizes the layout tries. At 5,000 the cache held some
    /// 2 MB per thread for texts that rarely come back in another poster: 1,000 generated posters
    /// rendered with 4 MB less peak memory at 1,000, and 6% faster.
    static let textCacheLimit = 1_000

    private struct AdvanceKey: Hashable {
        let text: String
        let bold: Bool
        let italic: Bool
    }

    /// The advance of `text` set on one line at the reference size, shaped once per style.
    private func advance(_ text: String, _ font: FontSpec) -> Double {
        let key = AdvanceKey(text: text, bold: font.bold, italic: font.italic)
        if let cached = advances[key] { return cached }
        if advances.count >= Self.advanceCacheLimit { advances.removeAll(keepingCapacity: true) }
        piecesShaped += 1
        let width = shapedLines(text, font: font, width: .infinity).first?.width ?? 0
        advances[key] = width
        return width
    }

    /// A word too wide for a line, as lines: each ends at the last pattern point whose piece and
    /// hyphen still fit ("ziekteverzuimbegeleidings-"), or, where none fits, where Pango breaks it
    /// between characters.
    private func breakInside(_ word: String, font: FontSpec, width: Double, language: ContentLanguage?) -> [MeasuredLine] {
        let scale = font.size / Self.referenceSize
        let characters = Array(word)
        let points = language.map { Hyphenator.for($0).points(word) } ?? []
        var lines: [MeasuredLine] = []
        var start = 0
        while start < characters.count {
            let rest = String(characters[start...])
            let restWidth = advance(rest, font) * scale
            if restWidth <= width { lines.append(MeasuredLine(text: rest, width: restWidth)); break }
            var fitting: (line: MeasuredLine, end: Int)?
            for point in points.reversed() where point > start {
                let text = String(characters[start..<point]) + "-"
                let line = MeasuredLine(text: text, width: advance(text, font) * scale)
                if line.width <= width { fitting = (line, point); break }
            }
            if let fitting {
                lines.append(fitting.line)
                start = fitting.end
                continue
            }
            let shaped = shapedLines(rest, font: font, width: width / scale)
            guard let first = shaped.first, shaped.count > 1 else { lines.append(MeasuredLine(text: rest, width: restWidth)); break }
            lines.append(MeasuredLine(text: first.text, width: first.width * scale))
            start += first.text.count
        }
        return lines.isEmpty ? [MeasuredLine(text: word, width: width)] : lines
    }

    /// `text` laid out by Pango in `font`'s style at the reference size, wrapped at `width`, as
    /// lines with their widths at the reference size.
    private func shapedLines(_ text: String, font: FontSpec, width: Double) -> [MeasuredLine] {
        pango_layout_set_font_description(scratch, reference(font).description)
        pango_layout_set_width(scratch, width.isFinite ? Int32(width * Double(PANGO_SCALE)) : -1)
        let bytes = Array(text.utf8)
        pango_layout_set_text(scratch, text, Int32(bytes.count))
        var lines: [MeasuredLine] = []
        var ink = PangoRectangle(), logical = PangoRectangle()
        for index in 0..<pango_layout_get_line_count(scratch) {
            let line = pango_layout_get_line_readonly(scratch, index)!
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            let piece = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
            guard !piece.isEmpty else { continue }
            pango_layout_line_get_extents(line, &ink, &logical)
            lines.append(MeasuredLine(text: piece, width: Double(logical.width) / Double(PANGO_SCALE)))
        }
        return lines
    }

    public func lineHeight(_ font: FontSpec) -> Double {
        let style = Self.styleIndex(font)
        let scale = font.size / Self.referenceSize
        if let cached = lineHeights[style] { return cached * scale }
        pango_layout_set_font_description(scratch, reference(font).description)
        pango_layout_set_width(scratch, -1)
        pango_layout_set_text(scratch, "Ág", -1)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(scratch, &ink, &logical)
        let height = Double(logical.height) / Double(PANGO_SCALE)
        lineHeights[style] = height
        return height * scale
    }
}
