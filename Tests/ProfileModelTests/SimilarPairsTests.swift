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
            // From folded texts, where the letter counts spare most texts their bigrams: the same pairs.
            let fromFolded = SimilarPairs.find(folded: texts.map(TextNormalization.foldedScalars), threshold: threshold)
            #expect(fromFolded.map { [$0.earlier, $0.later] } == expected)
        }
    }

    @Test func letterCountsRejectOnlyPairsThatCannotReachTheThreshold() {
        let texts = ["klanten adviseren", "klanten advisere", "zorg plannen", "", ""].map(TextNormalization.foldedScalars)
        let letters = LetterCounts(texts)
        #expect(letters.mayShare(0, 1, threshold: 0.85))
        #expect(!letters.mayShare(0, 2, threshold: 0.85))
        for a in texts.indices { for b in texts.indices where a != b {
            let similarity = TextSimilarity(folded: texts[a]).similarity(to: TextSimilarity(folded: texts[b]))
            for threshold in [0.51, 0.7, 0.85] where similarity >= threshold { #expect(letters.mayShare(a, b, threshold: threshold)) }
        } }
        #expect(letters.mayShare(3, 4, threshold: 0.85))  // two empty texts are the same text
        #expect(!letters.mayShare(0, 3, threshold: 0.85))
    }

    /// Made-up words of four to eight letters: a vocabulary large enough that no token's list fills up.
    private func word(_ random: inout Generator) -> String {
        String((0..<(4 + random.next(5))).map { _ in Character(Unicode.Scalar(UInt8(97 + random.next(26)))) })
    }

    @Test func theIndexFindsWhatComparingEveryPairFinds() {
        var random = Generator(state: 7)
        let vocabulary = (0..<400).map { _ in word(&random) }
        var texts: [String] = []
        for _ in 0..<600 {
            if let base = texts.randomElement(using: &random), random.next(3) == 0 {
                texts.append(base + " " + vocabulary[random.next(vocabulary.count)])
            } else {
                texts.append((0..<(3 + random.next(4))).map { _ in vocabulary[random.next(vocabulary.count)] }.joined(separator: " "))
            }
        }
        let measures = texts.map(TextSimilarity.init)
        for threshold in [0.6, 0.8] {
            var expected: [[Int]] = []
            for later in measures.indices {
                for earlier in 0..<later where measures[earlier].similarity(to: measures[later]) >= threshold { expected.append([earlier, later]) }
            }
            #expect(!expected.isEmpty)
            #expect(SimilarPairs.indexed(measures, threshold: threshold, threads: 1).map { [$0.earlier, $0.later] } == expected)
            #expect(SimilarPairs.indexed(measures, threshold: threshold, threads: 3).map { [$0.earlier, $0.later] } == expected)
        }
    }

    @Test func stoppingEarlyAnswersAsTheFullCountDoes() {
        var random = Generator(state: 5)
        let words = ["klanten", "klant", "zorg", "zorgen", "data", "lezen", "cliënten", "a", ""]
        let measures = (0..<120).map { _ in TextSimilarity((0..<random.next(6)).map { _ in words[random.next(words.count)] }.joined(separator: " ")) }
        var agreed = 0
        for a in measures {
            for b in measures {
                for threshold in [0.0, 0.3, 0.5, 0.6, 2.0 / 3.0, 0.8, 0.95, 1.0] {
                    #expect(a.isAlike(b, atLeast: threshold) == (a.similarity(to: b) >= threshold))
                    if a.isAlike(b, atLeast: threshold) { agreed += 1 }
                }
            }
        }
        #expect(agreed > 0)
    }

    /// Where crowds fill the lists the result is no longer exact, but it must not depend on the cores.
    @Test func aCrowdGivesTheSamePairsOnAnyNumberOfThreads() {
        var random = Generator(state: 11)
        let words = ["klanten", "adviseren", "over", "hypotheken", "zorg", "plannen", "data", "lezen"]
        let measures = (0..<5000).map { _ in
            TextSimilarity((0..<(3 + random.next(4))).map { _ in words[random.next(words.count)] }.joined(separator: " "))
        }
        let one = SimilarPairs.indexed(measures, threshold: 0.7, threads: 1).map { [$0.earlier, $0.later] }
        #expect(one.count > 5000)
        #expect(SimilarPairs.indexed(measures, threshold: 0.7, threads: 4).map { [$0.earlier, $0.later] } == one)
    }
}

extension Array {
    fileprivate func randomElement(using generator: inout SimilarPairsTests.Generator) -> Element? {
        isEmpty ? nil : self[generator.next(count)]
    }
}
