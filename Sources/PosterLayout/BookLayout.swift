import ProfileModel
import ProfileSyntax

/// The pages of a book of posters around the posters themselves: a cover and an index.
public struct BookLayout {
    public let paper: Paper
    public let wording: Wording
    public let theme: Theme
    let setter: Typesetter
    /// The titles of the bound profiles by slug, to name a hybrid's components in its index row.
    let componentTitles: [String: String]

    public init(paper: Paper, language: ContentLanguage, theme: Theme, measurer: any TextMeasurer, componentTitles: [String: String] = [:]) {
        self.paper = paper
        self.componentTitles = componentTitles
        wording = Wording(language)
        self.theme = theme
        setter = Typesetter(measurer: measurer, language: language)
    }

    private var s: Double { paper.size.scale }
    private var area: Rect { Rect(x: 40 * s, y: 40 * s, width: paper.width - 80 * s, height: paper.height - 80 * s) }
    private var titleFont: FontSpec { FontSpec(size: 11 * s, bold: true) }
    private var detailFont: FontSpec { FontSpec(size: 8.5 * s) }
    private var headingHeight: Double { setter.measurer.lineHeight(FontSpec(size: 22 * s, bold: true)) + 12 * s }
    private var numberWidth: Double { 40 * s }
    private var rowGap: Double { 6 * s }

    /// The height of a profile's index row.
    private func rowHeight(_ profile: Profile) -> Double {
        let title = setter.set(profile.title, font: titleFont, color: theme.ink, x: 0, y: 0, width: area.width - numberWidth)
        let detail = setter.set(details(profile), font: detailFont, color: theme.mutedInk, x: 0, y: 0, width: area.width - numberWidth)
        return title.height + detail.height + rowGap
    }

    /// Sector, region and version; for a hybrid first its components: `school: Mbo-docent economie (1 dag)`.
    private func details(_ profile: Profile) -> String {
        let components = profile.components.map { component in
            "\(component.side.keyword(wording.language)): \(componentTitles[component.slug] ?? component.slug) (\(component.share.text(wording.language)))"
        }
        return (components + [profile.sector, profile.region, profile.version.map(wording.version)].compactMap { $0 }).joined(separator: "  ·  ")
    }

    /// The height of the hybrids' section heading in the index.
    private var sectionHeight: Double { setter.measurer.lineHeight(FontSpec(size: 14 * s, bold: true)) + 10 * s }

    /// Whether the index sets the hybrids' section heading above `profiles[index]`: the first hybrid,
    /// the profiles being given single occupations first.
    private func startsSection(_ profiles: [Profile], at index: Int) -> Bool {
        profiles[index].isHybrid && (index == 0 || !profiles[index - 1].isHybrid)
    }

    /// The profiles (by position) on each index page, filled top to bottom; hybrids (given last) under
    /// a section heading of their own.
    public func indexPages(_ profiles: [Profile]) -> [[Int]] {
        var pages: [[Int]] = [[]]
        var y = headingHeight
        for (index, profile) in profiles.enumerated() {
            let height = rowHeight(profile) + (startsSection(profiles, at: index) ? sectionHeight : 0)
            if y + height > area.height && !pages[pages.count - 1].isEmpty {
                pages.append([])
                y = headingHeight
            }
            pages[pages.count - 1].append(index)
            y += height
        }
        return pages
    }

    /// The cover: the figure, the book's title and what it holds.
    public func cover(_ profiles: [Profile]) -> [Primitive] {
        var out: [Primitive] = [.fill(Path.polygon([Point(0, 0), Point(paper.width, 0), Point(paper.width, paper.height), Point(0, paper.height)]),
                                      theme.paper, opacity: 1)]
        var y = area.minY
        let kicker = setter.set(wording.bookKicker, font: FontSpec(size: 9 * s, bold: true), color: theme.color(.environment),
                                x: area.minX, y: y, width: area.width)
        y += kicker.height
        let title = setter.set(wording.bookTitle, font: FontSpec(size: 40 * s, bold: true),
                               color: theme.ink, x: area.minX, y: y, width: area.width)
        y += title.height
        let sectors = Set(profiles.compactMap(\.sector)).sorted()
        let subtitle = setter.set(([wording.profileCount(profiles.count)] + sectors).joined(separator: "  ·  "), font: FontSpec(size: 12 * s), color: theme.mutedInk,
                                  x: area.minX, y: y, width: area.width)
        y += subtitle.height + 8 * s
        out += (kicker.lines + title.lines + subtitle.lines).map(Primitive.text)
        out.append(.fill(Path.roundedRect(Rect(x: area.minX, y: y, width: area.width, height: 2 * s), radius: 0), theme.color(.environment), opacity: 1))
        let field = Rect(x: area.minX, y: y + 24 * s, width: area.width, height: area.maxY - y - 24 * s)
        out.append(.fill(Path.roundedRect(field, radius: 14 * s), theme.field, opacity: 1))
        out += Silhouette.figure(in: field.insetBy(20 * s, 24 * s)).primitives(theme: theme)
        return out
    }

    /// One index page: each profile's title, sector, region, version and its page number; the
    /// row links to that page. The hybrids' section heading goes above the first hybrid, unless
    /// `continuesHybrids` says the page before already ended among them.
    public func index(_ rows: [(profile: Profile, page: Int)], continuesHybrids: Bool = false) -> [Primitive] {
        var out: [Primitive] = [.fill(Path.polygon([Point(0, 0), Point(paper.width, 0), Point(paper.width, paper.height), Point(0, paper.height)]),
                                      theme.paper, opacity: 1)]
        let heading = setter.set(wording.contents, font: FontSpec(size: 22 * s, bold: true), color: theme.ink,
                                 x: area.minX, y: area.minY, width: area.width)
        out += heading.lines.map(Primitive.text)
        var y = area.minY + headingHeight
        for (index, (profile, target)) in rows.enumerated() {
            if startsSection(rows.map(\.profile), at: index) && !(index == 0 && continuesHybrids) {
                let section = setter.set(wording.hybridSection, font: FontSpec(size: 14 * s, bold: true), color: theme.color(.linking),
                                         x: area.minX, y: y + 4 * s, width: area.width)
                out += section.lines.map(Primitive.text)
                y += sectionHeight
            }
            let title = setter.set(profile.title, font: titleFont, color: theme.ink, x: area.minX, y: y, width: area.width - numberWidth)
            let detail = setter.set(details(profile), font: detailFont, color: theme.mutedInk, x: area.minX, y: y + title.height,
                                    width: area.width - numberWidth)
            let number = setter.set(String(target), font: titleFont, color: theme.color(.environment), x: area.maxX - numberWidth, y: y,
                                    width: numberWidth)
            out += (title.lines + detail.lines + number.lines.map { $0.offsetBy(numberWidth - $0.width, 0) }).map(Primitive.text)
            let height = title.height + detail.height
            out.append(.link(Rect(x: area.minX, y: y, width: area.width, height: height), page: target))
            out.append(.fill(Path.roundedRect(Rect(x: area.minX, y: y + height + rowGap / 2, width: area.width, height: 0.5 * s), radius: 0),
                             theme.mutedInk, opacity: 0.35))
            y += height + rowGap
        }
        return out
    }
}
