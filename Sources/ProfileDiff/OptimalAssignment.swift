/// The Hungarian (Kuhn–Munkres) algorithm: a one-to-one assignment of rows to columns with the
/// greatest total weight, in O(rows² · columns).
///
/// Weights are integers so that the result is exact and the same on every machine; a weight of 0 means
/// "never pair these", and such pairs are dropped from the result.
public enum OptimalAssignment {
    /// For each row, the column it is paired with, or nil; `weights[row][column] >= 0`, rows ≤ columns.
    public static func maximumWeight(_ weights: [[Int64]]) -> [Int?] {
        let rows = weights.count
        guard rows > 0 else { return [] }
        let columns = weights[0].count
        precondition(rows <= columns, "transpose so that rows <= columns")
        // Potentials and matching over 1-based indices, column 0 a sentinel (after e-maxx's formulation),
        // minimising the cost -weight.
        var rowPotential = [Int64](repeating: 0, count: rows + 1)
        var columnPotential = [Int64](repeating: 0, count: columns + 1)
        var rowOfColumn = [Int](repeating: 0, count: columns + 1)
        var way = [Int](repeating: 0, count: columns + 1)
        var minimum = [Int64](repeating: 0, count: columns + 1)
        var used = [Bool](repeating: false, count: columns + 1)
        for row in 1...rows {
            rowOfColumn[0] = row
            var column0 = 0
            for j in 0...columns { minimum[j] = .max; used[j] = false }
            repeat {
                used[column0] = true
                let row0 = rowOfColumn[column0]
                let rowWeights = weights[row0 - 1]
                var delta = Int64.max
                var column1 = 0
                for j in 1...columns where !used[j] {
                    let reduced = -rowWeights[j - 1] - rowPotential[row0] - columnPotential[j]
                    if reduced < minimum[j] { minimum[j] = reduced; way[j] = column0 }
                    if minimum[j] < delta { delta = minimum[j]; column1 = j }
                }
                for j in 0...columns {
                    if used[j] {
                        rowPotential[rowOfColumn[j]] += delta
                        columnPotential[j] -= delta
                    } else {
                        minimum[j] -= delta
                    }
                }
                column0 = column1
            } while rowOfColumn[column0] != 0
            repeat {
                let column1 = way[column0]
                rowOfColumn[column0] = rowOfColumn[column1]
                column0 = column1
            } while column0 != 0
        }
        var result = [Int?](repeating: nil, count: rows)
        for j in 1...columns where rowOfColumn[j] != 0 && weights[rowOfColumn[j] - 1][j - 1] > 0 {
            result[rowOfColumn[j] - 1] = j - 1
        }
        return result
    }
}
