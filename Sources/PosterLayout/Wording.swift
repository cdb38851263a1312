import ProfileModel
import ProfileSyntax

/// The poster's fixed words in Dutch and English, worded as the research words them.
public struct Wording: Sendable {
    public let language: ContentLanguage

    public init(_ language: ContentLanguage) { self.language = language }

    private func pick(_ dutch: String, _ english: String) -> String { language == .nl ? dutch : english }

    /// The body part's name, the first half of a heading: "Hoofd", "Handen".
    public func partName(_ kind: PartKind) -> String {
        switch kind {
        case .head: pick("Hoofd", "Head")
        case .hands: pick("Handen", "Hands")
        case .heart: pick("Hart", "Heart")
        case .mouth: pick("Mond", "Mouth")
        case .gut: pick("Buik", "Gut")
        case .feet: pick("Voeten", "Feet")
        case .linking: pick("Verbinding", "Linking")
        case .passion: pick("Passie", "Passion")
        case .environment: pick("Omgeving", "Environment")
        }
    }

    /// What the part holds, the second half of a heading; hands and feet take their group's name.
    public func partTopic(_ kind: PartKind) -> String? {
        switch kind {
        case .head: pick("praktijkkennis", "practical knowledge")
        case .heart: pick("wat drijft", "what drives")
        case .mouth: pick("communicatie en people management", "communication and people management")
        case .gut: pick("arbeidsvoorwaarden en arbeidsverhoudingen", "terms of employment and labour relations")
        case .environment: pick("wat verandert rondom het beroep", "what changes around the occupation")
        case .linking: pick("de brug tussen school en bedrijf", "the bridge between school and company")
        case .hands, .feet, .passion: nil
        }
    }

    /// A line under the heading, where the research names the part a second way.
    public func partTagline(_ kind: PartKind) -> String? {
        kind == .gut ? pick("‘buikgevoel’", "‘gut feeling’") : nil
    }

    /// "Handen — vaardigheden": the part name, then the group or topic.
    public func heading(_ kind: PartKind, group: String?) -> String {
        guard let topic = group.map(groupName) ?? partTopic(kind) else { return partName(kind) }
        return "\(partName(kind)) — \(topic)"
    }

    /// A group name as written, or its translation when it is one of the research's own groups.
    public func groupName(_ name: String) -> String {
        let known: [(String, String)] = [
            ("vaardigheden", "skills"), ("taken", "tasks"),
            ("opleiding en ontwikkeling", "education and development"),
            ("aarden in bedrijfscultuur en sector", "grounding in company culture and sector"),
        ]
        let folded = name.lowercased()
        guard let pair = known.first(where: { $0.0 == folded || $0.1 == folded }) else { return name }
        return pick(pair.0, pair.1)
    }

    /// The kicker above the title.
    public var kicker: String { pick("VISUEEL BEROEPSBEELD", "VISUAL OCCUPATIONAL PROFILE") }
    /// The kicker above a hybrid profile's title.
    public var hybridKicker: String { pick("VISUEEL BEROEPSBEELD · HYBRIDE PROFESSIONAL", "VISUAL OCCUPATIONAL PROFILE · HYBRID PROFESSIONAL") }
    /// A hybrid's side as a name: "School", "Bedrijf" ("Company").
    public func sideName(_ side: Side) -> String { side == .school ? "School" : pick("Bedrijf", "Company") }
    /// The label before a hybrid's direction.
    public var directionLabel: String { pick("Richting", "Direction") }
    /// The legend's entry for potential items, marked with an open circle; shown only when the poster has one.
    public var potentialLegend: String { pick("beoogd — gezien, nog niet benut", "potential — seen, not yet used") }
    /// The heading of a book's section of hybrid profiles, after the single occupations.
    public var hybridSection: String { pick("Hybride beroepen", "Hybrid occupations") }
    /// The kicker on a book's cover.
    public var bookKicker: String { pick("VISUELE BEROEPSBEELDEN", "VISUAL OCCUPATIONAL PROFILES") }
    /// A book's title.
    public var bookTitle: String { pick("Beroepsbeelden", "Occupational profiles") }
    /// "20 beroepsbeelden".
    public func profileCount(_ count: Int) -> String { "\(count) " + pick("beroepsbeelden", "occupational profiles") }
    /// The heading of a book's index.
    public var contents: String { pick("Inhoud", "Contents") }
    /// The label on the passion banner.
    public var passionLabel: String { pick("PASSIE", "PASSION") }
    /// "versie 2020".
    public func version(_ version: String) -> String { pick("versie ", "version ") + version }
    /// The footer's label before the sources.
    public var sourcesLabel: String { pick("Bron", "Source") }
    /// The footer's label before the research evidence.
    public var evidenceLabel: String { pick("Onderzoek", "Research") }
    /// The footer's label before the license.
    public var licenseLabel: String { pick("Licentie", "License") }

    /// The legend's word for a trend.
    public func trend(_ trend: Trend) -> String {
        switch trend {
        case .new: pick("nieuw", "new")
        case .growing: pick("groeit", "growing")
        case .shrinking: pick("krimpt", "shrinking")
        case .disappearing: pick("verdwijnt", "disappearing")
        }
    }

    /// The legend's entry for sketch items, which are set in italics; shown only when the poster has one.
    public var sketchLegend: String { pick("schets — niet uit onderzoek", "sketch — not from research") }

    /// What a part declared not researched says in its box, and the passion banner says for a passion not researched.
    public var notResearched: String { pick("niet onderzocht", "not researched") }

    /// The line under a quote: "— wooncoach", and "— wooncoach (parafrase)" for a paraphrase, which is
    /// printed without quotation marks; nil for a verbatim quote nobody is named for.
    public func attribution(_ quote: Quote) -> String? {
        let label = quote.paraphrase ? pick("parafrase", "paraphrase") : nil
        switch (quote.attribution, label) {
        case (let speaker?, let label?): return "— \(speaker) (\(label))"
        case (let speaker?, nil): return "— \(speaker)"
        case (nil, let label?): return "(\(label))"
        case (nil, nil): return nil
        }
    }

    /// The legend's entry for core items, which are set in bold.
    public var coreLegend: String { pick("vet: kern van het beroep", "bold: core of the occupation") }
}
