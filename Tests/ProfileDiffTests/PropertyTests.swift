@testable import ProfileDiff
import ProfileModel
import ProfileSyntax
import Testing

/// Properties checked on many generated cases, with a small vocabulary so that ties and near-equal
/// similarities are common.
@Suite struct PropertyTests {
    /// A deterministic generator (LCG), so failures reproduce.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    static let words = ["team", "plannen", "klant", "data", "zorg", "leren"]

    static func profile(_ g: inout Generator) -> Profile {
        func text() -> String { (0..<(1 + g.next(3))).map { _ in words[g.next(words.count)] }.joined(separator: " ") }
        func items() -> [Item] {
            (0..<g.next(4)).map { _ in
                Item(text: text(), trend: [nil, .new, .growing][g.next(3)], core: g.next(4) == 0, id: g.next(5) == 0 ? "id\(g.next(3))" : nil)
            }
        }
        let parts = [PartKind.head, .hands, .heart].map { kind in
            Part(kind: kind, items: items(), groups: kind == .hands ? [Group(name: "taken", items: items())] : [])
        }
        return Profile(title: "X", parts: parts)
    }

    @Test func diffMirrorsReverseDiffOnGeneratedPairs() {
        var g = Generator(state: 7)
        for _ in 0..<250 {
            let a = Self.profile(&g), b = Self.profile(&g)
            let forward = ProfileDiffer.diff(a, b), backward = ProfileDiffer.diff(b, a)
            #expect(backward == forward.mirrored())
            #expect(forward.parts.allSatisfy { (0...1).contains($0.shift) })
            #expect(ProfileDiffer.diff(a, a).isEqual)
        }
    }

    /// The assignment's total weight equals the best found by trying every pairing.
    @Test func assignmentIsOptimalOnSmallMatrices() {
        var g = Generator(state: 11)
        for _ in 0..<300 {
            let rows = 1 + g.next(4), columns = rows + g.next(3)
            let weights = (0..<rows).map { _ in (0..<columns).map { _ in g.next(3) == 0 ? Int64(0) : Int64(g.next(10)) } }
            let assignment = OptimalAssignment.maximumWeight(weights)
            let pairs = assignment.enumerated().compactMap { row, column in column.map { (row, $0) } }
            let total = pairs.reduce(Int64(0)) { $0 + weights[$1.0][$1.1] }
            #expect(Set(pairs.map(\.1)).count == pairs.count, "one to one")
            #expect(pairs.allSatisfy { weights[$0.0][$0.1] > 0 }, "no zero-weight pair")
            #expect(total == Self.bestByBruteForce(weights, row: 0, used: []))
        }
    }

    static func bestByBruteForce(_ weights: [[Int64]], row: Int, used: Set<Int>) -> Int64 {
        guard row < weights.count else { return 0 }
        var best = bestByBruteForce(weights, row: row + 1, used: used)
        for column in weights[row].indices where !used.contains(column) && weights[row][column] > 0 {
            best = max(best, weights[row][column] + bestByBruteForce(weights, row: row + 1, used: used.union([column])))
        }
        return best
    }
}
