import PosterLayout

extension Primitive {
    /// The primitive moved by (`dx`, `dy`) points.
    func offsetBy(_ dx: Double, _ dy: Double) -> Primitive {
        func move(_ p: Point) -> Point { Point(p.x + dx, p.y + dy) }
        func path(_ commands: [PathCommand]) -> [PathCommand] {
            commands.map { command in
                switch command {
                case .move(let p): .move(move(p))
                case .line(let p): .line(move(p))
                case .curve(let a, let b, let c): .curve(move(a), move(b), move(c))
                case .arc(let center, let radius, let start, let end): .arc(center: move(center), radius: radius, start: start, end: end)
                case .close: .close
                }
            }
        }
        switch self {
        case .fill(let commands, let color, let opacity): return .fill(path(commands), color, opacity: opacity)
        case .stroke(let commands, let color, let width): return .stroke(path(commands), color, width: width)
        case .text(var line):
            line.origin = move(line.origin)
            return .text(line)
        case .link(let rect, let page): return .link(rect.offsetBy(dx, dy), page: page)
        }
    }
}
