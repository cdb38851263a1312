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

    /// Fixed colours, the same in every theme; the removed mark is also struck through, so the
    /// marks stay apart in grayscale.
    var color: Color {
        switch self {
        case .added: Color(0x2E9E44)
        case .removed: Color(0xD1342F)
        case .reworded: Color(0xE3A21A)
        case .moved: Color(0x2F6FDE)
        case .marker: Color(0x8E44AD)
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
        for change in diff.items {
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
