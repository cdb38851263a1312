import PosterLayout
import ProfileDiff

/// A part's shift in its box header: a pill with the shift as a number and a bar, in the room the
/// layout keeps free at the right of every header (`PosterLayoutEngine.layout(headerReserve:)`).
/// All its sizes are in multiples of the poster's body size, so the room is known before layout.
public struct ShiftBadge: Sendable, Equatable {
    /// The pill.
    public var frame: Rect
    /// The header of the box it sits in.
    public var header: Rect
    var number: TextLine
    var shift: Double
    var color: Color

    static let padding = 0.25, barWidth = 2.4, numberSize = 0.75
    /// The pill's distance from the header's right edge.
    static let inset = 0.3

    /// The room, in multiples of the body size, that a header keeps for its badge: the widest pill.
    /// Its left edge stays 0.35 body sizes right of the headings, which wrap 0.65 body sizes inside the box.
    static func reserve(_ setter: LineSetter) -> Double {
        let widest = ["0.00", "1.00"].map { setter.line($0, size: numberSize, bold: true, color: Color(0)).width }.max()!
        return 3 * padding + widest + barWidth
    }

    /// The badge of `shift` right-aligned in `header`, vertically centred, on a poster with body text at `size`.
    init(shift: Double, header: Rect, color: Color, ink: Color, size: Double, setter: LineSetter) {
        let number = setter.line(DiffWording.score(shift), size: size * Self.numberSize, bold: true, color: ink)
        let width = size * (3 * Self.padding + Self.barWidth) + number.width, height = number.height + 0.12 * size
        frame = Rect(x: header.maxX - Self.inset * size - width, y: header.midY - height / 2, width: width, height: height)
        self.number = number.at(frame.minX + Self.padding * size, frame.midY - number.height / 2)
        self.header = header
        self.shift = shift
        self.color = color
    }

    /// The pill, its number, and the bar filled as far as the shift.
    func primitives(theme: Theme, scale: Double) -> [Primitive] {
        let radius = frame.height / 2
        let padding = number.origin.x - frame.minX, barHeight = number.height * 0.45
        let bar = Rect(x: number.frame.maxX + padding, y: frame.midY - barHeight / 2,
                       width: frame.maxX - padding - (number.frame.maxX + padding), height: barHeight)
        var out: [Primitive] = [.fill(Path.roundedRect(frame, radius: radius), theme.box, opacity: 1),
                                .stroke(Path.roundedRect(frame, radius: radius), color, width: 0.8 * scale),
                                .text(number),
                                .fill(Path.roundedRect(bar, radius: barHeight / 2), theme.field, opacity: 1)]
        if shift > 0 {
            let filled = Rect(x: bar.minX, y: bar.minY, width: max(barHeight, bar.width * shift), height: barHeight)
            out.append(.fill(Path.roundedRect(filled, radius: barHeight / 2), color, opacity: 1))
        }
        return out
    }

    /// The badge moved by (`dx`, `dy`).
    func offsetBy(_ dx: Double, _ dy: Double) -> ShiftBadge {
        var moved = self
        moved.frame = frame.offsetBy(dx, dy)
        moved.header = header.offsetBy(dx, dy)
        moved.number = number.at(number.origin.x + dx, number.origin.y + dy)
        return moved
    }
}
