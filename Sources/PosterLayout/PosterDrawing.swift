import Foundation
import ProfileSyntax

extension Poster {
    /// The poster as drawing instructions, back to front. Pure data: the renderer only replays them.
    public var primitives: [Primitive] {
        let s = paper.size.scale
        var out: [Primitive] = [.fill(Path.polygon([Point(0, 0), Point(paper.width, 0), Point(paper.width, paper.height), Point(0, paper.height)]),
                                      theme.paper, opacity: 1)]
        out += title.map(Primitive.text)
        out.append(.fill(Path.roundedRect(titleRule, radius: 0), theme.color(.environment), opacity: 1))
        if let field { out.append(.fill(Path.roundedRect(field, radius: 10 * s), theme.field, opacity: 1)) }
        if let hybrid { out += hybrid.primitives(theme: theme, scale: s) }

        out += figure.primitives(theme: theme)
        for box in boxes {
            guard let leader = box.leader else { continue }
            let color = theme.color(box.kind)
            out.append(.stroke(Path.segment(leader.start, leader.end), color, width: 1.1 * s))
            out.append(.fill(Path.circle(leader.end, 2.6 * s), color, opacity: 1))
            out.append(.stroke(Path.circle(leader.end, 2.6 * s), theme.face, width: 0.9 * s))
        }
        if let banner { out += banner.primitives(theme: theme, size: bodySize) }
        for box in allBoxes { out += box.primitives(theme: theme, scale: s) }
        for entry in legend {
            if let marker = entry.marker {
                out += marker.primitives(center: entry.markerCenter, size: entry.markerSize, theme: theme, bulletColor: theme.ink)
            }
            out.append(.text(entry.label))
        }
        out.append(.fill(Path.roundedRect(footerRule, radius: 0), theme.mutedInk, opacity: 0.5))
        out += footer.map(Primitive.text)
        return out
    }
}

extension Figure {
    /// The silhouette's shapes in the theme's colours, body parts outlined.
    public func primitives(theme: Theme) -> [Primitive] {
        let outline = scale / 900
        return shapes.flatMap { shape -> [Primitive] in
            switch shape.role {
            case .body: [.fill(shape.path, theme.figure, opacity: 1)]
            case .face: [.fill(shape.path, theme.face, opacity: 1)]
            case .part(let kind): [.fill(shape.path, theme.color(kind), opacity: 1), .stroke(shape.path, theme.face, width: outline)]
            case .wash(let kind): [.fill(shape.path, theme.color(kind), opacity: 0.6)]
            }
        }
    }
}

extension Banner {
    /// A ribbon: two folded tails behind a band, the text on the band.
    func primitives(theme: Theme, size: Double) -> [Primitive] {
        let color = theme.color(.passion)
        let tail = size * 1.1, drop = size * 0.5
        let f = frame
        let leftTail = Path.polygon([Point(f.minX - tail * 0.2, f.minY + drop), Point(f.minX + tail, f.minY + drop),
                                     Point(f.minX + tail, f.maxY + drop), Point(f.minX - tail * 0.2, f.maxY + drop),
                                     Point(f.minX + tail * 0.45, f.midY + drop)])
        let rightTail = Path.polygon([Point(f.maxX + tail * 0.2, f.minY + drop), Point(f.maxX - tail, f.minY + drop),
                                      Point(f.maxX - tail, f.maxY + drop), Point(f.maxX + tail * 0.2, f.maxY + drop),
                                      Point(f.maxX - tail * 0.45, f.midY + drop)])
        return [.fill(leftTail, color, opacity: 0.7), .fill(rightTail, color, opacity: 0.7),
                .fill(Path.roundedRect(band(bodySize: size), radius: Self.cornerRadius(bodySize: size)), color, opacity: 1)]
            + lines.map(Primitive.text)
    }

    /// The ribbon's band, the part in front of the tails, on a poster with body text at `size`.
    public func band(bodySize size: Double) -> Rect {
        let tail = size * 1.1
        return Rect(x: frame.minX + tail * 0.55, y: frame.minY, width: frame.width - tail * 1.1, height: frame.height)
    }

    /// The radius of the band's corners.
    public static func cornerRadius(bodySize size: Double) -> Double { size * 0.2 }
}

extension PartBox {
    func primitives(theme: Theme, scale s: Double) -> [Primitive] {
        let color = theme.color(kind)
        var out: [Primitive] = [
            .fill(Path.roundedRect(frame, radius: 5 * s), theme.box, opacity: 1),
        ]
        // A hybrid's side box is tinted in its side's colour, as that side's half behind the figure is (its
        // frame keeps the part's colour: a side colour may be a part's too); the linking role has a heavier frame.
        if let side { out.append(.fill(Path.roundedRect(frame, radius: 5 * s), theme.side(side), opacity: 0.16)) }
        out.append(.fill(Path.topRoundedRect(header, radius: 5 * s), color, opacity: 1))
        out.append(.stroke(Path.roundedRect(frame, radius: 5 * s), color, width: (kind == .linking ? 2.2 : 0.9) * s))
        out += heading.map(Primitive.text)
        for entry in entries {
            switch entry {
            case .subheading(let lines), .note(let lines): out += lines.map(Primitive.text)
            case .item(let item):
                out += item.marker.primitives(center: item.markerCenter, size: item.markerSize, theme: theme, bulletColor: color)
                out += item.allLines.map(Primitive.text)
            case .quote(let quote):
                out.append(.fill(Path.roundedRect(quote.rule, radius: quote.rule.width / 2), color, opacity: 1))
                out += quote.allLines.map(Primitive.text)
            }
        }
        return out
    }
}

extension Marker {
    /// The symbol centred on `center`, `size` wide: a dot, a star (new), a triangle up (growing) or
    /// down (shrinking), a cross (disappearing); an open circle (round the trend's symbol) for a potential item.
    public func primitives(center c: Point, size: Double, theme: Theme, bulletColor: Color) -> [Primitive] {
        let r = size / 2
        switch self {
        case .bullet:
            return [.fill(Path.circle(c, r * 0.42), bulletColor, opacity: 1)]
        case .potential(let trend):
            let ring = Primitive.stroke(Path.circle(c, trend == nil ? r * 0.62 : r * 1.15), bulletColor, width: r * 0.24)
            return (trend.map { Marker.trend($0).primitives(center: c, size: size * 0.62, theme: theme, bulletColor: bulletColor) } ?? []) + [ring]
        case .trend(let trend):
            let color = theme.trends[trend] ?? theme.ink
            switch trend {
            case .new:
                let points = (0..<10).map { index -> Point in
                    let angle = -Double.pi / 2 + Double(index) * .pi / 5
                    let radius = index.isMultiple(of: 2) ? r * 1.08 : r * 0.46
                    return Point(c.x + radius * cos(angle), c.y + 0.04 * r + radius * sin(angle))
                }
                return [.fill(Path.polygon(points), color, opacity: 1)]
            case .growing:
                return [.fill(Path.polygon([Point(c.x, c.y - r), Point(c.x + r, c.y + r * 0.8), Point(c.x - r, c.y + r * 0.8)]), color, opacity: 1)]
            case .shrinking:
                return [.fill(Path.polygon([Point(c.x, c.y + r), Point(c.x + r, c.y - r * 0.8), Point(c.x - r, c.y - r * 0.8)]), color, opacity: 1)]
            case .disappearing:
                let k = r * 0.8
                return [.stroke(Path.segment(Point(c.x - k, c.y - k), Point(c.x + k, c.y + k)) + Path.segment(Point(c.x + k, c.y - k), Point(c.x - k, c.y + k)),
                                color, width: r * 0.42)]
            }
        }
    }
}
