import Foundation

/// One step of a vector path, in page points.
public enum PathCommand: Sendable, Equatable {
    case move(Point)
    case line(Point)
    case curve(Point, Point, Point)
    /// A circular arc around a centre, clockwise on the page from `start` to `end` (radians).
    case arc(center: Point, radius: Double, start: Double, end: Double)
    case close

    /// The command with its coordinates mapped through `transform`, and radii scaled by `scale`.
    func mapped(_ transform: (Point) -> Point, scale: Double) -> PathCommand {
        switch self {
        case .move(let p): .move(transform(p))
        case .line(let p): .line(transform(p))
        case .curve(let a, let b, let c): .curve(transform(a), transform(b), transform(c))
        case .arc(let center, let radius, let start, let end): .arc(center: transform(center), radius: radius * scale, start: start, end: end)
        case .close: .close
        }
    }
}

/// Ready-made paths.
public enum Path {
    /// A rectangle with corners rounded by `radius`.
    public static func roundedRect(_ r: Rect, radius: Double) -> [PathCommand] {
        let k = min(radius, r.width / 2, r.height / 2)
        return [
            .arc(center: Point(r.minX + k, r.minY + k), radius: k, start: .pi, end: 1.5 * .pi),
            .arc(center: Point(r.maxX - k, r.minY + k), radius: k, start: 1.5 * .pi, end: 2 * .pi),
            .arc(center: Point(r.maxX - k, r.maxY - k), radius: k, start: 0, end: 0.5 * .pi),
            .arc(center: Point(r.minX + k, r.maxY - k), radius: k, start: 0.5 * .pi, end: .pi),
            .close,
        ]
    }

    /// A rectangle rounded at the top corners only.
    public static func topRoundedRect(_ r: Rect, radius: Double) -> [PathCommand] {
        let k = min(radius, r.width / 2, r.height)
        return [
            .move(Point(r.minX, r.maxY)),
            .arc(center: Point(r.minX + k, r.minY + k), radius: k, start: .pi, end: 1.5 * .pi),
            .arc(center: Point(r.maxX - k, r.minY + k), radius: k, start: 1.5 * .pi, end: 2 * .pi),
            .line(Point(r.maxX, r.maxY)),
            .close,
        ]
    }

    /// A full circle.
    public static func circle(_ center: Point, _ radius: Double) -> [PathCommand] {
        [.move(Point(center.x + radius, center.y)), .arc(center: center, radius: radius, start: 0, end: 2 * .pi), .close]
    }

    /// A straight segment.
    public static func segment(_ from: Point, _ to: Point) -> [PathCommand] { [.move(from), .line(to)] }

    /// A closed polygon through `points`.
    public static func polygon(_ points: [Point]) -> [PathCommand] {
        guard let first = points.first else { return [] }
        return [.move(first)] + points.dropFirst().map { .line($0) } + [.close]
    }
}

/// A drawing instruction; the renderer turns each into cairo calls, in order.
public enum Primitive: Sendable, Equatable {
    case fill([PathCommand], Color, opacity: Double)
    case stroke([PathCommand], Color, width: Double)
    case text(TextLine)
    /// A clickable area that opens a page of the same PDF (1-based); other formats ignore it.
    case link(Rect, page: Int)
}

/// One line of text set at a place on the page.
public struct TextLine: Sendable, Equatable {
    public var text: String
    /// The top-left corner of the line's box.
    public var origin: Point
    /// The measured width of the text.
    public var width: Double
    /// The line's height (top to next line's top).
    public var height: Double
    public var font: FontSpec
    public var color: Color

    public init(text: String, origin: Point, width: Double, height: Double, font: FontSpec, color: Color) {
        self.text = text
        self.origin = origin
        self.width = width
        self.height = height
        self.font = font
        self.color = color
    }

    /// The box the line occupies.
    public var frame: Rect { Rect(x: origin.x, y: origin.y, width: width, height: height) }

    func offsetBy(_ dx: Double, _ dy: Double) -> TextLine {
        var moved = self
        moved.origin = Point(origin.x + dx, origin.y + dy)
        return moved
    }
}
