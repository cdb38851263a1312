import ProfileModel
import ProfileSyntax

/// A part, or one group of the hands or feet, that did not fit on the paper.
public struct PartOverflow: Sendable, Equatable {
    public var kind: PartKind
    public var group: String?

    public init(kind: PartKind, group: String?) {
        self.kind = kind
        self.group = group
    }
}

/// Why a profile could not be laid out: the parts that do not fit even at the smallest legible size.
public struct LayoutFailure: Error, Sendable, Equatable {
    public var paper: Paper
    public var parts: [PartOverflow]
    /// The title needs more than `PageFrame.titleLines` lines even at its smallest size: it crowds out the
    /// figure, so it is named rather than the part that loses its room.
    public var titleTooLong = false
}

/// Lays out a profile as a poster: Profile + paper + language + theme → positioned boxes, wrapped
/// lines, leader lines, figure shapes. Pure geometry; text is measured with the given measurer.
public struct PosterLayoutEngine {
    public let measurer: any TextMeasurer

    public init(measurer: any TextMeasurer) { self.measurer = measurer }

    /// The poster at the largest body size (in steps of 0.1 pt) between the paper's preferred and
    /// its minimum size at which every part fits; the failure when none fits at the minimum.
    /// `headerReserve` is a width, in multiples of the body size, that every box header keeps free
    /// at its right (the headings wrap before it) for a caller to draw in, as the diff does its
    /// shift badges. With `references` (the default) every cited statement carries its sources'
    /// numbers and the footer numbers the sources to match; without, the footer lists them plainly.
    /// A hybrid profile is laid out as the hybrid poster (HybridPoster.swift): `componentTitles` maps its
    /// components' slugs to their profiles' titles for the title block; it never changes whether the poster fits.
    public func layout(_ profile: Profile, paper: Paper, language: ContentLanguage? = nil,
                       theme: Theme = .standard, headerReserve: Double = 0, references: Bool = true,
                       componentTitles: [String: String] = [:]) -> Result<Poster, LayoutFailure> {
        let frame = PageFrame(profile: profile, paper: paper, wording: Wording(language ?? profile.effectiveLanguage),
                              theme: theme, setter: Typesetter(measurer: measurer, language: profile.effectiveLanguage),
                              headerReserve: headerReserve, references: references ? ReferenceNumbering(profile) : nil,
                              componentTitles: componentTitles)
        var low = Int((paper.size.minimumBodySize * 10).rounded()), high = Int((paper.size.preferredBodySize * 10).rounded())
        if case .success(let poster) = frame.attempt(size: Double(high) / 10) { return .success(poster) }
        var best: Poster
        switch frame.attempt(size: Double(low) / 10) {
        case .failure(let failure): return .failure(failure)
        case .success(let poster): best = poster
        }
        while high - low > 1 {
            let middle = (low + high) / 2
            switch frame.attempt(size: Double(middle) / 10) {
            case .success(let poster): best = poster; low = middle
            case .failure: high = middle
            }
        }
        return .success(best)
    }
}

/// The parts of a poster that do not depend on the body size, and the attempt at one body size.
private struct PageFrame {
    let profile: Profile
    let paper: Paper
    let wording: Wording
    let theme: Theme
    let setter: Typesetter
    let headerReserve: Double
    let references: ReferenceNumbering?
    let scale: Double
    let printable: Rect
    let title: [TextLine]
    /// A hybrid's contexts and time split under the subtitle.
    let hybrid: HybridHeader?
    let titleRule: Rect
    /// Whether the title needs more lines than the title block has (see `LayoutFailure.titleTooLong`).
    let titleTooLong: Bool
    /// The most lines a title may take at its smallest size.
    static let titleLines = 3
    let legend: [LegendEntry]
    let footerRule: Rect
    let footer: [TextLine]
    /// The area between the title block and the legend.
    let middle: Rect

    init(profile: Profile, paper: Paper, wording: Wording, theme: Theme, setter: Typesetter, headerReserve: Double,
         references: ReferenceNumbering?, componentTitles: [String: String]) {
        self.profile = profile
        self.references = references
        self.paper = paper
        self.wording = wording
        self.theme = theme
        self.setter = setter
        self.headerReserve = headerReserve
        let s = paper.size.scale
        scale = s
        let margin = 26 * s
        printable = Rect(x: margin, y: margin, width: paper.width - 2 * margin, height: paper.height - 2 * margin)

        var y = printable.minY
        let kicker = setter.set(profile.isHybrid ? wording.hybridKicker : wording.kicker, font: FontSpec(size: 7.5 * s, bold: true), color: theme.color(.environment),
                                x: printable.minX, y: y, width: printable.width)
        y += kicker.height
        var titleSize = 26 * s
        var titleSet = setter.set(profile.title, font: FontSpec(size: titleSize, bold: true), color: theme.ink,
                                  x: printable.minX, y: y, width: printable.width)
        while titleSet.lines.count > 2 && titleSize > 14 * s {
            titleSize *= 0.9
            titleSet = setter.set(profile.title, font: FontSpec(size: titleSize, bold: true), color: theme.ink,
                                  x: printable.minX, y: y, width: printable.width)
        }
        titleTooLong = titleSet.lines.count > Self.titleLines
        y += titleSet.height
        let subtitleText = [profile.sector, profile.region, profile.version.map(wording.version)].compactMap { $0 }.joined(separator: "  ·  ")
        let subtitle = setter.set(subtitleText, font: FontSpec(size: 11 * s), color: theme.mutedInk,
                                  x: printable.minX, y: y, width: printable.width)
        y += subtitle.height + 5 * s
        // Hook for hybrids: both contexts, the direction and the time-split bar, in a band of fixed height.
        if profile.isHybrid {
            let (header, height) = HybridHeader.layout(profile, titles: componentTitles, wording: wording, theme: theme, setter: setter,
                                                       x: printable.minX, y: y, width: printable.width, scale: s)
            hybrid = header
            y += height + 3 * s
        } else {
            hybrid = nil
        }
        title = kicker.lines + titleSet.lines + subtitle.lines
        titleRule = Rect(x: printable.minX, y: y, width: printable.width, height: 1.5 * s)

        let footerFont = FontSpec(size: 7 * s)
        var paragraphs: [String] = []
        if let sources = ReferenceNumbering.footer(profile, numbered: references != nil, wording: wording) { paragraphs.append(sources) }
        // Evidence the profile does not state is shown as unknown, as `onderzoek: onbekend` is.
        let facts = ["\(wording.evidenceLabel): " + MetadataValues.evidenceText(profile.evidence ?? .unknown, wording.language)]
            + (profile.license.map { ["\(wording.licenseLabel): \($0)"] } ?? [])
        paragraphs.append(facts.joined(separator: "  ·  "))
        let width = printable.width
        let footerHeight = paragraphs.reduce(0.0) { $0 + setter.set($1, font: footerFont, color: theme.mutedInk, x: 0, y: 0, width: width).height }
        var footerY = printable.maxY - footerHeight
        var footerLines: [TextLine] = []
        for paragraph in paragraphs {
            let set = setter.set(paragraph, font: footerFont, color: theme.mutedInk, x: printable.minX, y: footerY, width: printable.width)
            footerLines += set.lines
            footerY += set.height
        }
        footer = footerLines

        let legendFont = FontSpec(size: 7.5 * s)
        let legendHeight = setter.measurer.lineHeight(legendFont)
        var keys: [(marker: Marker?, text: String, font: FontSpec)] = Trend.allCases.map { (Marker.trend($0), wording.trend($0), legendFont) }
        keys.append((nil, wording.coreLegend, FontSpec(size: legendFont.size, bold: true)))
        if profile.parts.contains(where: { $0.allItems.contains(where: \.sketch) }) {
            keys.append((nil, wording.sketchLegend, FontSpec(size: legendFont.size, italic: true)))
        }
        if profile.parts.contains(where: { $0.allItems.contains(where: \.potential) }) {
            keys.append((.potential(nil), wording.potentialLegend, legendFont))
        }
        // The entries run in a row and wrap to a further row (above the footer) when one would not fit whole.
        let markerSize = legendFont.size * 0.95
        var rows: [[(marker: Marker?, text: String, font: FontSpec, width: Double)]] = [[]]
        var rowWidth = 0.0
        for (marker, text, font) in keys {
            let width = (marker == nil ? 0 : markerSize + 3 * s)
                + (setter.measurer.wrap(text, font: font, width: .infinity, language: nil).first?.width ?? 0)
            if !rows[rows.count - 1].isEmpty && rowWidth + width > printable.width {
                rows.append([])
                rowWidth = 0
            }
            rows[rows.count - 1].append((marker, text, font, width))
            rowWidth += width + 14 * s
        }
        let legendTop = printable.maxY - footerHeight - 3 * s - Double(rows.count) * legendHeight
        var entries: [LegendEntry] = []
        for (index, row) in rows.enumerated() {
            let top = legendTop + Double(index) * legendHeight
            var x = printable.minX
            for (marker, text, font, _) in row {
                let labelX = marker == nil ? x : x + markerSize + 3 * s
                let set = setter.set(text, font: font, color: theme.ink, x: labelX, y: top, width: printable.maxX - labelX)
                guard let label = set.lines.first else { continue }
                entries.append(LegendEntry(marker: marker, markerCenter: Point(x + markerSize / 2, top + legendHeight / 2),
                                           markerSize: markerSize, label: label))
                x = label.frame.maxX + 14 * s
            }
        }
        legend = entries
        footerRule = Rect(x: printable.minX, y: legendTop - 5 * s, width: printable.width, height: 0.75 * s)
        let middleTop = titleRule.maxY + 10 * s
        middle = Rect(x: printable.minX, y: middleTop, width: printable.width, height: footerRule.minY - 8 * s - middleTop)
    }

    /// The poster with body text at `size`, or the parts that do not fit.
    func attempt(size: Double) -> Result<Poster, LayoutFailure> {
        let s = scale
        let builder = BoxBuilder(setter: setter, theme: theme, size: size, headerReserve: headerReserve, references: references, wording: wording)
        var overflows: [PartOverflow] = []

        var content = middle
        var field: Rect?
        var environment: PartBox?
        if let part = profile.part(.environment), part.isShown {
            field = middle
            let inner = middle.insetBy(10 * s, 10 * s)
            let columns = max(1, min(3, Int(inner.width / (size * 26))))
            var band = builder.build(kind: .environment, group: nil, heading: wording.heading(.environment, group: nil), tagline: nil,
                                     sections: sections(part), x: inner.minX, width: inner.width, columns: columns)
            band = band.offsetBy(0, inner.maxY - band.frame.height)
            if band.frame.height > middle.height * 0.3 { overflows.append(PartOverflow(kind: .environment, group: nil)) }
            environment = band
            content = Rect(x: inner.minX, y: inner.minY, width: inner.width, height: band.frame.minY - 10 * s - inner.minY)
        }

        let gutter = 10 * s
        let figureWidth = content.width * (paper.orientation == .portrait ? 0.33 : 0.24)
        let boxWidth = (content.width - figureWidth - 2 * gutter) / 2
        let figureColumn = Rect(x: content.minX + boxWidth + gutter, y: content.minY, width: figureWidth, height: content.height)
        var figure = Silhouette.figure(in: figureColumn)

        var banner: Banner?
        if let passion = profile.part(.passion), !passion.allItems.isEmpty || passion.notResearched {
            let items = passion.allItems
            let placed = self.banner(items.isEmpty ? wording.notResearched : items.map(\.text).joined(separator: " · "),
                                     bold: !items.isEmpty, italic: items.isEmpty || items.allSatisfy(\.sketch), mark: references?.mark(items.flatMap(\.citations)),
                                     figure: figure, width: figureWidth, x: figureColumn.minX, size: size)
            let bellyTop = figure.frame.minY + Silhouette.bellyRange.default * figure.scale - Silhouette.bellyRadius * figure.scale
            let lowestTop = figure.frame.minY + Silhouette.bellyRange.lowest * figure.scale - Silhouette.bellyRadius * figure.scale
            let needed = placed.frame.maxY + size * 0.3
            if needed > lowestTop || placed.lines.count > 5 {
                overflows.append(PartOverflow(kind: .passion, group: nil))
            } else if needed > bellyTop {
                figure = Silhouette.figure(in: figureColumn, belly: (needed - figure.frame.minY) / figure.scale + Silhouette.bellyRadius)
            }
            banner = placed
        }

        // Boxes are built at x = 0 and moved once, across to their column and down to their place.
        var left: [(PartBox, BodyPart, x: Double)] = [], right: [(PartBox, BodyPart, x: Double)] = []
        func height(_ column: [(PartBox, BodyPart, x: Double)]) -> Double { column.reduce(0) { $0 + $1.0.frame.height } }
        for whole in profile.parts where ![.passion, .environment].contains(whole.kind) && whole.isShown {
            // Hook for hybrids: the `school` and `bedrijf` groups get boxes of their own on their side of
            // the figure (school left, company right); what both share is laid out as usual.
            let (part, sided) = profile.isHybrid ? whole.splitBySide() : (whole, [])
            for (side, group) in sided {
                var box = builder.build(kind: part.kind, group: group.name, heading: wording.heading(part.kind, group: wording.sideName(side).lowercased()),
                                        tagline: nil, sections: [BoxSection(title: nil, items: group.items, quotes: group.quotes)], x: 0, width: boxWidth)
                box.side = side
                let spot = BodyPart.spot(part.kind, side: side)
                if side == .school { left.append((box, spot, content.minX)) } else { right.append((box, spot, figureColumn.maxX + gutter)) }
            }
            guard part.isShown else { continue }
            let boxes = boxContents(part).map { content in
                builder.build(kind: part.kind, group: content.group, heading: content.heading, tagline: wording.partTagline(part.kind),
                              sections: content.sections, x: 0, width: boxWidth)
            }
            // The linking role's boxes all point at the heart. What the school gains goes on the school's side
            // (left), what the company gains on the company's (right); the tasks beside the heart, on the right;
            // any other group in the column with more room.
            if part.kind == .linking {
                for (index, box) in boxes.enumerated() {
                    let name = box.group.map(TextNormalization.folded) ?? ""
                    let schoolSide = name.contains("school"), companySide = name.contains("bedrijf") || name.contains("company")
                    if schoolSide || (!companySide && index > 0 && height(left) < height(right)) { left.append((box, .heart, content.minX)) }
                    else { right.append((box, .heart, figureColumn.maxX + gutter)) }
                }
                continue
            }
            let sides: [BodyPart] = switch part.kind {
            case .head: [.head]
            case .gut: [.belly]
            case .mouth: [.mouth]
            case .heart: [.heart]
            case .hands: boxes.count == 2 ? [.leftHand, .rightHand] : [height(left) <= height(right) ? .leftHand : .rightHand]
            case .feet: boxes.count == 2 ? [.leftFoot, .rightFoot] : [height(left) <= height(right) ? .leftFoot : .rightFoot]
            case .passion, .environment, .linking: []
            }
            for (box, spot) in zip(boxes, sides) {
                if [.head, .belly, .leftHand, .leftFoot].contains(spot) {
                    left.append((box, spot, content.minX))
                } else {
                    right.append((box, spot, figureColumn.maxX + gutter))
                }
            }
        }

        var placedBoxes: [PartBox] = []
        for (column, isLeft) in [(left, true), (right, false)] {
            let ordered = column.sorted { figure.anchors[$0.1]!.y < figure.anchors[$1.1]!.y }
            guard let tops = ColumnStacker.tops(heights: ordered.map(\.0.frame.height), ideals: ordered.map { figure.anchors[$0.1]!.y },
                                                gap: size * 0.9, top: content.minY, bottom: content.maxY) else {
                if let tallest = ordered.max(by: { $0.0.frame.height < $1.0.frame.height }) {
                    overflows.append(PartOverflow(kind: tallest.0.kind, group: tallest.0.group))
                }
                continue
            }
            for ((box, spot, x), top) in zip(ordered, tops) {
                var placed = box.offsetBy(x, top)
                let anchor = figure.anchors[spot]!
                let y = min(max(anchor.y, placed.frame.minY + placed.header.height), placed.frame.maxY - size)
                placed.leader = Leader(start: Point(isLeft ? placed.frame.maxX : placed.frame.minX, y), end: anchor, bodyPart: spot)
                placedBoxes.append(placed)
            }
        }
        guard overflows.isEmpty, !titleTooLong else {
            return .failure(LayoutFailure(paper: paper, parts: titleTooLong ? [] : overflows, titleTooLong: titleTooLong))
        }
        return .success(Poster(paper: paper, theme: theme, language: wording.language, bodySize: size, printable: printable,
                               title: title, titleRule: titleRule, field: field, environment: environment, figure: figure,
                               banner: banner, boxes: placedBoxes, legend: legend, footerRule: footerRule, footer: footer,
                               references: references,
                               hybrid: hybrid?.placingHalves(figure: figure, column: figureColumn, wording: wording, theme: theme, setter: setter, scale: s)))
    }

    /// The passion ribbon just under the heart, as wide as the figure's column.
    /// The body is bold for a passion, in italics for one not researched or sketched, and ends in `mark`,
    /// its source numbers.
    private func banner(_ text: String, bold: Bool, italic: Bool, mark: String?, figure: Figure, width: Double, x: Double, size: Double) -> Banner {
        let heart = figure.anchors[.heart]!
        let top = heart.y + Silhouette.heartSize * figure.scale * 0.5 + size * 0.35
        let tail = size * 1.1, padding = size * 0.45
        let inner = width - 2 * tail
        let ink = theme.color(.passion).readableInk
        let label = setter.set(wording.passionLabel, font: FontSpec(size: size * 0.72, bold: true), color: ink,
                               x: x + tail, y: top + padding, width: inner, centered: true)
        let body = setter.set(text, mark: mark, font: FontSpec(size: size * 1.08, bold: bold, italic: italic), color: ink,
                              markColor: ink, x: x + tail, y: top + padding + label.height, width: inner, centered: true)
        return Banner(frame: Rect(x: x, y: top, width: width, height: label.height + body.height + 2 * padding),
                      lines: label.lines + body.lines + (body.mark.map { [$0] } ?? []))
    }

    /// A part's sections: ungrouped items first, then each group under its name.
    private func sections(_ part: Part) -> [BoxSection] {
        var result: [BoxSection] = []
        if part.isEmpty && part.notResearched { result.append(BoxSection(title: nil, items: [], quotes: [], note: wording.notResearched)) }
        if !part.items.isEmpty || !part.quotes.isEmpty { result.append(BoxSection(title: nil, items: part.items, quotes: part.quotes)) }
        for group in part.groups {
            result.append(BoxSection(title: wording.groupName(group.name), items: group.items, quotes: group.quotes))
        }
        return result
    }

    /// The boxes a part is shown in: one per group when the hands or feet have two groups (as the
    /// research draws two hands and two feet), else one box, its groups under sub-headings.
    private func boxContents(_ part: Part) -> [(group: String?, heading: String, sections: [BoxSection])] {
        var all = sections(part)
        // Hands and feet split into their two groups; a hybrid's linking role into each of its groups (its tasks,
        // and what each side gains), so that no one box has to hold the whole bridge.
        if ([.hands, .feet].contains(part.kind) && part.groups.count == 2) || (part.kind == .linking && part.groups.count >= 2) {
            let loose = all.count == part.groups.count + 1 ? all.removeFirst() : nil
            return zip(part.groups, all).enumerated().map { index, pair in
                var section = pair.1
                section.title = nil
                let lead = index == 0 ? loose.map { [$0] } ?? [] : []
                return (pair.0.name, wording.heading(part.kind, group: pair.0.name), lead + [section])
            }
        }
        if part.groups.count == 1 && part.items.isEmpty && part.quotes.isEmpty {
            all[0].title = nil
            return [(part.groups[0].name, wording.heading(part.kind, group: part.groups[0].name), all)]
        }
        return [(nil, wording.heading(part.kind, group: nil), all)]
    }
}

extension Part {
    /// Whether the poster draws the part: it has content, or it is declared not researched and says so.
    fileprivate var isShown: Bool { !isEmpty || notResearched }
}
