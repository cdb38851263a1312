import PosterLayout
import ProfileDiff
import ProfileModel
import ProfileSyntax

/// A page of drawing instructions and the paper it is drawn on.
public struct DiffPage: Sendable {
    public var paper: Paper
    public var primitives: [Primitive]
    /// The shift badges, placed (their drawing is in `primitives`), for checks that nothing collides.
    public var badges: [ShiftBadge] = []
}

/// Lays out the visual diff: the changes figure, and the then/now poster (docs/diff.md, "Visual diff").
public struct DiffPosterLayout {
    let engine: PosterLayoutEngine
    let setter: LineSetter

    public init(measurer: any TextMeasurer) {
        setter = LineSetter(measurer: measurer)
        engine = PosterLayoutEngine(measurer: measurer)
    }

    /// The new profile's poster with the removed items put back where they were, every changed item
    /// marked, a shift meter in each part's header, and the legend; source numbers unless `references` is false.
    public func changes(_ diff: ProfileDifference, old: Profile, new: Profile, paper: Paper, language: ContentLanguage?,
                        theme: Theme, references: Bool = true) -> Result<DiffPage, LayoutFailure> {
        let merged = Self.withRemovedItems(diff, into: new)
        return self.poster(merged, paper: paper, language: language, theme: theme, references: references).map { poster in
            let overlay = DiffOverlay(poster: poster, setter: setter)
            let marks = MarkIndex(diff, new: true).merging(MarkIndex(diff, new: false), only: .removed)
            let badges = overlay.badges(diff)
            return DiffPage(paper: paper, primitives: poster.primitives + overlay.marks(marks, passion: merged.passion)
                + badges.flatMap { $0.primitives(theme: theme, scale: paper.size.scale) }
                + overlay.heading(diff, language: language ?? new.effectiveLanguage), badges: badges)
        }
    }

    /// Then and now on one sheet the next size up: the old poster with what went or changed marked,
    /// the new one with what came or changed, side by side (portrait) or one above the other (landscape);
    /// source numbers unless `references` is false.
    public func sideBySide(_ diff: ProfileDifference, old: Profile, new: Profile, paper: Paper, language: ContentLanguage?,
                           theme: Theme, references: Bool = true) -> Result<DiffPage, LayoutFailure>? {
        guard let larger = paper.larger.first else { return nil }
        let sheet = Paper(larger.size, paper.orientation == .portrait ? .landscape : .portrait)
        // Only the new side carries badges; the old one keeps its headings as wide as its own poster's.
        let then = engine.layout(old, paper: paper, language: language, theme: theme, references: references)
        let now = poster(new, paper: paper, language: language, theme: theme, references: references)
        switch (then, now) {
        case (.failure(let failure), _), (_, .failure(let failure)):
            return .failure(failure)
        case (.success(let thenPoster), .success(let nowPoster)):
            let thenOverlay = DiffOverlay(poster: thenPoster, setter: setter)
            let nowOverlay = DiffOverlay(poster: nowPoster, setter: setter)
            let left = thenPoster.primitives + thenOverlay.marks(MarkIndex(diff, new: false), passion: old.passion)
            let badges = nowOverlay.badges(diff)
            let right = nowPoster.primitives + nowOverlay.marks(MarkIndex(diff, new: true), passion: new.passion)
                + badges.flatMap { $0.primitives(theme: theme, scale: paper.size.scale) }
                + nowOverlay.heading(diff, language: language ?? new.effectiveLanguage)
            let (dx, dy) = paper.orientation == .portrait ? (paper.width, 0.0) : (0.0, paper.height)
            let divider = Primitive.stroke(Path.segment(Point(dx, dy), Point(dx == 0 ? sheet.width : dx, dy == 0 ? sheet.height : dy)),
                                           theme.mutedInk, width: 0.8)
            return .success(DiffPage(paper: sheet, primitives: left + right.map { $0.offsetBy(dx, dy) } + [divider],
                                     badges: badges.map { $0.offsetBy(dx, dy) }))
        }
    }

    /// The poster of `profile` with room kept in every box header for a shift badge.
    func poster(_ profile: Profile, paper: Paper, language: ContentLanguage?, theme: Theme, references: Bool = true) -> Result<Poster, LayoutFailure> {
        engine.layout(profile, paper: paper, language: language, theme: theme, headerReserve: ShiftBadge.reserve(setter),
                      references: references)
    }

    /// `profile` with the removed items of `diff` added back at the end of their part or sub-group.
    static func withRemovedItems(_ diff: ProfileDifference, into profile: Profile) -> Profile {
        var merged = profile
        for change in diff.items where change.kinds == [.removed] {
            guard let old = change.old else { continue }
            let item = Item(text: old.text, trend: old.trend, core: old.core, id: old.id)
            let partIndex = merged.parts.firstIndex { $0.kind == old.place.part } ?? {
                merged.parts.append(Part(kind: old.place.part))
                return merged.parts.count - 1
            }()
            guard let group = old.place.group else { merged.parts[partIndex].items.append(item); continue }
            let folded = TextNormalization.folded(group)
            if let groupIndex = merged.parts[partIndex].groups.firstIndex(where: { TextNormalization.folded($0.name) == folded }) {
                merged.parts[partIndex].groups[groupIndex].items.append(item)
            } else {
                merged.parts[partIndex].groups.append(Group(name: group, items: [item]))
            }
        }
        return merged
    }
}
