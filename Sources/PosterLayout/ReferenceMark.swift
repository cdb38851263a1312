extension Typesetter {
    /// The font of a reference mark after text in `font`: about six tenths of its size, upright and
    /// regular. Set with its top at the line's top, its baseline sits well above the text's, as a
    /// superscript does (Pango's own rise attribute would need a layout per mark; one small line is simpler).
    static func markFont(after font: FontSpec) -> FontSpec { FontSpec(size: font.size * 0.6) }

    /// `text` set as `set(_:font:color:x:y:width:centered:)` sets it, with `mark` (a statement's source
    /// numbers, `1,3`) in `markColor` just after its last line. When the mark does not fit after the
    /// last line, the text is wrapped narrower so that it does: the mark never starts a line of its own.
    func set(_ text: String, mark: String?, font: FontSpec, color: Color, markColor: Color, x: Double, y: Double,
             width: Double, centered: Bool = false) -> (lines: [TextLine], height: Double, mark: TextLine?) {
        let plain = set(text, font: font, color: color, x: x, y: y, width: width, centered: centered)
        guard let mark, !mark.isEmpty else { return (plain.lines, plain.height, nil) }
        let markFont = Self.markFont(after: font)
        let gap = font.size * 0.05
        let markWidth = measurer.wrap(mark, font: markFont, width: .infinity, language: nil).first?.width ?? 0
        var set = plain
        if let last = set.lines.last, last.frame.maxX + gap + markWidth > x + width {
            let narrower = max(width - (centered ? 2 : 1) * (gap + markWidth), font.size)
            set = self.set(text, font: font, color: color, x: centered ? x + (width - narrower) / 2 : x, y: y, width: narrower,
                           centered: centered)
        }
        guard let last = set.lines.last else { return (set.lines, set.height, nil) }
        let line = TextLine(text: mark, origin: Point(last.frame.maxX + gap, last.origin.y), width: markWidth,
                            height: measurer.lineHeight(markFont), font: markFont, color: markColor)
        return (set.lines, set.height, line)
    }
}
