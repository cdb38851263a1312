import Foundation
import ProfileDiff
import ProfileModel
import ProfileSyntax

/// Writes a draft hybrid profile from a school-side and a company-side profile (`beroepsbeeld compose`;
/// docs/hybrid.md): a researcher's starting point, not a finished profile.
///
/// - `combineert:` names both profiles (pinned to the versions read) with their shares;
/// - an item both profiles hold (matched by `ProfileOverlap`, the diff engine's matcher) is written once,
///   in the part where the school side has it, citing the sources of both;
/// - what only one side has goes under a `school:` or `bedrijf:` sub-group of its part, with its quotes;
/// - the direction and the linking role (`verbinding:`) are left as commented skeletons;
/// - every source of both profiles is kept (clashing keys renamed), and a statement without a citation
///   is marked `[schets]`, so that `check` reports drafts and never errors.
public enum DraftComposer {
    /// The draft as a profile; `shares` are the percentages of the school and the company side, `version`
    /// the draft's version (the year it is written, as `new` gives it). Its evidence is `onbekend` until the
    /// researcher states who was interviewed for the hybrid itself.
    public static func compose(school: Profile, company: Profile, shares: (school: Double, company: Double), version: String? = nil,
                               options: DiffOptions = ProfileOverlap.options) -> Profile {
        let language = school.effectiveLanguage
        let words = DraftWording(language)
        var merge = SourceMerge()
        merge.add(school, slug: school.effectiveSlug)
        merge.add(company, slug: company.effectiveSlug)
        let overlap = ProfileOverlap(school: school, company: company, options: options)

        var parts: [PartKind: Part] = [:]
        func part(_ kind: PartKind) -> Part { parts[kind] ?? Part(kind: kind) }
        for (index, entry) in overlap.schoolItems.enumerated() {
            var piece = part(entry.place.part)
            if let match = overlap.companyOfSchool[index] {
                let other = overlap.companyItems[match]
                var item = drafted(entry.item, citations: merge.citations(entry.item.citations, of: 0) + merge.citations(other.item.citations, of: 1))
                item.trend = entry.item.trend == other.item.trend ? entry.item.trend : nil
                if other.item.text != entry.item.text { item.comments = ["\(words.side(.company)) (\(company.effectiveSlug)): \(other.item.text)"] }
                piece.items.append(item)
            } else {
                piece.append(drafted(entry.item, citations: merge.citations(entry.item.citations, of: 0)), to: .school, language)
            }
            parts[entry.place.part] = piece
        }
        for index in overlap.companyOnly {
            let entry = overlap.companyItems[index]
            var piece = part(entry.place.part)
            piece.append(drafted(entry.item, citations: merge.citations(entry.item.citations, of: 1)), to: .company, language)
            parts[entry.place.part] = piece
        }
        for (position, (side, profile)) in [(Side.school, school), (Side.company, company)].enumerated() {
            for source in profile.parts where source.kind != .passion {
                var piece = part(source.kind)
                for quote in source.allQuotes {
                    var copy = quote
                    copy.citations = merge.citations(quote.citations, of: position)
                    copy.origin = SourceOrigin()
                    piece.append(copy, to: side, language)
                }
                if source.notResearched { piece.comments.append(words.notResearched(side, profile.effectiveSlug)) }
                parts[source.kind] = piece
            }
        }
        for kind in parts.keys {
            let piece = parts[kind]!
            let researched = [school, company].contains { $0.part(kind).map { !$0.notResearched } ?? false }
            if piece.isEmpty && !researched { parts[kind]!.notResearched = true }
        }
        parts[.passion] = passion(school, company, merge: merge, words: words, options: options)

        var draft = Profile(title: words.title(school.title, company.title), slug: "\(school.effectiveSlug)-\(company.effectiveSlug)",
                            components: [Component(side: .school, slug: school.effectiveSlug, version: school.version, share: Share(shares.school, .percent)),
                                         Component(side: .company, slug: company.effectiveSlug, version: company.version, share: Share(shares.company, .percent))],
                            language: language, sources: merge.sources, evidence: .unknown,
                            parts: PartKind.allCases.compactMap { parts[$0] })
        draft.version = version
        draft.fieldComments = [MetadataField.title.rawValue: words.header(school.effectiveSlug, company.effectiveSlug),
                               MetadataField.language.rawValue: words.directionChoice]
        draft.trailingComments = words.linkingSkeleton
        return draft
    }

    /// `item` as the draft carries it: its text, trend and citations; no id (ids belong to the component
    /// profile), no core mark (what is core to the hybrid is the researcher's call), `[schets]` when uncited.
    private static func drafted(_ item: Item, citations: [Citation]) -> Item {
        var unique: [Citation] = []
        for citation in citations where !unique.contains(citation) { unique.append(citation) }
        return Item(text: item.text, trend: item.trend, citations: unique, sketch: unique.isEmpty || item.sketch, potential: item.potential)
    }

    /// The shared passion when the two are alike; otherwise both as comments over `niet onderzocht`:
    /// what drives the hybrid professional is for the research to find.
    private static func passion(_ school: Profile, _ company: Profile, merge: SourceMerge, words: DraftWording, options: DiffOptions) -> Part {
        let sides = [school, company].map { $0.part(.passion)?.allItems.first }
        if let a = sides[0], let b = sides[1], TextSimilarity.between(a.text, b.text) >= options.matchThreshold {
            return Part(kind: .passion, items: [drafted(a, citations: merge.citations(a.citations, of: 0) + merge.citations(b.citations, of: 1))])
        }
        var comments = [words.passionChoice]
        for (position, (side, profile)) in [(Side.school, school), (Side.company, company)].enumerated() {
            guard let item = sides[position] else { continue }
            let keys = merge.citations(item.citations, of: position).map { $0.key + ($0.locator.map { " " + $0 } ?? "") }
            comments.append("\(words.side(side)) (\(profile.effectiveSlug)): \(item.text)" + (keys.isEmpty ? "" : " [\(keys.joined(separator: "; "))]"))
        }
        return Part(kind: .passion, notResearched: true, comments: comments)
    }
}

extension Part {
    /// Appends `item` to the sub-group of `side`, made when missing.
    mutating func append(_ item: Item, to side: Side, _ language: ContentLanguage) {
        groups[groupIndex(side, language)].items.append(item)
    }

    /// Appends `quote` to the sub-group of `side`, made when missing.
    mutating func append(_ quote: Quote, to side: Side, _ language: ContentLanguage) {
        groups[groupIndex(side, language)].quotes.append(quote)
    }

    private mutating func groupIndex(_ side: Side, _ language: ContentLanguage) -> Int {
        let name = side.keyword(language)
        if let index = groups.firstIndex(where: { $0.name == name }) { return index }
        // The school side first, whichever side has the first unique item.
        let position = side == .school ? 0 : groups.count
        groups.insert(Group(name: name), at: position)
        return position
    }
}
