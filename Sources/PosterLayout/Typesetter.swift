import ProfileSyntax

/// Sets wrapped text as placed lines, through a `TextMeasurer`, hyphenating as `language` does.
struct Typesetter {
    let measurer: any TextMeasurer
    let language: ContentLanguage

    /// `text` wrapped to `width` with its first line's top at `y`; left-aligned at `x`, or centred on
    /// `x + width / 2` when `centered`. Returns the lines and the height they take.
    func set(_ text: String, font: FontSpec, color: Color, x: Double, y: Double, width: Double,
             centered: Bool = false) -> (lines: [TextLine], height: Double) {
        let height = measurer.lineHeight(font)
        let lines = measurer.wrap(text, font: font, width: width, language: language).enumerated().map { index, line in
            TextLine(text: line.text, origin: Point(centered ? x + (width - line.width) / 2 : x, y + Double(index) * height),
                     width: line.width, height: height, font: font, color: color)
        }
        return (lines, Double(lines.count) * height)
    }
}
