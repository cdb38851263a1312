import ProfileModel
import ProfileSyntax

/// The symbol before an item: a plain bullet, or the item's trend; for a potential item (`[beoogd]`)
/// an open circle, round its trend's symbol when it has one.
public enum Marker: Sendable, Equatable {
    case bullet
    case trend(Trend)
    case potential(Trend?)
}

/// An item set in a box: its marker and its wrapped lines.
public struct PlacedItem: Sendable, Equatable {
    public var item: Item
    public var marker: Marker
    public var markerCenter: Point
    /// The marker's width and height.
    public var markerSize: Double
    public var lines: [TextLine]
    /// The small source numbers after the last line (`1,3`), when the poster shows references.
    public var reference: TextLine?
    /// The lines, then the source numbers when there are any: everything drawn as text.
    public var allLines: [TextLine] { lines + (reference.map { [$0] } ?? []) }

    func offsetBy(_ dx: Double, _ dy: Double) -> PlacedItem {
        var moved = self
        moved.markerCenter = Point(markerCenter.x + dx, markerCenter.y + dy)
        moved.lines = lines.map { $0.offsetBy(dx, dy) }
        moved.reference = reference?.offsetBy(dx, dy)
        return moved
    }
}

/// A quote set apart in a box: a rule at its left, italic lines (in quotation marks unless it is a
/// paraphrase), the attribution under them.
public struct PlacedQuote: Sendable, Equatable {
    public var quote: Quote
    public var rule: Rect
    public var lines: [TextLine]
    /// The small source numbers after the last line, when the poster shows references.
    public var reference: TextLine?
    /// The lines, then the source numbers when there are any: everything drawn as text.
    public var allLines: [TextLine] { lines + (reference.map { [$0] } ?? []) }

    func offsetBy(_ dx: Double, _ dy: Double) -> PlacedQuote {
        var moved = self
        moved.rule = rule.offsetBy(dx, dy)
        moved.lines = lines.map { $0.offsetBy(dx, dy) }
        moved.reference = reference?.offsetBy(dx, dy)
        return moved
    }
}

/// One thing in a box, top to bottom.
public enum BoxEntry: Sendable, Equatable {
    /// A group's name, when a box holds several groups.
    case subheading([TextLine])
    case item(PlacedItem)
    case quote(PlacedQuote)
    /// A remark in place of content: "niet onderzocht" in a part declared not researched.
    case note([TextLine])
}

/// The line from a box to the body part it describes.
public struct Leader: Sendable, Equatable {
    public var start: Point
    public var end: Point
    public var bodyPart: BodyPart
}

/// A box of one part (or one group of the hands or feet) beside the figure, or the environment band.
public struct PartBox: Sendable, Equatable {
    public var kind: PartKind
    /// The group the box shows, when the part is split over two boxes.
    public var group: String?
    public var frame: Rect
    /// The coloured band holding the heading.
    public var header: Rect
    public var heading: [TextLine]
    public var entries: [BoxEntry]
    public var leader: Leader?
    /// The side of a hybrid a box of its `school` or `bedrijf` group belongs to; nil for what both share.
    public var side: Side? = nil

    /// The items placed in the box.
    public var items: [PlacedItem] { entries.compactMap { if case .item(let item) = $0 { item } else { nil } } }
    /// The quotes placed in the box.
    public var quotes: [PlacedQuote] { entries.compactMap { if case .quote(let quote) = $0 { quote } else { nil } } }

    func offsetBy(_ dx: Double, _ dy: Double) -> PartBox {
        var moved = self
        moved.frame = frame.offsetBy(dx, dy)
        moved.header = header.offsetBy(dx, dy)
        moved.heading = heading.map { $0.offsetBy(dx, dy) }
        moved.entries = entries.map { entry in
            switch entry {
            case .subheading(let lines): .subheading(lines.map { $0.offsetBy(dx, dy) })
            case .note(let lines): .note(lines.map { $0.offsetBy(dx, dy) })
            case .item(let item): .item(item.offsetBy(dx, dy))
            case .quote(let quote): .quote(quote.offsetBy(dx, dy))
            }
        }
        return moved
    }
}

/// The passion, as a ribbon across the figure at the heart.
public struct Banner: Sendable, Equatable {
    public var frame: Rect
    /// The label (`PASSIE`) and the passion's lines, centred.
    public var lines: [TextLine]
}

/// One entry of the trend legend.
public struct LegendEntry: Sendable, Equatable {
    /// The symbol, or nil for the entry on bold core items.
    public var marker: Marker?
    public var markerCenter: Point
    public var markerSize: Double
    public var label: TextLine
}

/// A laid-out poster: everything placed, nothing drawn.
public struct Poster: Sendable, Equatable {
    public var paper: Paper
    public var theme: Theme
    public var language: ContentLanguage
    /// The body text size the layout settled on, in points.
    public var bodySize: Double
    /// The page inside its margins; everything lies in it.
    public var printable: Rect
    /// Kicker, title and subtitle lines.
    public var title: [TextLine]
    /// The rule under the title block.
    public var titleRule: Rect
    /// The environment's field behind the figure and boxes, when the profile has an environment.
    public var field: Rect?
    /// The environment's band at the bottom of the field.
    public var environment: PartBox?
    public var figure: Figure
    public var banner: Banner?
    /// The boxes beside the figure.
    public var boxes: [PartBox]
    public var legend: [LegendEntry]
    /// The rule above the legend and footer.
    public var footerRule: Rect
    /// Sources, research evidence and license.
    public var footer: [TextLine]
    /// The source numbers the references cite by, nil when the poster shows no references (`--no-references`).
    public var references: ReferenceNumbering? = nil
    /// A hybrid's contexts, time split, direction and two-sided figure; nil for a single occupation.
    public var hybrid: HybridHeader? = nil

    /// Every box, the environment band included.
    public var allBoxes: [PartBox] { boxes + (environment.map { [$0] } ?? []) }
    /// Every line of text on the poster.
    public var allText: [TextLine] {
        title + (hybrid?.allText ?? []) + footer + legend.map(\.label) + (banner?.lines ?? [])
            + allBoxes.flatMap { box in
                box.heading + box.entries.flatMap { entry -> [TextLine] in
                    switch entry {
                    case .subheading(let lines), .note(let lines): lines
                    case .item(let item): item.allLines
                    case .quote(let quote): quote.allLines
                    }
                }
            }
    }
}
