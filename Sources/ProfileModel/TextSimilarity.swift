/// How alike two statements are, from 0 (nothing shared) to 1 (the same after folding).
///
/// The measure is the Dice coefficient over the character bigrams of the folded words, so it is blind
/// to case, punctuation, diacritics and word order, and degrades gracefully under rewording.
public struct TextSimilarity: Sendable {
    private let bigrams: [String: Int]
    private let total: Int
    /// The folded text, for exact comparison.
    public let folded: String

    public init(_ text: String) {
        let words = TextNormalization.words(text)
        folded = words.joined(separator: " ")
        var counts: [String: Int] = [:]
        var total = 0
        for word in words {
            let characters = Array(" " + word + " ")
            for index in 0..<(characters.count - 1) {
                counts[String(characters[index...index + 1]), default: 0] += 1
                total += 1
            }
        }
        bigrams = counts
        self.total = total
    }

    /// The similarity of this text to `other`.
    public func similarity(to other: TextSimilarity) -> Double {
        if folded == other.folded { return 1 }
        guard total + other.total > 0 else { return 0 }
        var shared = 0
        let (small, large) = bigrams.count <= other.bigrams.count ? (bigrams, other.bigrams) : (other.bigrams, bigrams)
        for (bigram, count) in small { shared += min(count, large[bigram] ?? 0) }
        return 2 * Double(shared) / Double(total + other.total)
    }

    /// The similarity of two texts.
    public static func between(_ a: String, _ b: String) -> Double {
        TextSimilarity(a).similarity(to: TextSimilarity(b))
    }
}
