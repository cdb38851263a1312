/// "Did you mean …?" suggestions by edit distance.
public enum Suggestion {
    /// The candidate closest to `word` within a distance of a third of its length (at least 1), if any.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let lowered = Array(word.lowercased())
        guard !lowered.isEmpty, lowered.count <= 40 else { return nil }
        let limit = max(1, lowered.count / 3)
        var best: (word: String, distance: Int)?
        // A candidate whose length differs by more than the limit cannot be within it: most are skipped
        // without computing a distance, which keeps a file of many misspellings fast.
        for candidate in candidates where abs(candidate.count - lowered.count) <= limit {
            let distance = editDistance(lowered, Array(candidate))
            if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
        }
        return best?.word
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

/// `Suggestion.closest` among fixed candidates, remembered per word: a file that repeats one misspelling
/// many thousands of times has its suggestion worked out once.
final class SuggestionCache {
    private let candidates: [String]
    private var known: [Substring: String?] = [:]

    init(_ candidates: [String]) { self.candidates = candidates }

    func closest(to word: Substring) -> String? {
        if let remembered = known[word] { return remembered }
        let found = Suggestion.closest(to: String(word), among: candidates)
        known[word] = found
        return found
    }
}
