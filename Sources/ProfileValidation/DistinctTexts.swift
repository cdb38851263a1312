/// The distinct texts among a list of folded texts: for each text, the number of its distinct text (in
/// order of first appearance), and for each distinct text, where it first appears. Equal items (`V008`) and
/// near-duplicates (`V009`, which measures each distinct text once) both read it.
public struct DistinctTexts: Sendable {
    /// For each text, the number of its distinct text.
    public let textOf: [Int]
    /// For each distinct text, the index of its first appearance.
    public let first: [Int]

    public init(_ texts: [[UInt32]]) {
        var textOf: [Int] = [], first: [Int] = []
        textOf.reserveCapacity(texts.count)
        if texts.count <= Self.comparedUpTo {
            // A part of a few items (nearly every real one): comparing with each earlier distinct text is
            // cheaper than hashing every text, as arrays of different lengths differ at their count.
            for (index, text) in texts.enumerated() {
                if let known = first.firstIndex(where: { texts[$0] == text }) { textOf.append(known) } else {
                    textOf.append(first.count)
                    first.append(index)
                }
            }
        } else {
            var numbers: [[UInt32]: Int] = [:]
            for (index, text) in texts.enumerated() {
                textOf.append(numbers[text] ?? {
                    numbers[text] = first.count
                    first.append(index)
                    return first.count - 1
                }())
            }
        }
        self.textOf = textOf
        self.first = first
    }

    /// Up to this many texts, each is compared with the distinct ones before it; more are hashed.
    static let comparedUpTo = 16
}
