import Foundation
import ProfileModel
import ProfileSyntax

/// An opaque sRGB colour.
public struct Color: Sendable, Equatable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double

    /// A colour from `0xRRGGBB`.
    public init(_ hex: UInt32) {
        red = Double((hex >> 16) & 0xFF) / 255
        green = Double((hex >> 8) & 0xFF) / 255
        blue = Double(hex & 0xFF) / 255
    }

    /// Relative luminance (WCAG), 0 for black to 1 for white.
    public var luminance: Double {
        func channel(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)
    }

    /// White or near-black, whichever reads better on this colour.
    public var readableInk: Color { luminance > 0.32 ? Color(0x1F2328) : Color(0xFFFFFF) }
}

/// The colours of a poster. Every theme also tells things apart by shape and position, never by
/// colour alone.
public struct Theme: Sendable, Equatable {
    /// The name `--theme` takes.
    public var name: String
    public var paper: Color
    /// Body text.
    public var ink: Color
    /// Quotes, attributions, the footer.
    public var mutedInk: Color
    /// The silhouette.
    public var figure: Color
    /// Eyes and mouth on the silhouette.
    public var face: Color
    /// The tinted field of the environment behind the figure.
    public var field: Color
    /// Box backgrounds.
    public var box: Color
    /// Each part's colour: box header, leader line, the marked body part.
    public var parts: [PartKind: Color]
    /// Trend marker colours.
    public var trends: [Trend: Color]
    /// A hybrid's two worlds: the time-split bar, the halves behind the figure, each side's boxes.
    /// Each pair differs in lightness as well as hue, so the sides also part in grey and for colour-blind readers.
    public var sides: [Side: Color] = [.school: Color(0x0072B2), .company: Color(0xE69F00)]

    /// The colour of `kind`.
    public func color(_ kind: PartKind) -> Color { parts[kind] ?? ink }

    /// The colour of a hybrid's `side`.
    public func side(_ side: Side) -> Color { sides[side] ?? ink }

    /// The colours as printed in the research: a part colour per body part.
    public static let standard = Theme(
        name: "default", paper: Color(0xFFFFFF), ink: Color(0x1F2328), mutedInk: Color(0x57606A),
        figure: Color(0x5D6B78), face: Color(0xFFFFFF), field: Color(0xE6F2F3), box: Color(0xFFFFFF),
        parts: [.head: Color(0x2F6DB5), .hands: Color(0xD9731A), .heart: Color(0xD1343F), .mouth: Color(0x7B4FB0),
                .gut: Color(0xE3B22B), .feet: Color(0x2E8B57), .linking: Color(0x0F766E), .passion: Color(0xA61E3A), .environment: Color(0x2D7F8A)],
        trends: [.new: Color(0x1565C0), .growing: Color(0x2E7D32), .shrinking: Color(0xE65100), .disappearing: Color(0x6E7781)],
        sides: [.school: Color(0x3B5BA5), .company: Color(0xD08C00)])

    /// Shades of grey only, for black-and-white printers.
    public static let grayscale = Theme(
        name: "grayscale", paper: Color(0xFFFFFF), ink: Color(0x111111), mutedInk: Color(0x555555),
        figure: Color(0x8C8C8C), face: Color(0xFFFFFF), field: Color(0xEEEEEE), box: Color(0xFFFFFF),
        parts: [.head: Color(0x333333), .hands: Color(0x4D4D4D), .heart: Color(0x262626), .mouth: Color(0x404040),
                .gut: Color(0x5A5A5A), .feet: Color(0x333333), .linking: Color(0x262626), .passion: Color(0x1A1A1A), .environment: Color(0x4D4D4D)],
        trends: [.new: Color(0x000000), .growing: Color(0x333333), .shrinking: Color(0x333333), .disappearing: Color(0x777777)],
        sides: [.school: Color(0x3A3A3A), .company: Color(0x9A9A9A)])

    /// The Okabe–Ito palette, which readers with any common colour-vision deficiency tell apart.
    public static let colorBlindSafe = Theme(
        name: "colorblind", paper: Color(0xFFFFFF), ink: Color(0x1F2328), mutedInk: Color(0x57606A),
        figure: Color(0x6B6B6B), face: Color(0xFFFFFF), field: Color(0xE5F2FA), box: Color(0xFFFFFF),
        parts: [.head: Color(0x0072B2), .hands: Color(0xE69F00), .heart: Color(0xD55E00), .mouth: Color(0xCC79A7),
                .gut: Color(0xF0E442), .feet: Color(0x009E73), .linking: Color(0x000000), .passion: Color(0x1F2328), .environment: Color(0x56B4E9)],
        trends: [.new: Color(0x0072B2), .growing: Color(0x009E73), .shrinking: Color(0xD55E00), .disappearing: Color(0x000000)],
        // Okabe–Ito blue and orange: the pair that stays apart for every common colour-vision deficiency.
        sides: [.school: Color(0x0072B2), .company: Color(0xE69F00)])

    /// Every theme, in the order `--help` lists them.
    public static let all: [Theme] = [standard, grayscale, colorBlindSafe]

    /// The theme called `name`, if there is one.
    public static func named(_ name: String) -> Theme? { all.first { $0.name == name.lowercased() } }
}
