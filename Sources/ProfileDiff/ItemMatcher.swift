import ProfileModel
import ProfileSyntax

/// Pairs the items of an old and a new profile, stage by stage (see docs/diff.md, "Matching"):
/// stable ids, then equal text, then similar text within a part, then similar text across parts, and
/// finally the one passion statement of each side, which stays the passion however it is reworded.
///
/// Every stage is symmetric in old and new and blind to source order: candidates are sorted by their
/// content before pairing, and each optimal assignment is solved in an orientation chosen from the
/// content, so swapping the profiles swaps the pairs and nothing else.
///
/// Public for `HybridMatch`, which finds with it what two occupations' profiles share.
public struct ItemMatcher {
    public let old: [DiffItem]
    public let new: [DiffItem]
    /// For each old item, the new item it is paired with.
    public private(set) var newOfOld: [Int?]
    /// For each new item, the old item it is paired with.
    public private(set) var oldOfNew: [Int?]
    /// For each old item paired, why, and the similarity of the pair.
    public private(set) var reasonOfOld: [MatchReason?]
    public private(set) var similarityOfOld: [Double?]
    private var oldText: [TextSimilarity?]
    private var newText: [TextSimilarity?]

    /// A matcher of `old` against `new`; nothing is paired until `match`.
    public init(old: [DiffItem], new: [DiffItem]) {
        self.old = old
        self.new = new
        newOfOld = Array(repeating: nil, count: old.count)
        oldOfNew = Array(repeating: nil, count: new.count)
        reasonOfOld = Array(repeating: nil, count: old.count)
        similarityOfOld = Array(repeating: nil, count: old.count)
        oldText = Array(repeating: nil, count: old.count)
        newText = Array(repeating: nil, count: new.count)
    }

    /// Runs every stage.
    public mutating func match(options: DiffOptions) {
        pairEqual(reason: .id, similarity: nil) { item, _ in item.id }
        pairEqual(reason: .text, similarity: 1) { item, _ in item.place.part.rawValue + "\u{1}" + item.place.groupKey + "\u{1}" + item.text }
        foldRemainingTexts()
        pairEqual(reason: .text, similarity: 1) { item, folded in item.place.part.rawValue + "\u{1}" + item.place.groupKey + "\u{1}" + folded }
        pairEqual(reason: .text, similarity: 1) { item, folded in item.place.part.rawValue + "\u{1}" + folded }
        pairEqual(reason: .text, similarity: 1) { _, folded in folded }
        for part in PartKind.allCases {
            assignSimilar(old: unpairedOld.filter { old[$0].place.part == part }, new: unpairedNew.filter { new[$0].place.part == part },
                          threshold: options.matchThreshold)
        }
        // Pairs within a part were all weighed above; an optimal assignment leaves no such pair unused
        // that it could still add, so only pairs across parts remain.
        assignSimilar(old: unpairedOld, new: unpairedNew, threshold: options.moveThreshold, acrossPartsOnly: true)
        let oldPassion = unpairedOld.filter { old[$0].place.part == .passion }
        let newPassion = unpairedNew.filter { new[$0].place.part == .passion }
        if oldPassion.count == 1, newPassion.count == 1, old.filter({ $0.place.part == .passion }).count == 1,
           new.filter({ $0.place.part == .passion }).count == 1 {
            pair(oldPassion[0], newPassion[0], .passion, nil)
        }
        for index in old.indices where newOfOld[index] != nil && similarityOfOld[index] == nil {
            similarityOfOld[index] = old[index].text == new[newOfOld[index]!].text
                ? 1 : text(old: index).similarity(to: text(new: newOfOld[index]!))
        }
    }

    var unpairedOld: [Int] { old.indices.filter { newOfOld[$0] == nil } }
    var unpairedNew: [Int] { new.indices.filter { oldOfNew[$0] == nil } }

    private mutating func pair(_ o: Int, _ n: Int, _ reason: MatchReason, _ similarity: Double?) {
        newOfOld[o] = n
        oldOfNew[n] = o
        reasonOfOld[o] = reason
        similarityOfOld[o] = similarity
    }

    private mutating func text(old index: Int) -> TextSimilarity {
        if let cached = oldText[index] { return cached }
        let made = TextSimilarity(old[index].text)
        oldText[index] = made
        return made
    }

    private mutating func text(new index: Int) -> TextSimilarity {
        if let cached = newText[index] { return cached }
        let made = TextSimilarity(new[index].text)
        newText[index] = made
        return made
    }

    private mutating func foldRemainingTexts() {
        for index in unpairedOld { _ = text(old: index) }
        for index in unpairedNew { _ = text(new: index) }
    }

    /// Two items with ids may only be the same item when the ids are the same (matched in the first stage).
    private func compatible(_ o: Int, _ n: Int) -> Bool { old[o].id == nil || new[n].id == nil }

    /// Pairs unpaired items with equal keys, the k-th of a bucket with the k-th in content order;
    /// items without an id pair first, so that pairs of different ids never form.
    private mutating func pairEqual(reason: MatchReason, similarity: Double?, key: (DiffItem, String) -> String?) {
        var oldBuckets: [String: [Int]] = [:]
        for index in unpairedOld {
            if let k = key(old[index], oldText[index]?.folded ?? "") { oldBuckets[k, default: []].append(index) }
        }
        guard !oldBuckets.isEmpty else { return }
        var newBuckets: [String: [Int]] = [:]
        for index in unpairedNew {
            if let k = key(new[index], newText[index]?.folded ?? ""), oldBuckets[k] != nil { newBuckets[k, default: []].append(index) }
        }
        for (k, news) in newBuckets {
            let olds = oldBuckets[k]!.sorted { DiffItem.precedes(old[$0], old[$1]) }
            let sortedNews = news.sorted { DiffItem.precedes(new[$0], new[$1]) }
            if reason == .id {
                for (o, n) in zip(olds, sortedNews) { pair(o, n, reason, similarity) }
                continue
            }
            let plainOld = olds.filter { old[$0].id == nil }, plainNew = sortedNews.filter { new[$0].id == nil }
            let pairedPlain = min(plainOld.count, plainNew.count)
            for (o, n) in zip(plainOld, plainNew) { pair(o, n, reason, similarity) }
            // At most one of these two finds partners: the other side's plain items are all used.
            for (o, n) in zip(olds.filter { old[$0].id != nil }, plainNew.dropFirst(pairedPlain)) { pair(o, n, reason, similarity) }
            for (o, n) in zip(plainOld.dropFirst(pairedPlain), sortedNews.filter { new[$0].id != nil }) { pair(o, n, reason, similarity) }
        }
    }

    /// Pairs `olds` with `news` by an assignment with the greatest total similarity above `threshold`;
    /// each connected group of candidate pairs is solved on its own.
    private mutating func assignSimilar(old olds: [Int], new news: [Int], threshold: Double, acrossPartsOnly: Bool = false) {
        guard !olds.isEmpty, !news.isEmpty else { return }
        var edges: [(o: Int, n: Int, weight: Int64)] = []
        for o in olds {
            let oText = text(old: o)
            for n in news where compatible(o, n) && !(acrossPartsOnly && old[o].place.part == new[n].place.part) {
                let similarity = oText.similarity(to: text(new: n))
                // The weight is the similarity above the threshold (in millionths, plus one so that a pair
                // at the threshold still counts): a strong pair is not broken up for two weak ones.
                if similarity >= threshold { edges.append((o, n, Int64(((similarity - threshold) * 1_000_000).rounded()) + 1)) }
            }
        }
        guard !edges.isEmpty else { return }
        // Union–find over old items (0..<old.count) and new items (old.count...).
        var parent = Array(0..<(old.count + new.count))
        func root(_ x: Int) -> Int {
            var x = x
            while parent[x] != x { parent[x] = parent[parent[x]]; x = parent[x] }
            return x
        }
        for edge in edges { parent[root(edge.o)] = root(old.count + edge.n) }
        var components: [Int: (olds: [Int], news: [Int], edges: [(o: Int, n: Int, weight: Int64)])] = [:]
        for edge in edges {
            let r = root(edge.o)
            components[r, default: ([], [], [])].edges.append(edge)
        }
        for (r, _) in components {
            components[r]!.olds = Array(Set(components[r]!.edges.map(\.o))).sorted { DiffItem.precedes(old[$0], old[$1]) }
            components[r]!.news = Array(Set(components[r]!.edges.map(\.n))).sorted { DiffItem.precedes(new[$0], new[$1]) }
        }
        for component in components.values {
            solve(component.olds, component.news, component.edges)
        }
    }

    /// One optimal assignment, with rows the side that is shorter, or first in content order when as long.
    private mutating func solve(_ olds: [Int], _ news: [Int], _ edges: [(o: Int, n: Int, weight: Int64)]) {
        let oldRows: Bool
        if olds.count != news.count {
            oldRows = olds.count < news.count
        } else {
            let oldItems = olds.map { old[$0] }, newItems = news.map { new[$0] }
            oldRows = oldItems.lexicographicallyPrecedes(newItems, by: DiffItem.precedes)
        }
        let rows = oldRows ? olds : news, columns = oldRows ? news : olds
        let rowIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
        let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        var weights = Array(repeating: Array(repeating: Int64(0), count: columns.count), count: rows.count)
        for edge in edges {
            let (row, column) = oldRows ? (edge.o, edge.n) : (edge.n, edge.o)
            weights[rowIndex[row]!][columnIndex[column]!] = edge.weight
        }
        for (row, column) in OptimalAssignment.maximumWeight(weights).enumerated() {
            guard let column else { continue }
            let (o, n) = oldRows ? (rows[row], columns[column]) : (columns[column], rows[row])
            pair(o, n, .similarity, text(old: o).similarity(to: text(new: n)))
        }
    }
}
