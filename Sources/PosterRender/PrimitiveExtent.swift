import PosterLayout

extension Primitive {
    /// The band of the page (top and bottom y, in points) outside which this primitive leaves no ink,
    /// generously: a path's points and control points (a curve stays inside them), an arc's circle, a
    /// stroke widened by five times its width (a miter join reaches out to its limit), a line of text
    /// widened by its own height above and below (accents, descenders, italics). Nil for what draws
    /// nothing on an image (a link). `PosterRenderer.png` skips, in each strip of a page, what lies
    /// wholly outside it, so the strips of a PNG do not all set every line of text.
    var verticalExtent: ClosedRange<Double>? {
        switch self {
        case .fill(let path, _, _): Self.extent(of: path, widenedBy: 0)
        case .stroke(let path, _, let width): Self.extent(of: path, widenedBy: width * 5)
        case .text(let line): (line.frame.minY - line.height)...(line.frame.maxY + line.height)
        case .link: nil
        }
    }

    private static func extent(of path: [PathCommand], widenedBy margin: Double) -> ClosedRange<Double>? {
        var top = Double.infinity, bottom = -Double.infinity
        func include(_ y: Double) { top = min(top, y); bottom = max(bottom, y) }
        for command in path {
            switch command {
            case .move(let point), .line(let point): include(point.y)
            case .curve(let a, let b, let c): include(a.y); include(b.y); include(c.y)
            case .arc(let center, let radius, _, _): include(center.y - radius); include(center.y + radius)
            case .close: break
            }
        }
        return top <= bottom ? (top - margin)...(bottom + margin) : nil
    }
}
