/// How alike two statements are, from 0 (nothing shared) to 1 (the same after folding).
///
/// The measure is the Dice coefficient over the character bigrams of the folded words (each word padded
/// with a space on both sides), so it is blind to case, punctuation, diacritics and word order, and
/// degrades gracefully under rewording.
public struct TextSimilarity: Sendable {
    /// The bigrams, each packed as two 21-bit scalar values, sorted: a multiset.
    let bigrams: [UInt64]
    /// The folded text as scalar values (see `TextNormalization.foldedScalars`).
    public let scalars: [UInt32]
    /// The folded text.
    public var folded: String { TextNormalization.string(scalars) }

    public init(_ text: String) {
        self.init(folded: TextNormalization.foldedScalars(text))
    }

    /// The measure of text already folded by `TextNormalization.foldedScalars`.
    public init(folded scalars: [UInt32]) {
        self.scalars = scalars
        var bigrams: [UInt64] = []
        bigrams.reserveCapacity(scalars.count + 2)
        var previous: UInt64 = 0x20
        for value in scalars {
            bigrams.append(previous << 21 | UInt64(value))
            previous = UInt64(value)
        }
        if !scalars.isEmpty { bigrams.append(previous << 21 | 0x20) }
        // Words are separated by one space, so " a", "ab", "b ", " c", …: each word padded on both sides.
        bigrams.sort()
        self.bigrams = bigrams
    }

    /// The highest similarity two folded texts of these lengths (in scalars) can have: a cheap bound
    /// that lets callers skip pairs that cannot reach a threshold.
    public static func bound(_ a: Int, _ b: Int) -> Double {
        a + b == 0 ? 1 : 2 * Double(min(a, b) + 1) / Double(a + b + 2)
    }

    /// The similarity of this text to `other`.
    public func similarity(to other: TextSimilarity) -> Double {
        if scalars == other.scalars { return 1 }
        let total = bigrams.count + other.bigrams.count
        guard total > 0 else { return 0 }
        var shared = 0, i = 0, j = 0
        while i < bigrams.count, j < other.bigrams.count {
            if bigrams[i] == other.bigrams[j] { shared += 1; i += 1; j += 1 }
            else if bigrams[i] < other.bigrams[j] { i += 1 }
            else { j += 1 }
        }
        return 2 * Double(shared) / Double(total)
    }

    /// Whether `similarity(to: other) >= threshold`, answered without finishing the count once the
    /// bigrams left can no longer reach it: the pair search asks this of many candidates that are not alike.
    public func isAlike(_ other: TextSimilarity, atLeast threshold: Double) -> Bool {
        bigrams.withUnsafeBufferPointer { a in other.bigrams.withUnsafeBufferPointer { b in Self.reaches(a, b, threshold) } }
    }

    /// Whether the bigram multisets `a` and `b` (sorted) are at least `threshold` alike. Equal texts have
    /// equal bigrams, so this agrees with `similarity(to:)`, which first compares the texts.
    static func reaches(_ a: UnsafeBufferPointer<UInt64>, _ b: UnsafeBufferPointer<UInt64>, _ threshold: Double) -> Bool {
        let total = a.count + b.count
        guard total > 0 else { return 1 >= threshold }  // two empty texts are the same text
        let needed = sharedNeeded(total: total, threshold: threshold)
        var shared = 0, i = 0, j = 0
        while i < a.count, j < b.count {
            if a[i] == b[j] {
                shared += 1; i += 1; j += 1
                if shared >= needed { return true }
            } else {
                if a[i] < b[j] { i += 1 } else { j += 1 }
                if shared + min(a.count - i, b.count - j) < needed { return false }
            }
        }
        return shared >= needed
    }

    /// The fewest shared bigrams that reach `threshold` when the two texts have `total` bigrams together
    /// (more than none), by the very formula `similarity` uses.
    static func sharedNeeded(total: Int, threshold: Double) -> Int {
        var needed = max(0, Int((threshold * Double(total) / 2).rounded(.down)) - 1)
        while needed <= total, 2 * Double(needed) / Double(total) < threshold { needed += 1 }
        return needed
    }

    /// The similarity of two texts.
    public static func between(_ a: String, _ b: String) -> Double {
        TextSimilarity(a).similarity(to: TextSimilarity(b))
    }
}
