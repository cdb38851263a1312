import ProfileModel
import ProfileSyntax

/// The thresholds of matching (see docs/diff.md).
public struct DiffOptions: Sendable {
    /// The least similarity for two items in the same part to count as one item reworded.
    public var matchThreshold: Double
    /// The least similarity for two items in different parts to count as one item moved.
    public var moveThreshold: Double

    public init(matchThreshold: Double = 0.5, moveThreshold: Double = 0.6) {
        self.matchThreshold = matchThreshold
        self.moveThreshold = moveThreshold
    }
}

/// Computes the semantic difference of two profiles.
public enum ProfileDiffer {
    /// The difference from `old` to `new`; `oldPath` and `newPath` only label the sides.
    public static func diff(_ old: Profile, _ new: Profile, oldPath: String? = nil, newPath: String? = nil,
                            options: DiffOptions = DiffOptions()) -> ProfileDifference {
        var matcher = ItemMatcher(old: items(of: old), new: items(of: new))
        matcher.match(options: options)
        let changes = itemChanges(matcher)
        return ProfileDifference(
            old: side(old, path: oldPath),
            new: side(new, path: newPath),
            metadata: MetadataComparison.changes(old, new),
            items: ItemChange.sorted(changes),
            quotes: QuoteComparison.changes(old, new),
            parts: ShiftScore.parts(matcher),
            shift: 0
        ).withOverallShift()
    }

    /// The label of one side of a difference.
    static func side(_ profile: Profile, path: String?) -> DiffSide {
        DiffSide(title: profile.title, version: profile.version, language: profile.effectiveLanguage, path: path)
    }

    /// Every item of `profile` with its place, parts in source order.
    static func items(of profile: Profile) -> [DiffItem] {
        placedItems(of: profile).map { DiffItem($0.item, at: $0.place) }
    }

    /// Every item of `profile` as written, with its place: parts in source order, in each part the
    /// ungrouped items, then group by group (the order `diff` matches them in).
    public static func placedItems(of profile: Profile) -> [(item: Item, place: ItemPlace)] {
        var items: [(item: Item, place: ItemPlace)] = []
        for part in profile.parts {
            let place = ItemPlace(part: part.kind)
            items += part.items.map { ($0, place) }
            for group in part.groups {
                let place = ItemPlace(part: part.kind, group: group.name)
                items += group.items.map { ($0, place) }
            }
        }
        return items
    }

    /// Added, removed and changed items; matched items without any difference are left out.
    private static func itemChanges(_ matcher: ItemMatcher) -> [ItemChange] {
        var changes: [ItemChange] = []
        for (o, n) in matcher.newOfOld.enumerated() {
            guard let n else {
                changes.append(ItemChange(kinds: [.removed], old: matcher.old[o], new: nil, similarity: nil, matchedBy: nil))
                continue
            }
            let kinds = differences(matcher.old[o], matcher.new[n])
            if !kinds.isEmpty {
                changes.append(ItemChange(kinds: kinds, old: matcher.old[o], new: matcher.new[n],
                                          similarity: matcher.similarityOfOld[o], matchedBy: matcher.reasonOfOld[o]))
            }
        }
        for n in matcher.unpairedNew {
            changes.append(ItemChange(kinds: [.added], old: nil, new: matcher.new[n], similarity: nil, matchedBy: nil))
        }
        return changes
    }

    /// What differs between two paired items, in the fixed order of `ItemChangeKind`.
    static func differences(_ a: DiffItem, _ b: DiffItem) -> [ItemChangeKind] {
        var kinds: [ItemChangeKind] = []
        if a.text != b.text { kinds.append(.reworded) }
        if !a.place.isSame(as: b.place) { kinds.append(.moved) }
        if a.trend != b.trend { kinds.append(.trend) }
        if a.core != b.core { kinds.append(.core) }
        if a.citations != b.citations { kinds.append(.source) }
        return kinds
    }
}
