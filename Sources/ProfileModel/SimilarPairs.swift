/// Finds the pairs among many texts that are at least a threshold alike (`TextSimilarity`), without
/// comparing every pair: a part with a hundred thousand items must not take hours to check.
///
/// Prefix filtering (Chaudhuri et al. 2006; Bayardo et al. 2007): each text is a set of bigram tokens (a
/// bigram's k-th occurrence is its own token, so sets stand for the multisets), ordered rarest first.
/// Two texts with Dice similarity `t` share at least `t / (2 − t)` of the smaller one's tokens, so they
/// share a token among the first `|A| − ⌈α|A|⌉ + 1` of each: only texts meeting in such a prefix are
/// compared. No package here does this; it is a few dozen lines.
///
/// On ordinary profiles the result is exact. For inputs where thousands of texts share even their rarest
/// tokens, each token's list keeps its first `postingLimit` texts and each text is compared with at most
/// `candidateLimit` others: time stays linear, and a near-duplicate that only such a crowd would reveal
/// can go unreported (a warning missed, never a false one).
public enum SimilarPairs {
    /// How many texts one token's list of earlier texts holds.
    public static let postingLimit = 64
    /// How many earlier texts one text is compared with at most.
    public static let candidateLimit = 64

    /// The pairs `(earlier, later)` of indices into `texts` whose similarity is at least `threshold`
    /// (in `0.5...1`), ordered by `later`, then `earlier`. Equal texts are compared like any others.
    public static func find(_ texts: [TextSimilarity], threshold: Double) -> [(earlier: Int, later: Int)] {
        precondition(threshold > 0.5 && threshold <= 1, "prefix filtering needs a threshold above 0.5")
        guard texts.count > 1 else { return [] }
        // A part of a few dozen items (every real one) is compared pair by pair: as exact, and cheaper than an index.
        if texts.count <= candidateLimit {
            return texts.indices.flatMap { later in
                (0..<later).filter { earlier in
                    TextSimilarity.bound(texts[earlier].scalars.count, texts[later].scalars.count) >= threshold
                        && texts[earlier].similarity(to: texts[later]) >= threshold
                }.map { (earlier: $0, later: later) }
            }
        }
        let tokens = texts.map(occurrenceTokens)
        var frequency: [UInt64: Int32] = [:]
        for set in tokens { for token in set { frequency[token, default: 0] += 1 } }
        let overlap = threshold / (2 - threshold)
        var postings: [UInt64: [Int32]] = [:]
        var seenBy = [Int32](repeating: -1, count: texts.count)
        var pairs: [(earlier: Int, later: Int)] = []
        for (index, set) in tokens.enumerated() {
            let ordered = set.map { (frequency[$0]!, $0) }.sorted { $0 < $1 }.map(\.1)
            let prefix = ordered.prefix(max(0, ordered.count - Int((overlap * Double(ordered.count)).rounded(.up)) + 1))
            var candidates: [Int] = []
            gather: for token in prefix {
                for other in postings[token] ?? [] where seenBy[Int(other)] != Int32(index) {
                    seenBy[Int(other)] = Int32(index)
                    candidates.append(Int(other))
                    if candidates.count == candidateLimit { break gather }
                }
            }
            for other in candidates.sorted()
            where TextSimilarity.bound(texts[other].scalars.count, texts[index].scalars.count) >= threshold
                && texts[other].similarity(to: texts[index]) >= threshold {
                pairs.append((other, index))
            }
            for token in prefix where postings[token, default: []].count < postingLimit {
                postings[token, default: []].append(Int32(index))
            }
        }
        return pairs
    }

    /// The text's bigrams as a set: the k-th occurrence of a bigram (k from 0) is the bigram with k in the
    /// bits above its 42. The bigrams are sorted, so occurrences of one bigram stand together.
    private static func occurrenceTokens(_ text: TextSimilarity) -> [UInt64] {
        var result: [UInt64] = []
        result.reserveCapacity(text.bigrams.count)
        var previous: UInt64?
        var occurrence: UInt64 = 0
        for bigram in text.bigrams {
            occurrence = bigram == previous ? occurrence + 1 : 0
            previous = bigram
            result.append(bigram | occurrence << 42)
        }
        return result
    }
}
