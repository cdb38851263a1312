import ProfileSyntax

/// A font as the layout asks for it: the family is fixed (`FontSpec.family`), size and style vary.
public struct FontSpec: Sendable, Equatable, Hashable {
    /// Noto Sans from Debian's fonts-noto-core, DejaVu Sans when Noto is missing.
    public static let family = "Noto Sans, DejaVu Sans"

    /// The size in points.
    public var size: Double
    public var bold: Bool
    public var italic: Bool

    public init(size: Double, bold: Bool = false, italic: Bool = false) {
        self.size = size
        self.bold = bold
        self.italic = italic
    }
}

/// One line of wrapped text and its width in points.
public struct MeasuredLine: Sendable, Equatable {
    public var text: String
    public var width: Double

    public init(text: String, width: Double) {
        self.text = text
        self.width = width
    }
}

/// Measures and wraps text the way the drawing backend will set it.
public protocol TextMeasurer {
    /// `text` broken into lines no wider than `width` points (a word longer than the width is broken
    /// inside, hyphenated as `language` hyphenates when it is given); an empty text gives no lines.
    func wrap(_ text: String, font: FontSpec, width: Double, language: ContentLanguage?) -> [MeasuredLine]
    /// The distance from one line's top to the next line's top, in points.
    func lineHeight(_ font: FontSpec) -> Double
}
