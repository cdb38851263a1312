import PosterLayout

/// Sets single lines of text for the diff figures, measured like the poster's own text.
struct LineSetter {
    let measurer: any TextMeasurer

    /// `text` on one line with its top-left corner at (`x`, `y`).
    func line(_ text: String, size: Double, bold: Bool, color: Color, x: Double = 0, y: Double = 0) -> TextLine {
        let font = FontSpec(size: size, bold: bold)
        let width = measurer.wrap(text, font: font, width: .infinity, language: nil).first?.width ?? 0
        return TextLine(text: text, origin: Point(x, y), width: width, height: measurer.lineHeight(font), font: font, color: color)
    }
}

extension TextLine {
    /// The line with its top-left corner at (`x`, `y`).
    func at(_ x: Double, _ y: Double) -> TextLine {
        var copy = self
        copy.origin = Point(x, y)
        return copy
    }
}
