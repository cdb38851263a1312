import ProfileModel
import ProfileSyntax

/// The shift scores of docs/diff.md, "Shift score".
///
/// For a part, every item on either side contributes a cost from 0 to 1: an item paired with an item
/// in the same part costs the distance of the pair (counted once on each side); an item with no
/// partner, or whose partner is in another part, costs 1. The part's shift is the total cost over the
/// number of items on both sides. The overall shift is the mean over the parts either profile has.
enum ShiftScore {
    /// How far apart two paired items are: the rewording (1 − similarity), plus a quarter for a trend
    /// change, a quarter for a core change and a quarter for a move to another sub-group; at most 1.
    static func distance(_ a: DiffItem, _ b: DiffItem, similarity: Double) -> Double {
        var distance = a.text == b.text ? 0 : 1 - similarity
        if a.trend != b.trend { distance += 0.25 }
        if a.core != b.core { distance += 0.25 }
        if a.place.part == b.place.part && !a.place.isSame(as: b.place) { distance += 0.25 }
        return min(1, distance)
    }

    /// The shift of every part present in either profile, in figure order, each with the shifts of its
    /// sub-groups when it has any (hands: skills and tasks; feet: education and grounding).
    static func parts(_ matcher: ItemMatcher) -> [PartShift] {
        let parts = tally(matcher) { $0.part }
        let groups = tally(matcher) { GroupKey(part: $0.part, key: $0.groupKey) }
        return PartKind.allCases.compactMap { kind -> PartShift? in
            guard let part = parts[kind] else { return nil }
            let inPart = groups.filter { $0.key.part == kind }.sorted { $0.key.key < $1.key.key }
            let named = inPart.contains { !$0.key.key.isEmpty }
            return PartShift(part: kind, shift: part.shift, oldItems: part.old, newItems: part.new, unchanged: part.unchanged,
                             groups: named ? inPart.map { GroupShift(group: $0.value.name, shift: $0.value.shift, oldItems: $0.value.old,
                                                                     newItems: $0.value.new, unchanged: $0.value.unchanged) } : [])
        }
    }

    /// A sub-group of a part, by its folded name ("" for the items outside any sub-group).
    private struct GroupKey: Hashable {
        let part: PartKind
        let key: String
    }

    /// The costs of the items in one bucket (a part, or a sub-group) and what they add up to.
    private struct Bucket {
        var costs: [Double] = []
        var old = 0, new = 0, unchanged = 0
        /// The bucket's name as written: of the two sides' spellings the first in order, so that both
        /// directions name it alike.
        var name: String?

        /// The total cost over the number of items on both sides, summed in sorted order so that the two
        /// directions give the same bits.
        var shift: Double { min(1, costs.sorted().reduce(0, +) / Double(max(1, old + new))) }

        mutating func name(_ group: String?) {
            if let group, name.map({ group < $0 }) ?? true { name = group }
        }
    }

    /// Every item's cost, bucketed by `key`: a pair costs its distance on each side when both items fall
    /// in the same bucket; an item with no partner, or whose partner is in another bucket, costs 1.
    private static func tally<Key: Hashable>(_ matcher: ItemMatcher, by key: (ItemPlace) -> Key) -> [Key: Bucket] {
        var buckets: [Key: Bucket] = [:]
        for (o, item) in matcher.old.enumerated() {
            let bucket = key(item.place)
            buckets[bucket, default: Bucket()].old += 1
            buckets[bucket]!.name(item.place.group)
            guard let n = matcher.newOfOld[o], key(matcher.new[n].place) == bucket else {
                buckets[bucket]!.costs.append(1)
                continue
            }
            let distance = Self.distance(item, matcher.new[n], similarity: matcher.similarityOfOld[o] ?? 0)
            buckets[bucket]!.costs.append(2 * distance)
            if !ProfileDiffer.differences(item, matcher.new[n]).contains(where: \.changesContent) { buckets[bucket]!.unchanged += 1 }
        }
        for (n, item) in matcher.new.enumerated() {
            let bucket = key(item.place)
            buckets[bucket, default: Bucket()].new += 1
            buckets[bucket]!.name(item.place.group)
            if let o = matcher.oldOfNew[n], key(matcher.old[o].place) == bucket { continue }
            buckets[bucket]!.costs.append(1)
        }
        return buckets
    }
}

extension ProfileDifference {
    /// This difference with `shift` set to the mean of the part shifts (0 when no part has items).
    func withOverallShift() -> ProfileDifference {
        var copy = self
        copy.shift = parts.isEmpty ? 0 : parts.map(\.shift).reduce(0, +) / Double(parts.count)
        return copy
    }
}
