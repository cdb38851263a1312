import PosterLayout
import ProfileDiff
import ProfileModel
import ProfileSyntax

/// How an item is marked on a diff poster.
public enum ChangeMark: String, Sendable, CaseIterable {
    case added, removed, reworded, moved, marker

    /// The mark of a change, the strongest kind first: added, removed, moved, reworded, marker.
    init(_ change: ItemChange) {
        let kinds = change.kinds
        self = kinds.contains(.added) ? .added : kinds.contains(.removed) ? .removed
            : kinds.contains(.moved) ? .moved : kinds.contains(.reworded) ? .reworded : .marker
    }

    /// The mark's colour: green, red, amber, blue and purple, or the Okabe–Ito colours in the
    /// colour-blind theme. Colour is never all that tells marks apart: each has its own bar pattern
    /// (`bar`), and the removed mark is struck through.
    func color(in theme: Theme) -> Color {
        let colorBlind = theme.name == Theme.colorBlindSafe.name
        switch self {
        case .added: return Color(colorBlind ? 0x009E73 : 0x2E9E44)
        case .removed: return Color(colorBlind ? 0xD55E00 : 0xD1342F)
        case .reworded: return Color(colorBlind ? 0xE69F00 : 0xE3A21A)
        case .moved: return Color(colorBlind ? 0x0072B2 : 0x2F6FDE)
        case .marker: return Color(colorBlind ? 0xCC79A7 : 0x8E44AD)
        }
    }

    /// The bar at the left of a marked item, in `bounds`: solid for added, dashed for removed,
    /// dotted for reworded, a double line for moved, a zigzag for a changed marker.
    func bar(_ bounds: Rect, color: Color) -> [Primitive] {
        let w = bounds.width
        // Shapes of `length` every `period` points down the bar, centred.
        func repeated(period: Double, length: Double, _ shape: (Rect) -> [PathCommand]) -> [Primitive] {
            let count = max(1, Int((bounds.height + period - length) / period))
            let top = bounds.minY + (bounds.height - (Double(count - 1) * period + length)) / 2
            return (0..<count).map { .fill(shape(Rect(x: bounds.minX, y: top + Double($0) * period, width: w, height: length)), color, opacity: 1) }
        }
        switch self {
        case .added:
            return [.fill(Path.roundedRect(bounds, radius: 0), color, opacity: 1)]
        case .removed:
            return repeated(period: w * 2.6, length: w * 1.6) { Path.roundedRect($0, radius: 0) }
        case .reworded:
            return repeated(period: w * 1.8, length: w) { Path.circle(Point($0.midX, $0.midY), w / 2) }
        case .moved:
            let line = w * 0.38
            return [.fill(Path.roundedRect(Rect(x: bounds.minX, y: bounds.minY, width: line, height: bounds.height), radius: 0), color, opacity: 1),
                    .fill(Path.roundedRect(Rect(x: bounds.maxX - line, y: bounds.minY, width: line, height: bounds.height), radius: 0),
                          color, opacity: 1)]
        case .marker:
            let steps = max(2, Int(bounds.height / (w * 1.2)))
            let points = (0...steps).map { Point($0 % 2 == 0 ? bounds.minX : bounds.maxX, bounds.minY + bounds.height * Double($0) / Double(steps)) }
            return [.stroke([.move(points[0])] + points.dropFirst().map { .line($0) }, color, width: w * 0.45)]
        }
    }

    /// The legend label in `language`.
    func label(_ language: ContentLanguage) -> String {
        switch (self, language) {
        case (.added, .nl): "toegevoegd"
        case (.removed, .nl): "verdwenen"
        case (.reworded, .nl): "anders verwoord"
        case (.moved, .nl): "verplaatst"
        case (.marker, .nl): "markering gewijzigd"
        case (.added, .en): "added"
        case (.removed, .en): "removed"
        case (.reworded, .en): "reworded"
        case (.moved, .en): "moved"
        case (.marker, .en): "marker changed"
        }
    }
}

/// The marks of one side of a difference, by where the item sits and what it says.
struct MarkIndex {
    private var marks: [String: ChangeMark] = [:]

    /// The marks of the new side (`new: true`) or of the old side.
    init(_ diff: ProfileDifference, new: Bool) {
        // A statement that only cites another source says the same: nothing on the figure moves.
        for change in diff.items where change.kinds.contains(where: \.changesContent) {
            guard let item = new ? change.new : change.old else { continue }
            marks[Self.key(item.place.part, item.place.group, item.text)] = ChangeMark(change)
        }
    }

    func mark(_ part: PartKind, _ group: String?, _ text: String) -> ChangeMark? { marks[Self.key(part, group, text)] }

    /// These marks plus those of `other` that are `mark` (where this index has none).
    func merging(_ other: MarkIndex, only mark: ChangeMark) -> MarkIndex {
        var merged = self
        for (key, value) in other.marks where value == mark && merged.marks[key] == nil { merged.marks[key] = value }
        return merged
    }

    private static func key(_ part: PartKind, _ group: String?, _ text: String) -> String {
        part.rawValue + "\u{1}" + TextNormalization.folded(group ?? "") + "\u{1}" + text
    }
}
