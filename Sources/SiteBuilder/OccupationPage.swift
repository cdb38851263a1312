import PosterLayout
import ProfileDiff
import ProfileModel
import ProfileSyntax

/// The page models of an occupation's page and its diff pages, from the profiles and the diff.
struct PageModeller {
    let t: SiteWording
    let options: SiteOptions
    /// Which figure files exist (a figure that did not fit its paper has none), with their sizes.
    let figureSizes: [String: Int]

    var wording: Wording { Wording(options.language) }

    func frame(title: String, description: String, path: String) -> FrameModel {
        FrameModel(lang: t.language, title: title, description: description, root: path.contains("/") ? "../" : "",
                   canonical: options.baseURL.map { $0 + path }, live: options.live)
    }

    /// Trend, core, sketch and potential as badges, and the numbers of the sources it cites.
    func item(_ item: Item, _ references: ReferenceNumbering) -> ItemModel {
        var badges: [BadgeModel] = []
        if item.core { badges.append(BadgeModel(kind: "core", label: t.core)) }
        if let trend = item.trend { badges.append(BadgeModel(kind: "\(trend)", label: wording.trend(trend))) }
        if item.potential { badges.append(BadgeModel(kind: "potential", label: ProvenanceWord.potential.keyword(options.language))) }
        if item.sketch { badges.append(BadgeModel(kind: "sketch", label: wording.sketchLegend)) }
        return ItemModel(text: item.text, core: item.core, badges: badges, sourceNumbers: references.mark(item.citations))
    }

    /// A quote with the numbers of its sources; a paraphrase is shown as such, never inside quotation marks.
    func quote(_ quote: Quote, _ references: ReferenceNumbering) -> QuoteModel {
        QuoteModel(text: quote.text, attribution: quote.attribution, paraphrase: quote.paraphrase ? ProvenanceWord.paraphrase.keyword(options.language) : nil,
                   sourceNumbers: references.mark(quote.citations))
    }

    /// The parts in the figure's order (head to feet, then the environment); the passion has its own place.
    func parts(_ profile: Profile, _ references: ReferenceNumbering) -> [PartModel] {
        profile.parts.filter { $0.kind != .passion }.sorted { $0.kind < $1.kind }.map { part in
            PartModel(anchor: "deel-\(part.kind.keyword(.nl))", heading: wording.heading(part.kind, group: nil),
                      tagline: wording.partTagline(part.kind), notes: part.notResearched ? [wording.notResearched] : [],
                      items: part.items.map { item($0, references) }, quotes: part.quotes.map { quote($0, references) },
                      groups: part.groups.map { group in
                          GroupModel(heading: Self.capitalized(wording.groupName(group.name)),
                                     items: group.items.map { item($0, references) }, quotes: group.quotes.map { quote($0, references) })
                      })
        }
    }

    /// "vaardigheden" → "Vaardigheden".
    static func capitalized(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// Links to a version's files that exist.
    func downloads(_ stem: String, root: String) -> [DownloadModel] {
        [(stem + "-a4.pdf", t.downloadPDFA4, "PDF"), (stem + "-a3.pdf", t.downloadPDFA3, "PDF"), (stem + ".png", t.downloadPNG, "PNG")]
            .compactMap { path, label, kind in
                figureSizes[path].map { DownloadModel(label: label, href: root + path, detail: "\(kind), \(Self.size($0))") }
            }
    }

    /// "123 kB", "1,4 MB".
    static func size(_ bytes: Int) -> String {
        bytes < 1_000_000 ? "\(max(1, (bytes + 500) / 1000)) kB" : "\(bytes / 1_000_000),\(bytes % 1_000_000 / 100_000) MB"
    }

    /// A shift (0–1) as a percentage.
    static func percent(_ shift: Double) -> Int { Int((shift * 100).rounded()) }

    static func stepStem(_ occupation: Occupation, _ index: Int) -> String {
        let (old, new) = (occupation.versions[index].profile, occupation.versions[index + 1].profile)
        return "\(occupation.slug)-\(Slug.make(old.version ?? "\(index + 1)"))-\(Slug.make(new.version ?? "\(index + 2)"))"
    }

    /// `figuren/SLUG-OLD-NEW-verschil`: the changes figure's files without extension.
    static func stepFigure(_ occupation: Occupation, _ index: Int) -> String { "figuren/\(stepStem(occupation, index))-verschil" }

    /// `beroep/SLUG.html`'s model.
    /// A hybrid's components, each linked to its page when the site has it (`titles`: slug → title).
    func components(_ profile: Profile, titles: [String: String]) -> [ComponentModel] {
        profile.components.map { component in
            ComponentModel(side: wording.sideName(component.side), title: titles[component.slug] ?? component.slug,
                           href: titles[component.slug] == nil ? nil : "\(component.slug).html", share: component.share.text(options.language))
        }
    }

    func occupation(_ occupation: Occupation, related: [RelatedModel], titles: [String: String]) -> OccupationModel {
        let profile = occupation.latest
        let path = "beroep/\(occupation.slug).html"
        let stem = "figuren/" + Occupation.baseName(profile)
        let references = ReferenceNumbering(profile)
        let timeline = occupation.versions.enumerated().map { index, version -> TimelineModel in
            let label = version.profile.version ?? "\(index + 1)"
            var entry = TimelineModel(version: label, current: index == occupation.versions.count - 1,
                                      downloads: downloads("figuren/" + Occupation.baseName(version.profile), root: "../"),
                                      diffHref: nil, diffLabel: nil, shift: nil, bars: [])
            if index > 0 {
                let step = occupation.history.steps[index - 1]
                entry.diffHref = "../verschil/\(Self.stepStem(occupation, index - 1)).html"
                entry.diffLabel = "\(t.changesSince) \(occupation.versions[index - 1].profile.version ?? "\(index)")"
                entry.shift = DiffWording.score(step.shift)
                entry.bars = step.parts.filter { $0.part != .passion }.map {
                    ShiftBarModel(label: wording.partName($0.part), percent: Self.percent($0.shift), score: DiffWording.score($0.shift))
                }
            }
            return entry
        }
        let figure = figureSizes[stem + "-a3.pdf"] == nil ? nil
            : FigureModel(id: "figuur", alt: "\(t.figureOf) \(profile.title)", summary: t.figureNote)
        return OccupationModel(
            frame: frame(title: profile.title, description: profile.passion ?? profile.title, path: path), t: t,
            title: profile.title, contentLang: profile.effectiveLanguage.rawValue, sector: profile.sector, region: profile.region,
            version: profile.version, passion: profile.passion, figure: figure, parts: parts(profile, references),
            sources: references.entries.map { SourceModel(number: $0.number.map(String.init), text: $0.text) },
            evidence: MetadataValues.evidenceText(profile.evidence ?? .unknown, options.language), license: profile.license,
            downloads: downloads(stem, root: "../"), timeline: timeline, related: related,
            components: components(profile, titles: titles), direction: profile.direction?.text(options.language))
    }

    /// `verschil/SLUG-OLD-NEW.html`'s model: the step from version `index` to the next.
    func diff(_ occupation: Occupation, step index: Int) -> DiffModelPage {
        let difference = occupation.history.steps[index]
        let stem = Self.stepStem(occupation, index)
        let new = occupation.versions[index + 1].profile
        let language = new.effectiveLanguage
        let heading = DiffWording.heading(difference)
        let parts = PartKind.allCases.compactMap { kind -> ChangePartModel? in
            let changes = difference.items(in: kind).map { change -> ChangeModel in
                if change.old == nil { return ChangeModel(kind: "added", label: t.change("added"), text: change.new!.text, before: nil, details: []) }
                if change.new == nil { return ChangeModel(kind: "removed", label: t.change("removed"), text: change.old!.text, before: nil, details: []) }
                let old = change.old!, now = change.new!
                var details: [String] = []
                if change.kinds.contains(.moved) { details.append("\(wording.heading(old.place.part, group: old.place.group)) → \(wording.heading(now.place.part, group: now.place.group))") }
                if change.kinds.contains(.trend) {
                    details.append("\(old.trend.map { wording.trend($0) } ?? "—") → \(now.trend.map { wording.trend($0) } ?? "—")")
                }
                if change.kinds.contains(.core) { details.append(now.core ? "+ \(t.core)" : "− \(t.core)") }
                return ChangeModel(kind: "changed", label: change.kinds.map { t.change($0.rawValue) }.joined(separator: ", "), text: now.text,
                                   before: change.kinds.contains(.reworded) ? old.text : nil, details: details)
            } + difference.quotes.filter { $0.place.part == kind }.map { quote in
                ChangeModel(kind: quote.kind == .added ? "added" : "removed", label: quote.kind == .added ? t.quoteAdded : t.quoteRemoved,
                            text: quote.text + (quote.attribution.map { " — \($0)" } ?? ""), before: nil, details: [])
            }
            let shift = difference.shift(of: kind)
            guard !changes.isEmpty || difference.parts.contains(where: { $0.part == kind }) else { return nil }
            return ChangePartModel(heading: wording.heading(kind, group: nil), shift: DiffWording.score(shift), percent: Self.percent(shift),
                                   changes: changes, unchanged: changes.isEmpty)
        }
        let metadata = difference.metadata.map { change in
            ChangeModel(kind: "changed", label: change.field.keyword(language), text: change.new ?? "—", before: change.old ?? "—", details: [])
        }
        let path = "verschil/\(stem).html"
        let figureStem = Self.stepFigure(occupation, index)
        let figure = figureSizes[figureStem + "-a3.pdf"] == nil ? nil
            : FigureModel(id: "verschilfiguur", alt: "\(t.changesFigure) \(heading)", summary: "\(t.shiftWord) \(DiffWording.score(difference.shift))")
        // A changes figure is only an A3 PDF, so that is its one download.
        let downloads = downloads(figureStem, root: "../")
        return DiffModelPage(frame: frame(title: heading, description: heading, path: path), t: t, title: new.title, heading: heading,
                             contentLang: language.rawValue, occupationHref: "../beroep/\(occupation.slug).html",
                             shift: DiffWording.score(difference.shift), figure: figure, metadata: metadata, parts: parts, downloads: downloads)
    }
}
