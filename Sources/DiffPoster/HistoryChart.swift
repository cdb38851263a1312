import PosterLayout
import ProfileDiff
import ProfileModel
import ProfileSyntax

/// The timeline figure of a history: for each step between versions, a labelled bar per body part
/// as high as the part's shift, and the overall shift as a labelled bar beside them.
public struct HistoryChart {
    let setter: LineSetter

    public init(measurer: any TextMeasurer) { setter = LineSetter(measurer: measurer) }

    /// A page per occupation that has a history (two versions or more), titled; an occupation with
    /// one version has nothing to chart and is named in a note at the foot of the first page (on a
    /// page of its own when no occupation has a history).
    public func pages(_ histories: [ProfileHistory], paper: Paper, language: ContentLanguage?,
                      theme: Theme) -> [(title: String, page: DiffPage)] {
        let charted = histories.filter { !$0.steps.isEmpty }
        let single = histories.filter { $0.steps.isEmpty }.map(\.title)
        let language = language ?? (charted.first ?? histories.first)?.versions.last?.language ?? .nl
        let note = single.isEmpty ? [] : self.note(single, paper: paper, language: language, theme: theme)
        guard let first = charted.first else {
            let title = language == .nl ? "Geen geschiedenis" : "No history"
            let heading = setter.line(title, size: body(paper) * 2.4, bold: true, color: theme.ink, x: margin(paper), y: margin(paper))
            // Nothing to chart: the note goes right under the heading.
            let lift = (note.first?.origin.y ?? 0) - heading.frame.maxY - body(paper)
            let lines = [heading] + note.map { $0.at($0.origin.x, $0.origin.y - lift) }
            return [(title, DiffPage(paper: paper, primitives: background(paper, theme) + lines.map(Primitive.text)))]
        }
        return [(first.title, page(first, paper: paper, language: language, theme: theme, note: note))]
            + charted.dropFirst().map { ($0.title, page($0, paper: paper, language: language, theme: theme, note: [])) }
    }

    private func body(_ paper: Paper) -> Double { 10 * paper.size.scale }
    private func margin(_ paper: Paper) -> Double { 36 * paper.size.scale }

    private func background(_ paper: Paper, _ theme: Theme) -> [Primitive] {
        [.fill(Path.roundedRect(Rect(x: 0, y: 0, width: paper.width, height: paper.height), radius: 0), theme.paper, opacity: 1)]
    }

    /// "One version only, so no history: …", wrapped at the foot of the page.
    private func note(_ titles: [String], paper: Paper, language: ContentLanguage, theme: Theme) -> [TextLine] {
        let lead = language == .nl ? "Eén versie, dus geen geschiedenis: " : "One version only, so no history: "
        let font = FontSpec(size: body(paper))
        let width = paper.width - 2 * margin(paper)
        let lines = setter.measurer.wrap(lead + titles.joined(separator: ", ") + ".", font: font, width: width, language: language)
        let height = setter.measurer.lineHeight(font)
        let top = paper.height - margin(paper) - Double(lines.count) * height
        return lines.enumerated().map { index, line in
            TextLine(text: line.text, origin: Point(margin(paper), top + Double(index) * height), width: line.width, height: height,
                     font: font, color: theme.mutedInk)
        }
    }

    /// The page of one occupation's `history` on `paper`, with `note` at its foot.
    func page(_ history: ProfileHistory, paper: Paper, language: ContentLanguage, theme: Theme, note: [TextLine]) -> DiffPage {
        let wording = Wording(language)
        let s = paper.size.scale, body = body(paper), margin = margin(paper)
        var out = background(paper, theme)
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
        let overallWord = language == .nl ? "geheel" : "overall"
        // The legend, one row of swatches and names: the parts, then the overall shift.
        var x = margin
        let entries = parts.map { (wording.partName($0), theme.color($0), false) } + [(overallWord, theme.ink, true)]
        var legendHeight = 0.0
        for (name, color, bold) in entries {
            let label = setter.line(name, size: body, bold: bold, color: theme.ink, x: x + body * 1.2, y: y)
            out.append(.fill(Path.roundedRect(Rect(x: x, y: y + label.height * 0.2, width: body * 0.8, height: body * 0.8), radius: 1.5 * s),
                             color, opacity: 1))
            out.append(.text(label))
            x += body * 1.2 + label.width + body * 1.2
            legendHeight = label.height
        }
        y += legendHeight + body * 1.5

        // The plot: y from 0 (bottom) to 1 (top), one slot per step, down to the note, or the page's
        // margin, less the step labels.
        let tickFont = body * 0.9
        let axisLabelWidth = setter.line("1.00", size: tickFont, bold: false, color: theme.ink).width + body * 0.5
        let valueHeight = setter.line("1.00", size: tickFont, bold: true, color: theme.ink).height
        let top = y + 2 * valueHeight
        let plot = Rect(x: margin + axisLabelWidth, y: top, width: paper.width - 2 * margin - axisLabelWidth,
                        height: (note.first?.origin.y ?? paper.height - margin) - body * 4 - top)
        for tick in [0.0, 0.25, 0.5, 0.75, 1.0] {
            let ty = plot.maxY - plot.height * tick
            out.append(.stroke(Path.segment(Point(plot.minX, ty), Point(plot.maxX, ty)), theme.mutedInk, width: tick == 0 ? 1 * s : 0.3 * s))
            let label = setter.line(DiffWording.score(tick), size: tickFont, bold: false, color: theme.mutedInk)
            out.append(.text(label.at(plot.minX - body * 0.5 - label.width, ty - label.height / 2)))
        }
        let slot = plot.width / Double(max(history.steps.count, 1))
        // Each part's bar, a gap of one bar, then the overall bar.
        let barWidth = slot * 0.8 / Double(parts.count + 2)
        for (index, step) in history.steps.enumerated() {
            let left = plot.minX + slot * Double(index) + slot * 0.1
            for (p, part) in parts.enumerated() {
                out += bar(step.shift(of: part), x: left + barWidth * Double(p), width: barWidth, plot: plot, color: theme.color(part),
                           label: nil, theme: theme, size: tickFont)
            }
            out += bar(step.shift, x: left + barWidth * Double(parts.count + 1), width: barWidth, plot: plot, color: theme.ink,
                       label: overallWord, theme: theme, size: tickFont)
            let label = setter.line("\(step.old.version ?? "?") → \(step.new.version ?? "?")", size: body * 1.2, bold: true, color: theme.ink)
            out.append(.text(label.at(left + slot * 0.4 - label.width / 2, plot.maxY + body * 0.5)))
        }
        return DiffPage(paper: paper, primitives: out + note.map(Primitive.text))
    }

    /// A bar of height `value` standing on the plot's base, its value above it (when the value fits
    /// the bar's width or the bar is labelled), `label` under the value.
    private func bar(_ value: Double, x: Double, width: Double, plot: Rect, color: Color, label: String?, theme: Theme,
                     size: Double) -> [Primitive] {
        let height = plot.height * value
        let frame = Rect(x: x + width * 0.1, y: plot.maxY - height, width: width * 0.8, height: height)
        var out: [Primitive] = []
        if height > 0 { out.append(.fill(Path.roundedRect(frame, radius: 0), color, opacity: 1)) }
        let number = setter.line(DiffWording.score(value), size: size, bold: label != nil, color: theme.ink)
        var textTop = frame.minY - number.height
        if let label {
            let name = setter.line(label, size: size, bold: true, color: theme.ink)
            textTop -= name.height
            out.append(.text(name.at(frame.midX - name.width / 2, textTop + number.height)))
        }
        if label != nil || number.width <= width { out.append(.text(number.at(frame.midX - number.width / 2, textTop))) }
        return out
    }
}
