import Testing
import PosterLayout
import ProfileDiff
import ProfileModel
@testable import DiffPoster

/// The diff figures' geometry, as the layout produces it before anything is drawn, for every real
/// version pair in Profiles/.
@Suite struct DiffFigureGeometryTests {
    let layout = DiffPosterLayout(measurer: PangoTextMeasurer())

    /// What collides on `page`: a badge outside its box's header (over the box's border), a line
    /// of text (other than the badge's own number) under a badge, or two lines of text.
    private func collisions(_ page: DiffPage) -> [String] {
        let texts = page.primitives.compactMap { primitive -> TextLine? in if case .text(let line) = primitive { line } else { nil } }
        var found: [String] = []
        for badge in page.badges {
            if !badge.header.contains(badge.frame, tolerance: 0) { found.append("badge \(badge.frame) leaves its header \(badge.header)") }
            for line in texts where !badge.frame.contains(line.frame, tolerance: 0) && badge.frame.intersects(line.frame) {
                found.append("badge \(badge.frame) covers “\(line.text)”")
            }
        }
        // Lines set one under the other touch; rounding must not count as running into each other.
        let free = texts.filter { line in !page.badges.contains { $0.frame.contains(line.frame, tolerance: 0) } }
        for (i, a) in free.enumerated() {
            for b in free[(i + 1)...] where a.frame.insetBy(0.1, 0.1).intersects(b.frame.insetBy(0.1, 0.1)) {
                found.append("“\(a.text)” runs into “\(b.text)”")
            }
        }
        return found
    }

    @Test func noBadgeCoversTextOrABoxBorderInTheChangesFigure() throws {
        let pairs = try VersionPairs.all()
        #expect(pairs.count >= 5)
        for pair in pairs {
            for paper in [Paper(.a3, .portrait), Paper(.a3, .landscape), Paper(.a4, .portrait)] {
                let page = try layout.changes(pair.difference, old: pair.old, new: pair.new, paper: paper, language: nil, theme: .standard).get()
                #expect(!page.badges.isEmpty, "\(pair.name)")
                #expect(collisions(page) == [], "\(pair.name) on \(paper.name)")
            }
        }
    }

    @Test func noBadgeCoversTextOrABoxBorderSideBySide() throws {
        for pair in try VersionPairs.all() {
            let page = try #require(layout.sideBySide(pair.difference, old: pair.old, new: pair.new, paper: Paper(.a3, .portrait),
                                                      language: nil, theme: .standard)).get()
            #expect(!page.badges.isEmpty, "\(pair.name)")
            #expect(collisions(page) == [], "\(pair.name)")
        }
    }

    @Test func thePassionOutlineFollowsTheRibbonsBand() throws {
        // The audited pairs in Profiles/ keep their passion (or the source says nothing of it), so a real
        // profile with a passion is paired with itself under another passion as well.
        let real = try VersionPairs.versions().first { $0.profile.passion != nil }.map(\.profile)
        var earlier = try #require(real)
        earlier.parts = earlier.parts.map { part in
            var part = part
            if part.kind == .passion { part.items = [Item(text: "Een andere passie dan later")] }
            return part
        }
        let pairs = try VersionPairs.all().filter { $0.old.passion != $0.new.passion && $0.new.passion != nil }
            + [VersionPairs.Pair(name: "passion changed", old: earlier, new: try #require(real))]
        for pair in pairs {
            let paper = Paper(.a3, .portrait)
            let poster = try layout.poster(pair.new, paper: paper, language: nil, theme: .standard).get()
            let banner = try #require(poster.banner)
            let overlay = DiffOverlay(poster: poster, setter: layout.setter)
            let outlines = overlay.marks(MarkIndex(pair.difference, new: true), passion: pair.new.passion).compactMap { primitive -> Rect? in
                if case .stroke(let path, _, _) = primitive { bounds(path) } else { nil }
            }
            let band = banner.band(bodySize: poster.bodySize).insetBy(-2 * paper.size.scale, -2 * paper.size.scale)
            #expect(outlines.count == 1, "\(pair.name)")
            for outline in outlines {
                #expect(abs(outline.minX - band.minX) < 0.01 && abs(outline.maxX - band.maxX) < 0.01, "\(pair.name)")
                #expect(abs(outline.minY - band.minY) < 0.01 && abs(outline.maxY - band.maxY) < 0.01, "\(pair.name)")
            }
        }
    }

    /// The box a rounded rectangle's corner arcs span.
    private func bounds(_ path: [PathCommand]) -> Rect? {
        let arcs = path.compactMap { command -> Rect? in
            if case .arc(let center, let radius, _, _) = command { Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius) } else { nil }
        }
        return arcs.dropFirst().reduce(arcs.first) { $0?.union($1) }
    }
}
