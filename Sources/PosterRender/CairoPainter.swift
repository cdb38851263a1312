import CCairo
import PosterLayout

/// Replays layout primitives on a cairo context; text goes through Pango with the measurer's
/// context, so lines are set exactly as they were measured.
struct CairoPainter {
    let cr: OpaquePointer
    let measurer: PangoTextMeasurer
    /// One Pango layout reused for every line.
    let layout: OpaquePointer

    func paint(_ primitives: [Primitive]) {
        for primitive in primitives {
            switch primitive {
            case .fill(let path, let color, let opacity):
                trace(path)
                setColor(color, opacity)
                cairo_fill(cr)
            case .stroke(let path, let color, let width):
                trace(path)
                setColor(color, 1)
                cairo_set_line_width(cr, width)
                cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
                cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
                cairo_stroke(cr)
            case .text(let line):
                setColor(line.color, 1)
                let font = measurer.reference(line.font)
                pango_layout_set_font_description(layout, font.description)
                pango_layout_set_text(layout, line.text, -1)
                cairo_save(cr)
                cairo_translate(cr, line.origin.x, line.origin.y)
                cairo_scale(cr, font.scale, font.scale)
                cairo_move_to(cr, 0, 0)
                pango_cairo_show_layout(cr, layout)
                cairo_restore(cr)
            case .link(let rect, let page):
                let attributes = "rect=[\(rect.x) \(rect.y) \(rect.width) \(rect.height)] page=\(page)"
                cairo_tag_begin(cr, CAIRO_TAG_LINK, attributes)
                cairo_tag_end(cr, CAIRO_TAG_LINK)
            }
        }
    }

    private func setColor(_ color: Color, _ opacity: Double) {
        if opacity >= 1 {
            cairo_set_source_rgb(cr, color.red, color.green, color.blue)
        } else {
            cairo_set_source_rgba(cr, color.red, color.green, color.blue, opacity)
        }
    }

    private func trace(_ path: [PathCommand]) {
        cairo_new_path(cr)
        for command in path {
            switch command {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let a, let b, let c): cairo_curve_to(cr, a.x, a.y, b.x, b.y, c.x, c.y)
            case .arc(let center, let radius, let start, let end): cairo_arc(cr, center.x, center.y, radius, start, end)
            case .close: cairo_close_path(cr)
            }
        }
    }
}
