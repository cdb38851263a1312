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

    /// The shift of every part present in either profile, in figure order.
    static func parts(_ matcher: ItemMatcher) -> [PartShift] {
        // Indexed by the part's position in figure order.
        let index = Dictionary(uniqueKeysWithValues: PartKind.allCases.enumerated().map { ($1, $0) })
        var costs = Array(repeating: [Double](), count: index.count)
        var oldCounts = Array(repeating: 0, count: index.count), newCounts = oldCounts, unchanged = oldCounts
        for (o, item) in matcher.old.enumerated() {
            let part = index[item.place.part]!
            oldCounts[part] += 1
            guard let n = matcher.newOfOld[o], matcher.new[n].place.part == item.place.part else {
                costs[part].append(1)
                continue
            }
            let distance = Self.distance(item, matcher.new[n], similarity: matcher.similarityOfOld[o] ?? 0)
            costs[part].append(2 * distance)
            if ProfileDiffer.differences(item, matcher.new[n]).isEmpty { unchanged[part] += 1 }
        }
        for (n, item) in matcher.new.enumerated() {
            let part = index[item.place.part]!
            newCounts[part] += 1
            if let o = matcher.oldOfNew[n], matcher.old[o].place.part == item.place.part { continue }
            costs[part].append(1)
        }
        return PartKind.allCases.enumerated().compactMap { part, kind in
            let total = oldCounts[part] + newCounts[part]
            guard total > 0 else { return nil }
            // Summed in sorted order so that the two directions give the same bits.
            let cost = costs[part].sorted().reduce(0, +)
            return PartShift(part: kind, shift: min(1, cost / Double(total)), oldItems: oldCounts[part],
                             newItems: newCounts[part], unchanged: unchanged[part])
        }
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
