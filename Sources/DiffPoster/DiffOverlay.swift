import PosterLayout
import ProfileDiff
import ProfileModel
import ProfileSyntax

/// The drawing laid over a poster to show a difference: item marks, shift badges, a heading and a legend.
struct DiffOverlay {
    let poster: Poster
    let setter: LineSetter
    private var scale: Double { poster.paper.size.scale }

    /// A translucent band over each changed item with a patterned bar at its left; removed items
    /// struck through. `passion` is the passion statement of the profile drawn, to mark the banner.
    func marks(_ index: MarkIndex, passion: String?) -> [Primitive] {
        var out: [Primitive] = []
        for box in poster.allBoxes {
            for placed in box.items {
                guard let mark = index.mark(box.kind, box.group, placed.item.text), let first = placed.lines.first else { continue }
                let textFrame = (placed.lines.dropFirst() + [placed.reference].compactMap { $0 }).reduce(first.frame) { $0.union($1.frame) }
                let left = placed.markerCenter.x - placed.markerSize / 2 - 1.5 * scale
                out += band(Rect(x: left, y: textFrame.minY, width: textFrame.maxX - left, height: textFrame.height), mark)
                if mark == .removed { out += strike(placed.lines) }
            }
        }
        if let banner = poster.banner, let passion, let mark = index.mark(.passion, nil, passion) {
            // The ribbon is coloured already: an outline in the mark's colour, around the band the
            // ribbon is drawn with, shows the change.
            let margin = 2 * scale, size = poster.bodySize
            out.append(.stroke(Path.roundedRect(banner.band(bodySize: size).insetBy(-margin, -margin),
                                                radius: Banner.cornerRadius(bodySize: size) + margin),
                               mark.color(in: poster.theme), width: 2.2 * scale))
            // The first line is the label (`PASSIE`), the rest the statement.
            if mark == .removed { out += strike(Array(banner.lines.dropFirst())) }
        }
        return out
    }

    /// A translucent band over `frame` and, at its left, the mark's bar.
    func band(_ frame: Rect, _ mark: ChangeMark) -> [Primitive] {
        let color = mark.color(in: poster.theme)
        let bar = Rect(x: frame.minX - 2.6 * scale, y: frame.minY, width: 1.8 * scale, height: frame.height)
        return [.fill(Path.roundedRect(frame, radius: 1.5 * scale), color, opacity: 0.2)] + mark.bar(bar, color: color)
    }

    private func strike(_ lines: [TextLine]) -> [Primitive] {
        lines.map { line in
            let y = line.origin.y + line.height * 0.55
            return .stroke(Path.segment(Point(line.origin.x, y), Point(line.origin.x + line.width, y)),
                           ChangeMark.removed.color(in: poster.theme), width: 0.8 * scale)
        }
    }

    /// A shift badge in each box header, in the room the layout kept free for it: a sub-group's box (hands:
    /// skills, tasks; feet: education, grounding) shows its own shift.
    func badges(_ diff: ProfileDifference) -> [ShiftBadge] {
        poster.allBoxes.map { box in
            ShiftBadge(shift: diff.shift(of: box.kind, group: box.group), header: box.header, color: poster.theme.color(box.kind), ink: poster.theme.ink,
                       size: poster.bodySize, setter: setter)
        }
    }

    /// Right-aligned in the title block: what is compared, the overall shift, and the legend.
    func heading(_ diff: ProfileDifference, language: ContentLanguage) -> [Primitive] {
        let size = poster.bodySize
        let right = poster.printable.maxX
        var y = poster.printable.minY
        let shiftWord = language == .nl ? "verschuiving" : "shift"
        // The poster's own title names the new side; the old one is named too when it differs.
        let short = "\(diff.old.version ?? "?") → \(diff.new.version ?? "?")"
        let versions = diff.old.title == diff.new.title ? short : DiffWording.heading(diff)
        // The line must leave the poster's title clear: smaller first, then only the versions (the new title
        // is the poster's own) with the old title on a second, small line.
        let wasWord = language == .nl ? "was" : "formerly"
        let candidates: [(line: String, note: String?, scale: Double)] = [1.3, 1.1, 0.95].map { ("\(versions) · \(shiftWord) \(DiffWording.score(diff.shift))", nil, $0) }
            + [("\(short) · \(shiftWord) \(DiffWording.score(diff.shift))", diff.old.title == diff.new.title ? nil : "\(wasWord): \(diff.old.title)", 1.1)]
        let lines = candidates.map { candidate -> [TextLine] in
            let title = setter.line(candidate.line, size: size * candidate.scale, bold: true, color: poster.theme.ink)
            var placed = [title.at(right - title.width, y)]
            if let note = candidate.note {
                let line = setter.line(note, size: size * 0.85, bold: false, color: poster.theme.mutedInk)
                placed.append(line.at(right - line.width, y + title.height))
            }
            return placed
        }
        // Each candidate at the top of the block, then lower down beside the title block's lines.
        let headingTops = [y] + poster.title.map(\.frame.maxY).filter { $0 > y }.sorted()
        let headingPlacements = headingTops.flatMap { top in lines.map { placed in placed.map { $0.at($0.frame.minX, $0.frame.minY - y + top) } } }
        let chosen = headingPlacements.first { placed in
            placed.last!.frame.maxY <= poster.titleRule.minY && !placed.contains { line in poster.title.contains { $0.frame.intersects(line.frame) } }
        } ?? lines.last!
        var out: [Primitive] = chosen.map { .text($0) }
        y = chosen.last!.frame.maxY + size * 0.3
        // The legend: swatch then label, each row right-aligned; in one row under that line, or
        // lower in the title block, or in two rows, wherever it leaves the poster's title clear.
        let marks = ChangeMark.allCases
        let labels = marks.map { setter.line($0.label(language), size: size * 0.85, bold: false, color: poster.theme.ink) }
        let swatch = size * 0.8, gap = size * 0.35, spacing = size * 0.9, bar = 2.6 * scale, rowHeight = labels[0].height
        func width(_ row: Range<Int>) -> Double {
            bar + labels[row].reduce(0) { $0 + swatch + gap + $1.width } + spacing * Double(row.count - 1)
        }
        func frames(_ rows: [Range<Int>], top: Double) -> [Rect] {
            rows.enumerated().map { Rect(x: right - width($1), y: top + Double($0) * rowHeight, width: width($1), height: rowHeight) }
        }
        let splits = [[0..<marks.count], [0..<3, 3..<marks.count]]
        let tops = [y] + poster.title.map(\.frame.maxY).filter { $0 > y }.sorted()
        let placements = splits.flatMap { rows in tops.map { (rows: rows, top: $0) } }
        let placement = placements.first { placement in
            frames(placement.rows, top: placement.top).allSatisfy { row in
                row.maxY <= poster.titleRule.minY && !poster.title.contains { $0.frame.intersects(row) }
            }
        } ?? placements[0]
        for (row, frame) in zip(placement.rows, frames(placement.rows, top: placement.top)) {
            var x = frame.minX + bar
            for index in row {
                out += band(Rect(x: x, y: frame.minY + (rowHeight - swatch) / 2, width: swatch, height: swatch), marks[index])
                out.append(.text(labels[index].at(x + swatch + gap, frame.minY)))
                x += swatch + gap + labels[index].width + spacing
            }
        }
        return out
    }
}
