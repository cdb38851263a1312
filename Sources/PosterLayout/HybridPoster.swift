import ProfileModel
import ProfileSyntax

/// One component's stretch of the time-split bar: its side, its share of the width, and its label
/// (`school · 1 dag`), or no label when the stretch is too narrow for one.
public struct TimeSegment: Sendable, Equatable {
    public var component: Component
    /// The component's part of the working time, 0…1.
    public var fraction: Double
    public var frame: Rect
    public var label: TextLine?
}

/// A small square in a side's colour before the side's name in the title block.
public struct SideSwatch: Sendable, Equatable {
    public var side: Side
    public var frame: Rect
}

/// One half of the field behind the figure, tinted in its side's colour, with the side's name at its top.
public struct SideHalf: Sendable, Equatable {
    public var side: Side
    public var frame: Rect
    public var label: TextLine
}

/// What a hybrid profile's poster adds to the standard one: both contexts named in the title block,
/// the time split as a bar with the direction on it, and the figure standing in both worlds
/// (school left, company right, as the boxes of each side's sub-groups are placed).
public struct HybridHeader: Sendable, Equatable {
    /// A swatch per side, then `School: …`, `Bedrijf: …` and `Richting: bedrijf → school`.
    public var contexts: [TextLine]
    /// The small squares in each side's colour before its name in `contexts`.
    public var swatches: [SideSwatch]
    /// School's components first, then the company's, left to right.
    public var bar: [TimeSegment]
    /// Which way the person moved, drawn as an arrow across the bar's seam; nil when the profile does not say.
    public var direction: Direction?
    /// The tinted halves behind the figure; set once the figure is placed.
    public var halves: [SideHalf] = []

    /// Every line of text it sets.
    public var allText: [TextLine] { contexts + bar.compactMap(\.label) + halves.map(\.label) }

    /// The title block's hybrid lines for `profile`, top at `y`, across `width` from `x`. The height is
    /// fixed by the paper (the contexts line shrinks to stay one line), so whether a poster fits never
    /// depends on the component titles, which `check` may not know: `titles` maps a component's slug to
    /// its profile's title; a slug without one is shown as itself.
    static func layout(_ profile: Profile, titles: [String: String], wording: Wording, theme: Theme, setter: Typesetter,
                       x: Double, y: Double, width: Double, scale s: Double) -> (header: HybridHeader, height: Double) {
        let language = wording.language
        let measurer = setter.measurer
        // The contexts line, measured at 10 pt (scaled) and shrunk as a whole until it fits one line.
        var pieces: [(side: Side?, text: String, bold: Bool)] = Side.allCases.compactMap { side in
            let names = profile.components.filter { $0.side == side }.map { titles[$0.slug] ?? $0.slug }
            return names.isEmpty ? nil : (side, wording.sideName(side) + ": " + names.joined(separator: " + "), true)
        }
        if let direction = profile.direction { pieces.append((nil, wording.directionLabel + ": " + direction.text(language), false)) }
        let natural = 10 * s
        func widths(_ size: Double) -> [Double] {
            pieces.map { measurer.wrap($0.text, font: FontSpec(size: size, bold: $0.bold), width: .infinity, language: nil).first?.width ?? 0 }
        }
        func total(_ size: Double) -> Double {
            widths(size).reduce(0, +) + pieces.reduce(0) { $0 + ($1.side == nil ? 0 : size * 1.2) } + Double(pieces.count - 1) * size * 1.6
        }
        let size = min(natural, natural * width / max(total(natural), 1) * 0.995)
        let lineHeight = measurer.lineHeight(FontSpec(size: natural, bold: true))
        var cursor = x
        var contexts: [TextLine] = [], swatches: [SideSwatch] = []
        for (piece, pieceWidth) in zip(pieces, widths(size)) {
            let font = FontSpec(size: size, bold: piece.bold)
            let height = measurer.lineHeight(font)
            let top = y + (lineHeight - height) / 2
            if let side = piece.side {
                swatches.append(SideSwatch(side: side, frame: Rect(x: cursor, y: top + height * 0.2, width: size * 0.8, height: size * 0.8)))
                cursor += size * 1.2
            }
            contexts.append(TextLine(text: piece.text, origin: Point(cursor, top), width: pieceWidth, height: height, font: font,
                                     color: piece.side.map { theme.side($0).darkened } ?? theme.mutedInk))
            cursor += pieceWidth + size * 1.6
        }

        // The bar: each component's stretch proportional to its share of the time.
        let barTop = y + lineHeight + 3 * s, barHeight = 13 * s
        let ordered = Side.allCases.flatMap { side in profile.components.filter { $0.side == side } }
        let amounts = ordered.map { $0.share.unit == .percent ? $0.share.amount : $0.share.amount * 20 }
        let sum = max(amounts.reduce(0, +), 1)
        var left = x
        var bar: [TimeSegment] = []
        for (component, amount) in zip(ordered, amounts) {
            let fraction = amount / sum
            let frame = Rect(x: left, y: barTop, width: width * fraction, height: barHeight)
            left = frame.maxX
            let ink = theme.side(component.side).readableInk
            let font = FontSpec(size: 7.5 * s, bold: true)
            let options = [component.side.keyword(language) + " · " + component.share.text(language), component.share.text(language)]
            let label = options.lazy.compactMap { text -> TextLine? in
                guard let measured = measurer.wrap(text, font: font, width: .infinity, language: nil).first,
                      measured.width <= frame.width - 6 * s else { return nil }
                let height = measurer.lineHeight(font)
                return TextLine(text: text, origin: Point(frame.midX - measured.width / 2, frame.midY - height / 2), width: measured.width,
                                height: height, font: font, color: ink)
            }.first
            bar.append(TimeSegment(component: component, fraction: fraction, frame: frame, label: label))
        }
        let header = HybridHeader(contexts: contexts, swatches: swatches, bar: bar, direction: profile.direction)
        return (header, lineHeight + 3 * s + barHeight + 2 * s)
    }

    /// The header with the field behind `figure` split into a school half (left) and a company half
    /// (right) across `column`, each named at its top.
    func placingHalves(figure: Figure, column: Rect, wording: Wording, theme: Theme, setter: Typesetter, scale s: Double) -> HybridHeader {
        var placed = self
        let top = figure.frame.minY - 4 * s, height = figure.frame.height + 8 * s
        placed.halves = Side.allCases.enumerated().map { index, side in
            let frame = Rect(x: column.minX + Double(index) * column.width / 2, y: top, width: column.width / 2, height: height)
            let font = FontSpec(size: 7 * s, bold: true)
            let text = wording.sideName(side).uppercased()
            let measured = setter.measurer.wrap(text, font: font, width: .infinity, language: nil).first?.width ?? 0
            let x = side == .school ? frame.minX + 4 * s : frame.maxX - 4 * s - measured
            return SideHalf(side: side, frame: frame,
                            label: TextLine(text: text, origin: Point(x, top + 3 * s), width: measured,
                                            height: setter.measurer.lineHeight(font), font: font, color: theme.side(side).darkened))
        }
        return placed
    }

    /// The contexts line, the bar with its direction arrow, and the tinted halves behind the figure.
    func primitives(theme: Theme, scale s: Double) -> [Primitive] {
        var out: [Primitive] = halves.flatMap { half -> [Primitive] in
            [.fill(Path.roundedRect(half.frame, radius: 8 * s), theme.side(half.side), opacity: 0.13), .text(half.label)]
        }
        out += swatches.map { .fill(Path.roundedRect($0.frame, radius: 1.5 * s), theme.side($0.side), opacity: 1) }
        out += contexts.map(Primitive.text)
        for segment in bar {
            out.append(.fill(Path.roundedRect(segment.frame, radius: 0), theme.side(segment.component.side), opacity: 1))
            if let label = segment.label { out.append(.text(label)) }
        }
        // The direction: an arrow on a paper-coloured disc at the seam between the sides, pointing at where the person went.
        if let direction, let seam = bar.first(where: { $0.component.side == .company })?.frame.minX, let bar = bar.first?.frame {
            let c = Point(seam, bar.midY), r = bar.height * 0.62
            let sign: Double = direction == .companyToSchool ? -1 : 1
            let k = r * 0.55
            out.append(.fill(Path.circle(c, r), theme.paper, opacity: 1))
            out.append(.stroke(Path.circle(c, r), theme.ink, width: 0.8 * s))
            out.append(.fill(Path.polygon([Point(c.x + sign * k, c.y), Point(c.x - sign * k * 0.2, c.y - k * 0.8),
                                           Point(c.x - sign * k * 0.2, c.y - k * 0.28), Point(c.x - sign * k, c.y - k * 0.28),
                                           Point(c.x - sign * k, c.y + k * 0.28), Point(c.x - sign * k * 0.2, c.y + k * 0.28),
                                           Point(c.x - sign * k * 0.2, c.y + k * 0.8)]), theme.ink, opacity: 1))
        }
        return out
    }
}

extension Part {
    /// For a hybrid's poster: the part without its `school` and `bedrijf` (`company`) groups, which is
    /// what both sides share, and those groups with their side, school first.
    func splitBySide() -> (shared: Part, sides: [(side: Side, group: Group)]) {
        var shared = self
        shared.groups = groups.filter { Side.named($0.name) == nil }
        let sides = Side.allCases.flatMap { side in groups.filter { Side.named($0.name) == side }.map { (side, $0) } }
        return (shared, sides)
    }
}

extension BodyPart {
    /// Where a side's box of `kind` points on the figure: the hands and feet on that side, else the part's own spot.
    static func spot(_ kind: PartKind, side: Side) -> BodyPart {
        switch kind {
        case .head: .head
        case .mouth: .mouth
        case .heart, .linking, .passion, .environment: .heart
        case .gut: .belly
        case .hands: side == .school ? .leftHand : .rightHand
        case .feet: side == .school ? .leftFoot : .rightFoot
        }
    }
}

extension Color {
    /// The colour at 70 % of its brightness, for side names set in it on white.
    var darkened: Color {
        var c = self
        (c.red, c.green, c.blue) = (red * 0.7, green * 0.7, blue * 0.7)
        return c
    }
}
