import PosterLayout
import ProfileDiff
import ProfileModel
import ProfileSyntax

/// The timeline figure of a history: for each step between versions, a bar per body part as high as
/// the part's shift, the overall shift as a line across the steps, and a legend of the parts.
public struct HistoryChart {
    let setter: LineSetter

    public init(measurer: any TextMeasurer) { setter = LineSetter(measurer: measurer) }

    /// One page for `history` on `paper`.
    public func page(_ history: ProfileHistory, paper: Paper, language: ContentLanguage?, theme: Theme) -> DiffPage {
        let language = language ?? history.versions.last?.language ?? .nl
        let wording = Wording(language)
        let s = paper.size.scale, body = 10 * s
        let margin = 36 * s
        var out: [Primitive] = [.fill(Path.roundedRect(Rect(x: 0, y: 0, width: paper.width, height: paper.height), radius: 0), theme.paper, opacity: 1)]
        var y = margin
        let title = setter.line(history.title, size: body * 2.4, bold: true, color: theme.ink, x: margin, y: y)
        out.append(.text(title))
        y += title.height
        let versions = history.versions.map { $0.version ?? "?" }.joined(separator: " → ")
        let subtitle = setter.line((language == .nl ? "Verschuiving per deel, versie " : "Shift per part, versions ") + versions,
                            size: body * 1.2, bold: false, color: theme.mutedInk, x: margin, y: y)
        out.append(.text(subtitle))
        y += subtitle.height + body

        let parts = PartKind.allCases.filter { part in history.steps.contains { $0.parts.contains { $0.part == part } } }
        // The legend, one row of swatches and part names.
        var x = margin
        for part in parts {
            let label = setter.line(wording.partName(part), size: body, bold: false, color: theme.ink, x: x + body * 1.2, y: y)
            out.append(.fill(Path.roundedRect(Rect(x: x, y: y + label.height * 0.2, width: body * 0.8, height: body * 0.8), radius: 1.5 * s),
                             theme.color(part), opacity: 1))
            out.append(.text(label))
            x += body * 1.2 + label.width + body * 1.2
        }
        let overallLabel = setter.line(language == .nl ? "geheel" : "overall", size: body, bold: true, color: theme.ink, x: x + body * 1.8, y: y)
        out.append(.stroke(Path.segment(Point(x, y + overallLabel.height / 2), Point(x + body * 1.4, y + overallLabel.height / 2)),
                           theme.ink, width: 1.6 * s))
        out.append(.text(overallLabel))
        y += overallLabel.height + body * 1.5

        // The plot: y from 0 (bottom) to 1 (top), one slot per step.
        let axisLabelWidth = setter.line("1.00", size: body * 0.9, bold: false, color: theme.ink, x: 0, y: 0).width + body * 0.5
        let plot = Rect(x: margin + axisLabelWidth, y: y, width: paper.width - 2 * margin - axisLabelWidth,
                        height: paper.height - y - margin - body * 3)
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let ty = plot.maxY - plot.height * tick
            out.append(.stroke(Path.segment(Point(plot.minX, ty), Point(plot.maxX, ty)), theme.mutedInk, width: tick == 0 ? 1 * s : 0.3 * s))
            let label = setter.line(DiffWording.score(tick), size: body * 0.9, bold: false, color: theme.mutedInk, x: 0, y: 0)
            out.append(.text(label.at(plot.minX - body * 0.5 - label.width, ty - label.height / 2)))
        }
        guard !history.steps.isEmpty else { return DiffPage(paper: paper, primitives: out) }
        let slot = plot.width / Double(history.steps.count)
        let barWidth = slot * 0.8 / Double(max(parts.count, 1))
        var overall: [Point] = []
        for (index, step) in history.steps.enumerated() {
            let left = plot.minX + slot * Double(index) + slot * 0.1
            for (p, part) in parts.enumerated() {
                let height = plot.height * step.shift(of: part)
                let bar = Rect(x: left + barWidth * Double(p) + barWidth * 0.1, y: plot.maxY - height, width: barWidth * 0.8, height: height)
                if height > 0 { out.append(.fill(Path.roundedRect(bar, radius: 0), theme.color(part), opacity: 1)) }
            }
            let center = left + slot * 0.4
            overall.append(Point(center, plot.maxY - plot.height * step.shift))
            let label = setter.line("\(step.old.version ?? "?") → \(step.new.version ?? "?")", size: body, bold: true, color: theme.ink, x: 0, y: 0)
            out.append(.text(label.at(center - label.width / 2, plot.maxY + body * 0.5)))
        }
        if overall.count > 1 {
            out.append(.stroke([.move(overall[0])] + overall.dropFirst().map { .line($0) }, theme.ink, width: 1.6 * s))
        }
        for (point, step) in zip(overall, history.steps) {
            out.append(.fill(Path.circle(point, 3 * s), theme.ink, opacity: 1))
            let label = setter.line(DiffWording.score(step.shift), size: body * 0.9, bold: true, color: theme.ink)
            out.append(.text(label.at(point.x + 4 * s, point.y - label.height - 2 * s)))
        }
        return DiffPage(paper: paper, primitives: out)
    }
}
