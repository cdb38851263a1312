import ProfileSyntax

/// A spot on the figure that a part's leader line points at. Left and right are as the viewer sees them.
public enum BodyPart: String, Sendable, CaseIterable {
    case head, mouth, heart, leftHand, rightHand, belly, leftFoot, rightFoot

    /// The part of a profile drawn at this spot.
    public var partKind: PartKind {
        switch self {
        case .head: .head
        case .mouth: .mouth
        case .heart: .heart
        case .leftHand, .rightHand: .hands
        case .belly: .gut
        case .leftFoot, .rightFoot: .feet
        }
    }
}

/// What colour a shape of the figure takes from the theme.
public enum FigureRole: Sendable, Equatable {
    /// The silhouette itself.
    case body
    /// Eyes on the face.
    case face
    /// A body part marked in its part's colour.
    case part(PartKind)
    /// A body part marked with a soft wash of its part's colour.
    case wash(PartKind)
}

/// One filled shape of the figure.
public struct FigureShape: Sendable, Equatable {
    public var role: FigureRole
    public var path: [PathCommand]
}

/// The person in the middle of the poster, placed on the page.
public struct Figure: Sendable, Equatable {
    /// The box the figure was fitted into.
    public var frame: Rect
    /// The shapes in drawing order.
    public var shapes: [FigureShape]
    /// Where each body part's leader line ends.
    public var anchors: [BodyPart: Point]
    /// The area each body part covers; its anchor lies inside.
    public var regions: [BodyPart: Rect]
    /// Points per unit of the figure's height.
    public var scale: Double
}

/// The human silhouette, drawn in unit coordinates (x across, 0 at the middle; y down, 0 at the
/// top of the head, 1 under the feet) and scaled onto the page.
public enum Silhouette {
    /// Width over height of the figure with its arms and shoes.
    static let aspect = 0.41

    private static func p(_ x: Double, _ y: Double) -> Point { Point(x, y) }

    /// The torso and legs, one outline from the neck round the left leg and the right leg.
    static let trunk: [PathCommand] = [
        .move(p(-0.0264, 0.13)), .line(p(-0.0264, 0.165)),
        .curve(p(-0.0748, 0.165), p(-0.1074, 0.172), p(-0.11, 0.205)),
        .curve(p(-0.11, 0.3), p(-0.088, 0.36), p(-0.0854, 0.42)),
        .curve(p(-0.0836, 0.46), p(-0.0968, 0.49), p(-0.0968, 0.53)),
        .curve(p(-0.0986, 0.7), p(-0.0792, 0.82), p(-0.066, 0.925)),
        .line(p(-0.0264, 0.925)),
        .curve(p(-0.022, 0.8), p(-0.0158, 0.66), p(-0.0106, 0.575)),
        .curve(p(-0.0053, 0.56), p(0.0053, 0.56), p(0.0106, 0.575)),
        .curve(p(0.0158, 0.66), p(0.022, 0.8), p(0.0264, 0.925)),
        .line(p(0.066, 0.925)),
        .curve(p(0.0792, 0.82), p(0.0986, 0.7), p(0.0968, 0.53)),
        .curve(p(0.0968, 0.49), p(0.0836, 0.46), p(0.0854, 0.42)),
        .curve(p(0.088, 0.36), p(0.11, 0.3), p(0.11, 0.205)),
        .curve(p(0.1074, 0.172), p(0.0748, 0.165), p(0.0264, 0.165)),
        .line(p(0.0264, 0.13)), .close,
    ]

    /// The viewer's left arm, from shoulder to wrist; the right arm is its mirror image.
    static let leftArm: [PathCommand] = [
        .move(p(-0.088, 0.184)),
        .curve(p(-0.132, 0.184), p(-0.1514, 0.205), p(-0.1566, 0.25)),
        .line(p(-0.1786, 0.47)), .line(p(-0.1461, 0.474)), .line(p(-0.125, 0.29)),
        .curve(p(-0.1214, 0.265), p(-0.1118, 0.255), p(-0.0968, 0.25)), .close,
    ]

    /// The viewer's left shoe, toe turned out.
    static let leftShoe: [PathCommand] = [
        .move(p(-0.0686, 0.915)), .line(p(-0.0238, 0.915)), .line(p(-0.0238, 0.985)), .line(p(-0.1056, 0.985)),
        .curve(p(-0.1338, 0.985), p(-0.1355, 0.953), p(-0.1109, 0.947)),
        .curve(p(-0.0915, 0.942), p(-0.0774, 0.933), p(-0.0686, 0.915)), .close,
    ]

    static let headCenter = p(0, 0.072), headRadius = 0.066
    static let handCenter = p(-0.1637, 0.5), handRadius = 0.03
    static let heartCenter = p(0.044, 0.255), heartSize = 0.05
    static let bellyCenter = p(0, 0.445), bellyRadius = 0.042
    static let shoeCenter = p(-0.0704, 0.955)

    /// A heart shape `size` wide, centred on `center`.
    static func heart(_ center: Point, _ size: Double) -> [PathCommand] {
        func q(_ x: Double, _ y: Double) -> Point { Point(center.x + x * size, center.y + y * size) }
        return [
            .move(q(0, 0.42)),
            .curve(q(-0.12, 0.32), q(-0.5, 0.08), q(-0.5, -0.16)),
            .curve(q(-0.5, -0.42), q(-0.16, -0.5), q(0, -0.24)),
            .curve(q(0.16, -0.5), q(0.5, -0.42), q(0.5, -0.16)),
            .curve(q(0.5, 0.08), q(0.12, 0.32), q(0, 0.42)), .close,
        ]
    }

    /// A smile: the lower lip curve and the upper, flatter one.
    static let mouth: [PathCommand] = [
        .move(p(-0.0264, 0.097)),
        .curve(p(-0.0141, 0.127), p(0.0141, 0.127), p(0.0264, 0.097)),
        .curve(p(0.0141, 0.108), p(-0.0141, 0.108), p(-0.0264, 0.097)), .close,
    ]

    static func mirrored(_ path: [PathCommand]) -> [PathCommand] {
        path.map { $0.mapped({ Point(-$0.x, $0.y) }, scale: 1) }
    }

    static func box(_ center: Point, _ halfWidth: Double, _ halfHeight: Double) -> Rect {
        Rect(x: center.x - halfWidth, y: center.y - halfHeight, width: 2 * halfWidth, height: 2 * halfHeight)
    }

    /// The figure as large as fits in `column`, centred in it.
    public static func figure(in column: Rect, belly: Double? = nil) -> Figure {
        let scale = min(column.height, column.width / aspect)
        let origin = Point(column.midX, column.midY - scale / 2)
        let mirroredHand = p(-handCenter.x, handCenter.y), mirroredShoe = p(-shoeCenter.x, shoeCenter.y)
        let bellyCenter = p(0, belly ?? Self.bellyCenter.y)
        let unitShapes: [FigureShape] = [
            FigureShape(role: .body, path: leftArm),
            FigureShape(role: .body, path: mirrored(leftArm)),
            FigureShape(role: .body, path: trunk),
            FigureShape(role: .body, path: Path.circle(headCenter, headRadius)),
            FigureShape(role: .part(.hands), path: Path.circle(handCenter, handRadius)),
            FigureShape(role: .part(.hands), path: Path.circle(mirroredHand, handRadius)),
            FigureShape(role: .part(.feet), path: leftShoe),
            FigureShape(role: .part(.feet), path: mirrored(leftShoe)),
            FigureShape(role: .wash(.gut), path: Path.circle(bellyCenter, bellyRadius)),
            FigureShape(role: .part(.heart), path: heart(heartCenter, heartSize)),
            FigureShape(role: .face, path: Path.circle(p(-0.0211, 0.062), 0.0085)),
            FigureShape(role: .face, path: Path.circle(p(0.0211, 0.062), 0.0085)),
            FigureShape(role: .part(.mouth), path: mouth),
        ]
        let unitAnchors: [BodyPart: Point] = [
            .head: p(-0.0264, 0.03), .mouth: p(0.0176, 0.108), .heart: heartCenter,
            .leftHand: handCenter, .rightHand: mirroredHand, .belly: bellyCenter,
            .leftFoot: shoeCenter, .rightFoot: mirroredShoe,
        ]
        let unitRegions: [BodyPart: Rect] = [
            .head: box(headCenter, headRadius, headRadius),
            .mouth: Rect(x: -0.027, y: 0.097, width: 0.054, height: 0.025),
            .heart: box(heartCenter, heartSize / 2, heartSize / 2),
            .leftHand: box(handCenter, handRadius, handRadius), .rightHand: box(mirroredHand, handRadius, handRadius),
            .belly: box(bellyCenter, bellyRadius, bellyRadius),
            .leftFoot: Rect(x: -0.136, y: 0.915, width: 0.112, height: 0.07),
            .rightFoot: Rect(x: 0.024, y: 0.915, width: 0.112, height: 0.07),
        ]
        func place(_ u: Point) -> Point { Point(origin.x + u.x * scale, origin.y + u.y * scale) }
        func place(_ r: Rect) -> Rect { Rect(x: origin.x + r.x * scale, y: origin.y + r.y * scale, width: r.width * scale, height: r.height * scale) }
        return Figure(
            frame: Rect(x: origin.x - aspect / 2 * scale, y: origin.y, width: aspect * scale, height: scale),
            shapes: unitShapes.map { FigureShape(role: $0.role, path: $0.path.map { $0.mapped(place, scale: scale) }) },
            anchors: unitAnchors.mapValues(place), regions: unitRegions.mapValues(place), scale: scale)
    }

    /// Where the belly sits on a figure of unit height, and the lowest it may move to make room for
    /// the passion banner (just above the hips).
    static let bellyRange = (default: bellyCenter.y, lowest: 0.485)
}
