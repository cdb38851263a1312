/// A cheap upper bound on the bigrams two folded texts share, from how often each letter occurs: the
/// filter `SimilarPairs` applies before it sorts any text's bigrams.
///
/// Every bigram of a text (`TextSimilarity`) ends in one of its scalars or in the space that pads its end,
/// so two texts share at most as many bigrams as they share such last scalars. Scalars are counted in 32
/// buckets (the low five bits: the letters a–z apart, space apart), which can only raise the bound.
struct LetterCounts {
    private static let buckets = 32
    /// The counts of every text, one after the other; a text's counts add up to its number of bigrams.
    private let counts: [UInt32]

    init(_ texts: [[UInt32]]) {
        var counts = [UInt32](repeating: 0, count: texts.count * Self.buckets)
        for (index, text) in texts.enumerated() where !text.isEmpty {
            let base = index * Self.buckets
            for scalar in text { counts[base + Int(scalar & 31)] &+= 1 }
            counts[base + Int(UInt32(0x20) & 31)] &+= 1  // the padding space that ends the last bigram
        }
        self.counts = counts
    }

    /// Whether texts `a` and `b` may share enough bigrams to be `threshold` alike; false only when they cannot.
    func mayShare(_ a: Int, _ b: Int, threshold: Double) -> Bool {
        var bound = 0, total = 0
        for bucket in 0..<Self.buckets {
            let (inA, inB) = (Int(counts[a * Self.buckets + bucket]), Int(counts[b * Self.buckets + bucket]))
            bound += min(inA, inB)
            total += inA + inB
        }
        return total == 0 || bound >= TextSimilarity.sharedNeeded(total: total, threshold: threshold)
    }
}
