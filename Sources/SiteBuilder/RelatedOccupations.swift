import ParallelMap
import ProfileModel

/// "Related occupations": for each occupation, the five others that share the most statements, where two
/// statements are shared when the diff engine's text similarity (`TextSimilarity`, the measure that
/// matches items across versions) rates them alike. `SimilarPairs` finds those pairs among all the
/// statements at once without comparing every pair, so a thousand occupations take well under a second.
enum RelatedOccupations {
    /// Two statements this alike count as shared (the diff engine matches items from 0.5 on; a
    /// relation between occupations asks a little more).
    static let threshold = 0.6
    static let limit = 5

    /// For each occupation index, up to five `(index, shared statements)`, most shared first, then by title.
    static func find(_ occupations: [Occupation], threads: Int) -> [[(index: Int, shared: Int)]] {
        // Folding a thousand occupations' statements is most of the work before the search: on every core.
        let measured = Parallel.map(occupations, threads: threads) { occupation in
            occupation.latest.parts.flatMap { part in part.allItems.map { TextSimilarity($0.text) } }
        }
        var texts: [TextSimilarity] = []
        var owner: [Int] = []
        for (index, measures) in measured.enumerated() {
            texts += measures
            owner += repeatElement(index, count: measures.count)
        }
        var shared = [[Int: Int]](repeating: [:], count: occupations.count)
        for pair in SimilarPairs.find(texts, threshold: threshold) {
            let (a, b) = (owner[pair.earlier], owner[pair.later])
            guard a != b else { continue }
            shared[a][b, default: 0] += 1
            shared[b][a, default: 0] += 1
        }
        return shared.map { counts in
            counts.sorted { x, y in
                x.value != y.value ? x.value > y.value : occupations[x.key].latest.title < occupations[y.key].latest.title
            }.prefix(limit).map { (index: $0.key, shared: $0.value) }
        }
    }
}
