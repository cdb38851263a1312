/// Places boxes of given heights in one column, in order, each as near as it can to the height of
/// the body part it points at, without overlap and inside the column.
enum ColumnStacker {
    /// The top of each box, or nil when the boxes and gaps are taller than the column.
    ///
    /// Boxes are first grouped into clusters that would overlap at their ideal places; each cluster
    /// sits where its boxes' mean distance from their ideals is zero (least squares), then the
    /// clusters are pushed inside `top...bottom`.
    static func tops(heights: [Double], ideals: [Double], gap: Double, top: Double, bottom: Double) -> [Double]? {
        let total = heights.reduce(0, +) + gap * Double(max(heights.count - 1, 0))
        guard total <= bottom - top + 1e-9 else { return nil }
        struct Cluster { var first: Int; var count: Int; var top: Double; var height: Double }
        var clusters: [Cluster] = []
        for index in heights.indices {
            var cluster = Cluster(first: index, count: 1, top: ideals[index] - heights[index] / 2, height: heights[index])
            while let previous = clusters.last, previous.top + previous.height + gap > cluster.top {
                clusters.removeLast()
                let merged = Cluster(first: previous.first, count: previous.count + cluster.count, top: 0,
                                     height: previous.height + gap + cluster.height)
                // Least-squares top: mean over members of (ideal centre − offset of its centre in the cluster).
                var offset = 0.0, sum = 0.0
                for member in merged.first..<(merged.first + merged.count) {
                    sum += ideals[member] - (offset + heights[member] / 2)
                    offset += heights[member] + gap
                }
                cluster = merged
                cluster.top = sum / Double(merged.count)
            }
            clusters.append(cluster)
        }
        var tops: [Double] = []
        for cluster in clusters {
            var y = cluster.top
            for member in cluster.first..<(cluster.first + cluster.count) {
                tops.append(y)
                y += heights[member] + gap
            }
        }
        // Push down from the top edge, then up from the bottom edge; the total fits, so both hold.
        var floor = top
        for index in tops.indices {
            tops[index] = max(tops[index], floor)
            floor = tops[index] + heights[index] + gap
        }
        var ceiling = bottom
        for index in tops.indices.reversed() {
            tops[index] = min(tops[index], ceiling - heights[index])
            ceiling = tops[index] - gap
        }
        return tops
    }
}
