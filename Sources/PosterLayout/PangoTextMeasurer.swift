import CCairo

/// Measures text with Pango on cairo, with the font options the renderer draws with.
///
/// Glyph metrics are unhinted, so a line measures the same on a PDF, SVG and PNG surface at any
/// resolution. One instance belongs to one thread: Pango font maps are not shared between threads.
public final class PangoTextMeasurer: TextMeasurer {
    /// The Pango context layouts are made in; the renderer draws layouts from it.
    public let context: OpaquePointer
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    private let scratch: OpaquePointer
    private var descriptions: [FontSpec: OpaquePointer] = [:]
    private var lineHeights: [FontSpec: Double] = [:]

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
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(scratch))
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The Pango font description of `font`, made once and kept.
    public func description(_ font: FontSpec) -> OpaquePointer {
        if let cached = descriptions[font] { return cached }
        let description = pango_font_description_from_string(FontSpec.family)!
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        descriptions[font] = description
        return description
    }

    public func wrap(_ text: String, font: FontSpec, width: Double) -> [MeasuredLine] {
        guard !text.isEmpty else { return [] }
        pango_layout_set_font_description(scratch, description(font))
        pango_layout_set_width(scratch, width.isFinite ? Int32(width * Double(PANGO_SCALE)) : -1)
        let bytes = Array(text.utf8)
        pango_layout_set_text(scratch, text, Int32(bytes.count))
        var lines: [MeasuredLine] = []
        var ink = PangoRectangle(), logical = PangoRectangle()
        for index in 0..<pango_layout_get_line_count(scratch) {
            let line = pango_layout_get_line_readonly(scratch, index)!
            let start = Int(line.pointee.start_index), length = Int(line.pointee.length)
            let piece = String(decoding: bytes[start..<(start + length)], as: UTF8.self)
            let trimmed = String(piece.reversed().drop(while: \.isWhitespace).reversed())
            guard !trimmed.isEmpty else { continue }
            pango_layout_line_get_extents(line, &ink, &logical)
            lines.append(MeasuredLine(text: trimmed, width: Double(logical.width) / Double(PANGO_SCALE)))
        }
        return lines
    }

    public func lineHeight(_ font: FontSpec) -> Double {
        if let cached = lineHeights[font] { return cached }
        pango_layout_set_font_description(scratch, description(font))
        pango_layout_set_width(scratch, -1)
        pango_layout_set_text(scratch, "Ág", -1)
        var ink = PangoRectangle(), logical = PangoRectangle()
        pango_layout_get_extents(scratch, &ink, &logical)
        let height = Double(logical.height) / Double(PANGO_SCALE)
        lineHeights[font] = height
        return height
    }
}
