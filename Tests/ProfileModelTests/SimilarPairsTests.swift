import Testing
@testable import ProfileModel

/// The prefix-filtered pair search finds exactly the pairs that comparing every pair finds.
@Suite struct SimilarPairsTests {
    /// A small linear congruential generator: the same texts on every run.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test(arguments: [1, 2, 3])
    func findsWhatComparingEveryPairFinds(seed: UInt64) {
        var random = Generator(state: seed)
        let words = ["klanten", "adviseren", "over", "hypotheken", "zorg", "plannen", "data", "lezen", "teelt", "klant", "advies"]
        // Texts of 2 to 6 words from a small vocabulary, many of them variations of each other.
        var texts: [String] = []
        // Fewer texts than `SimilarPairs.candidateLimit`: the search must then be exact at any threshold.
        for _ in 0..<min(SimilarPairs.candidateLimit, SimilarPairs.postingLimit) - 10 {
            if let base = texts.randomElement(using: &random), random.next(2) == 0 {
                texts.append(base + (random.next(2) == 0 ? "n" : " " + words[random.next(words.count)]))
            } else {
                texts.append((0..<(2 + random.next(5))).map { _ in words[random.next(words.count)] }.joined(separator: " "))
            }
        }
        let measures = texts.map(TextSimilarity.init)
        for threshold in [0.6, 0.85, 0.95] {
            var expected: [[Int]] = []
            for later in measures.indices {
                for earlier in 0..<later where measures[earlier].similarity(to: measures[later]) >= threshold { expected.append([earlier, later]) }
            }
            let found = SimilarPairs.find(measures, threshold: threshold).map { [$0.earlier, $0.later] }
            let missing = Set(expected).subtracting(found), extra = Set(found).subtracting(expected)
            #expect(missing.isEmpty && extra.isEmpty, "threshold \(threshold): \(missing.count) missing, e.g. \(missing.first ?? []), \(extra.count) extra")
            #expect(found == expected)
            #expect(!expected.isEmpty)
        }
    }
}

extension Array {
    fileprivate func randomElement(using generator: inout SimilarPairsTests.Generator) -> Element? {
        isEmpty ? nil : self[generator.next(count)]
    }
}
