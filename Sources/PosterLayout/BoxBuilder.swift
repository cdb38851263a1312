import ProfileModel
import ProfileSyntax

/// A run of items and quotes in a box, under an optional sub-heading.
struct BoxSection {
    var title: String?
    var items: [Item]
    var quotes: [Quote]
    /// Words set in place of content, muted and italic ("niet onderzocht").
    var note: String? = nil
}

/// Lays out one part's box at a given width with its top at y = 0; the caller moves it into place.
struct BoxBuilder {
    let setter: Typesetter
    let theme: Theme
    /// The body text size.
    let size: Double
    /// The width kept free at the right of every header, in multiples of `size`.
    let headerReserve: Double
    /// The numbers statements cite their sources by; nil sets no reference marks.
    var references: ReferenceNumbering? = nil
    /// The poster's fixed words (a paraphrase's label).
    var wording: Wording

    var padding: Double { size * 0.65 }
    var itemFont: FontSpec { FontSpec(size: size) }
    var markerSize: Double { size * 0.78 }

    /// The box of `kind` titled `heading`, its sections flowed into `columns` columns.
    func build(kind: PartKind, group: String?, heading: String, tagline: String?, sections: [BoxSection],
               x: Double, width: Double, columns: Int = 1) -> PartBox {
        let partColor = theme.color(kind), headerInk = partColor.readableInk
        let inner = width - 2 * padding, headingWidth = inner - headerReserve * size
        var y = padding * 0.55
        let title = setter.set(heading, font: FontSpec(size: size * 1.05, bold: true), color: headerInk, x: x + padding, y: y,
                               width: headingWidth)
        y += title.height
        var headingLines = title.lines
        if let tagline {
            let set = setter.set(tagline, font: FontSpec(size: size * 0.85, italic: true), color: headerInk, x: x + padding, y: y,
                                 width: headingWidth)
            headingLines += set.lines
            y += set.height
        }
        y += padding * 0.55
        let header = Rect(x: x, y: 0, width: width, height: y)
        y += padding * 0.7

        let gap = size * 1.2
        let columnWidth = (inner - Double(columns - 1) * gap) / Double(columns)
        var entries: [BoxEntry] = []
        var bottom = y
        for section in sections {
            if let name = section.title {
                y = bottom + (entries.isEmpty ? 0 : size * 0.35)
                let set = setter.set(name, font: FontSpec(size: size * 0.95, bold: true), color: theme.ink, x: x + padding, y: y, width: inner)
                entries.append(.subheading(set.lines))
                bottom = y + set.height + size * 0.15
            }
            if let note = section.note {
                let set = setter.set(note, font: FontSpec(size: size, italic: true), color: theme.mutedInk, x: x + padding, y: bottom,
                                     width: inner)
                entries.append(.note(set.lines))
                bottom += set.height + size * 0.28
            }
            let perColumn = (section.items.count + columns - 1) / max(columns, 1)
            let top = bottom
            for (index, item) in section.items.enumerated() {
                let column = perColumn == 0 ? 0 : index / perColumn
                if index == column * perColumn { y = top }
                let placed = place(item, x: x + padding + Double(column) * (columnWidth + gap), y: y, width: columnWidth)
                entries.append(.item(placed))
                y = (placed.lines.last?.frame.maxY ?? y) + size * 0.28
                bottom = max(bottom, y)
            }
            for quote in section.quotes {
                let placed = place(quote, x: x + padding, y: bottom + size * 0.2, width: inner)
                entries.append(.quote(placed))
                bottom = placed.rule.maxY + size * 0.45
            }
        }
        let height = bottom - size * 0.28 + padding
        return PartBox(kind: kind, group: group, frame: Rect(x: x, y: 0, width: width, height: height), header: header,
                       heading: headingLines, entries: entries, leader: nil)
    }

    private func place(_ item: Item, x: Double, y: Double, width: Double) -> PlacedItem {
        let indent = size * 1.15
        let font = FontSpec(size: size, bold: item.core, italic: item.sketch)
        let set = setter.set(item.text, mark: references?.mark(item.citations), font: font, color: theme.ink, markColor: theme.mutedInk,
                             x: x + indent, y: y, width: width - indent)
        let lineHeight = set.lines.first?.height ?? setter.measurer.lineHeight(font)
        return PlacedItem(item: item, marker: item.potential ? .potential(item.trend) : item.trend.map(Marker.trend) ?? .bullet,
                          markerCenter: Point(x + markerSize / 2 + size * 0.05, y + lineHeight / 2), markerSize: markerSize,
                          lines: set.lines, reference: set.mark)
    }

    private func place(_ quote: Quote, x: Double, y: Double, width: Double) -> PlacedQuote {
        let indent = size * 0.85
        let mark = references?.mark(quote.citations)
        let byline = wording.attribution(quote)
        let text = setter.set(quote.paraphrase ? quote.text : "“\(quote.text)”", mark: byline == nil ? mark : nil,
                              font: FontSpec(size: size * 0.95, italic: true), color: theme.ink, markColor: theme.mutedInk,
                              x: x + indent, y: y, width: width - indent)
        var lines = text.lines, reference = text.mark
        var height = text.height
        if let byline {
            let set = setter.set(byline, mark: mark, font: FontSpec(size: size * 0.8), color: theme.mutedInk, markColor: theme.mutedInk,
                                 x: x + indent, y: y + height, width: width - indent)
            lines += set.lines
            reference = set.mark
            height += set.height
        }
        return PlacedQuote(quote: quote, rule: Rect(x: x + size * 0.1, y: y, width: size * 0.22, height: height), lines: lines,
                           reference: reference)
    }
}
