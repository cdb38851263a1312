import Foundation
import ParallelMap

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
            return pairwise(texts.map(\.scalars.count), threshold: threshold) { texts[$0].isAlike(texts[$1], atLeast: threshold) }
        }
        return indexed(texts, threshold: threshold, threads: texts.count >= parallelFrom ? ProcessInfo.processInfo.activeProcessorCount : 1)
    }

    /// `find` on texts folded by `TextNormalization.foldedScalars`, with the same result. A text's bigrams
    /// (a sort) are only made once a cheap bound says it may be alike to another: `check` runs this on
    /// every part of every profile, and nearly all its items are like no other.
    public static func find(folded texts: [[UInt32]], threshold: Double) -> [(earlier: Int, later: Int)] {
        guard texts.count > 1, texts.count <= candidateLimit else { return find(texts.map(TextSimilarity.init(folded:)), threshold: threshold) }
        let letters = LetterCounts(texts)
        var measures = [TextSimilarity?](repeating: nil, count: texts.count)
        func measure(_ index: Int) -> TextSimilarity {
            if let known = measures[index] { return known }
            let made = TextSimilarity(folded: texts[index])
            measures[index] = made
            return made
        }
        return pairwise(texts.map(\.count), threshold: threshold) { earlier, later in
            letters.mayShare(earlier, later, threshold: threshold) && measure(earlier).isAlike(measure(later), atLeast: threshold)
        }
    }

    /// Every pair `(earlier, later)` whose lengths (in scalars) allow the threshold and that `isAlike`
    /// accepts, ordered by `later`, then `earlier`.
    private static func pairwise(_ lengths: [Int], threshold: Double, isAlike: (Int, Int) -> Bool) -> [(earlier: Int, later: Int)] {
        var pairs: [(earlier: Int, later: Int)] = []
        for later in lengths.indices {
            for earlier in 0..<later where TextSimilarity.bound(lengths[earlier], lengths[later]) >= threshold && isAlike(earlier, later) {
                pairs.append((earlier, later))
            }
        }
        return pairs
    }

    /// From this many texts on (the site's related occupations: all statements of all occupations), the
    /// candidates are gathered and verified on every core. A profile's own parts stay on one thread: the
    /// check already runs a profile per core.
    static let parallelFrom = 4096

    /// Prefix filtering on `threads` threads. The result does not depend on `threads`: every token's list
    /// holds its first `postingLimit` texts in index order, and a text only looks at the earlier ones in
    /// it, exactly the list it would have found had the texts been indexed one by one.
    static func indexed(_ texts: [TextSimilarity], threshold: Double, threads: Int) -> [(earlier: Int, later: Int)] {
        // Tokens become dense numbers ranked by their value, so the rarest-first order (frequency, then
        // value, as a single 64-bit key) and the lists are plain arrays instead of hashed lookups.
        let tokens = texts.map(occurrenceTokens)
        var numbers: [UInt64: Int32] = [:]
        var values: [UInt64] = []
        let numbered = tokens.map { set in
            set.map { token in
                if let number = numbers[token] { return number }
                let number = Int32(values.count)
                numbers[token] = number
                values.append(token)
                return number
            }
        }
        // Renumbered by value: a token's number is its rank, so ordering by (frequency, number) orders by
        // (frequency, value), the order the index has always used.
        var rank = [UInt32](repeating: 0, count: values.count)
        for (position, number) in values.indices.sorted(by: { values[$0] < values[$1] }).enumerated() { rank[number] = UInt32(position) }
        var frequency = [UInt32](repeating: 0, count: values.count)
        for set in numbered { for number in set { frequency[Int(rank[Int(number)])] += 1 } }
        let overlap = threshold / (2 - threshold)
        let prefixes: [[UInt32]] = numbered.map { set in
            let ordered = set.map { number in
                let token = rank[Int(number)]
                return UInt64(frequency[Int(token)]) << 32 | UInt64(token)
            }.sorted()
            let length = max(0, ordered.count - Int((overlap * Double(ordered.count)).rounded(.up)) + 1)
            return ordered.prefix(length).map { UInt32(truncatingIfNeeded: $0) }
        }
        var postings = [[Int32]](repeating: [], count: values.count)
        for (index, prefix) in prefixes.enumerated() {
            for token in prefix where postings[Int(token)].count < postingLimit { postings[Int(token)].append(Int32(index)) }
        }
        let lists = postings
        // All bigrams in one array: comparing a candidate then touches no reference counts.
        let starts = texts.reduce(into: [0]) { starts, text in starts.append(starts.last! + text.bigrams.count) }
        let bigrams = texts.flatMap(\.bigrams), lengths = texts.map(\.scalars.count)
        let chunks = max(1, min(threads, texts.count / 1024))
        return Parallel.map(Array(0..<chunks), threads: chunks) { chunk in
            var seenBy = [Int32](repeating: -1, count: texts.count)
            var candidates: [Int] = []
            var pairs: [(earlier: Int, later: Int)] = []
            bigrams.withUnsafeBufferPointer { all in
                func of(_ text: Int) -> UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(rebasing: all[starts[text]..<starts[text + 1]]) }
                for index in texts.count * chunk / chunks..<texts.count * (chunk + 1) / chunks {
                    candidates.removeAll(keepingCapacity: true)
                    gather: for token in prefixes[index] {
                        for other in lists[Int(token)] {
                            guard other < index else { break }
                            guard seenBy[Int(other)] != Int32(index) else { continue }
                            seenBy[Int(other)] = Int32(index)
                            candidates.append(Int(other))
                            if candidates.count == candidateLimit { break gather }
                        }
                    }
                    candidates.sort()
                    for other in candidates
                    where TextSimilarity.bound(lengths[other], lengths[index]) >= threshold
                        && TextSimilarity.reaches(of(other), of(index), threshold) {
                        pairs.append((other, index))
                    }
                }
            }
            return pairs
        }.flatMap { $0 }
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
