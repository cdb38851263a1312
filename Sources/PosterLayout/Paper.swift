/// An ISO 216 A-series sheet the poster is laid out for.
public enum PaperSize: String, Sendable, CaseIterable, Comparable {
    case a4, a3, a2, a1

    /// The short and long side in points (1 mm = 72/25.4 pt).
    var sides: (short: Double, long: Double) {
        let millimetres: (Double, Double) = switch self {
        case .a4: (210, 297)
        case .a3: (297, 420)
        case .a2: (420, 594)
        case .a1: (594, 841)
        }
        return (millimetres.0 * 72 / 25.4, millimetres.1 * 72 / 25.4)
    }

    /// How much larger than A4 the sheet's sides are: √2 per step.
    public var scale: Double {
        switch self {
        case .a4: 1
        case .a3: 2.0.squareRoot()
        case .a2: 2
        case .a1: 2 * 2.0.squareRoot()
        }
    }

    /// The body text size the layout starts from, in points.
    public var preferredBodySize: Double { (9 * scale * 10).rounded() / 10 }

    /// The smallest body text size still legible where a sheet this size hangs; it grows more slowly
    /// than the sheet, so a larger sheet holds more text.
    public var minimumBodySize: Double {
        switch self {
        case .a4: 6.5
        case .a3: 7.5
        case .a2: 9
        case .a1: 11
        }
    }

    public static func < (lhs: PaperSize, rhs: PaperSize) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// Which way up the sheet is.
public enum Orientation: String, Sendable, CaseIterable {
    case portrait, landscape
}

/// A sheet size in an orientation: what a poster is laid out on.
public struct Paper: Sendable, Equatable, Hashable {
    public var size: PaperSize
    public var orientation: Orientation

    public init(_ size: PaperSize, _ orientation: Orientation = .portrait) {
        self.size = size
        self.orientation = orientation
    }

    /// The page width in points.
    public var width: Double { orientation == .portrait ? size.sides.short : size.sides.long }
    /// The page height in points.
    public var height: Double { orientation == .portrait ? size.sides.long : size.sides.short }
    /// `a3 portrait`, as diagnostics name it.
    public var name: String { "\(size.rawValue) \(orientation.rawValue)" }

    /// The larger sheets in the same orientation, smallest first.
    public var larger: [Paper] { PaperSize.allCases.filter { $0 > size }.map { Paper($0, orientation) } }
}
