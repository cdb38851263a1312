/// The language of a profile's content, and of the keywords the formatter writes.
public enum ContentLanguage: String, Codable, Sendable, CaseIterable {
    case nl
    case en
}

/// A body part of the visual beroepsbeeld, plus the environment drawn around the figure.
public enum PartKind: String, Codable, Sendable, CaseIterable, Comparable {
    case head, hands, heart, mouth, gut, feet, linking, passion, environment

    /// The parts every profile must have; `environment` is optional, and so is `linking`, the linking role
    /// of a hybrid profile.
    public static let required: [PartKind] = [.head, .hands, .heart, .mouth, .gut, .feet, .passion]

    /// The keyword for this part in `language`.
    public func keyword(_ language: ContentLanguage) -> String {
        Keywords.parts[self]![language == .nl ? 0 : 1]
    }

    public static func < (lhs: PartKind, rhs: PartKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// A metadata field of a profile header.
public enum MetadataField: String, Codable, Sendable, CaseIterable {
    case title, slug, sector, region, version, supersedes, combines, direction, language, source, evidence, isco, esco, license

    /// Whether the field may appear more than once (only sources may).
    public var isRepeatable: Bool { self == .source }

    /// The keyword for this field in `language`.
    public func keyword(_ language: ContentLanguage) -> String {
        Keywords.metadata[self]![language == .nl ? 0 : 1]
    }
}

/// How an item is moving in the occupation, as the research marks it.
public enum Trend: String, Codable, Sendable, CaseIterable {
    case new, growing, shrinking, disappearing

    /// The marker word for this trend in `language`, as written between brackets.
    public func keyword(_ language: ContentLanguage) -> String {
        Keywords.trends[self]![language == .nl ? 0 : 1]
    }
}

/// Every keyword of the language, Dutch first, then English, then accepted synonyms.
public enum Keywords {
    static let parts: [PartKind: [String]] = [
        .head: ["hoofd", "head"],
        .hands: ["handen", "hands"],
        .heart: ["hart", "heart"],
        .mouth: ["mond", "mouth"],
        .gut: ["buik", "gut", "buikgevoel"],
        .feet: ["voeten", "feet"],
        .passion: ["passie", "passion"],
        .linking: ["verbinding", "linking"],
        .environment: ["omgeving", "environment"],
    ]
    static let metadata: [MetadataField: [String]] = [
        .title: ["beroepsbeeld", "profile", "beroep", "occupation"],
        .slug: ["slug", "slug"],
        .sector: ["sector", "sector"],
        .region: ["regio", "region"],
        .version: ["versie", "version"],
        .supersedes: ["vervangt", "supersedes"],
        .combines: ["combineert", "combines"],
        .direction: ["richting", "direction"],
        .language: ["taal", "language"],
        .source: ["bron", "source"],
        .evidence: ["onderzoek", "evidence"],
        .isco: ["isco", "isco"],
        .esco: ["esco", "esco"],
        .license: ["licentie", "license"],
    ]
    static let trends: [Trend: [String]] = [
        .new: ["nieuw", "new"],
        .growing: ["groeit", "growing"],
        .shrinking: ["krimpt", "shrinking"],
        .disappearing: ["verdwijnt", "disappearing"],
    ]
    /// Marker words for a core item.
    static let core = ["kern", "core"]
    /// Marker words for a statement that is the author's sketch, not a research finding.
    static let sketch = ["schets", "sketch"]
    /// Marker words for a value that is seen but not (yet) used, in a hybrid profile above all.
    static let potential = ["beoogd", "potential"]
    /// Marker words for a quote in other words than the speaker's.
    static let paraphrase = ["parafrase", "paraphrase"]
    /// The words that open a citation marker: `[bron: …]`, `[source: …]`.
    static let citation = ["bron", "source"]
    /// The value of a part the source says nothing about: `hart: niet onderzocht`.
    static let notResearched = ["niet onderzocht", "not researched"]

    /// What the word inside a one-word marker (`[groeit]`, `[Schets]`) marks, case-insensitive; nil for
    /// a word that is no marker. Lowercased once: the parser asks this of every marker of every item.
    static func marker(_ word: some StringProtocol) -> Marker? {
        let word = word.lowercased()
        if paraphrase.contains(word) { return .paraphrase }
        if sketch.contains(word) { return .sketch }
        if potential.contains(word) { return .potential }
        if let trend = trendIndex[word] { return .trend(trend) }
        return core.contains(word) ? .core : nil
    }
    /// `niet onderzocht` for a Dutch part keyword, `not researched` for an English one.
    public static func notResearchedWord(_ partKeyword: String) -> String {
        parts.values.contains { $0.count > 1 && $0[1] == partKeyword.lowercased() } ? notResearched[1] : notResearched[0]
    }

    /// Whether `value` declares a part not researched (spaces between the words do not matter).
    public static func isNotResearched(_ value: some StringProtocol) -> Bool {
        // Both phrases start with an n, and only N lowercases to it: any other value (a passion's sentence
        // above all) is turned away before it is lowercased and split.
        guard let first = value.utf8.first(where: { $0 != 0x20 }), first | 0x20 == 0x6E else { return false }
        return notResearched.contains(value.lowercased().split(separator: " ").joined(separator: " "))
    }

    private static func index<Key>(_ table: [Key: [String]]) -> [String: Key] {
        var result: [String: Key] = [:]
        for (key, words) in table { for word in words { result[word] = key } }
        return result
    }

    /// Looks up a top-level keyword (case-insensitive).
    public static func part(_ word: String) -> PartKind? { partIndex[word.lowercased()] }
    /// Looks up a metadata keyword (case-insensitive).
    public static func metadataField(_ word: String) -> MetadataField? { metadataIndex[word.lowercased()] }
    /// Looks up a trend marker word (case-insensitive).
    public static func trend(_ word: String) -> Trend? { trendIndex[word.lowercased()] }

    /// What a one-word marker marks (`marker(_:)`).
    enum Marker: Equatable {
        case paraphrase, sketch, potential, core
        case trend(Trend)
    }

    private static let partIndex = index(parts)
    private static let metadataIndex = index(metadata)
    private static let trendIndex = index(trends)

    /// All words accepted at the start of a top-level line, for suggestions.
    static let topLevelWords: [String] = Array(Set(parts.values.joined()).union(metadata.values.joined())).sorted()
    /// All words accepted between brackets after an item, for suggestions.
    static let markerWords: [String] = (Array(trends.values.joined()) + core + sketch + paraphrase + potential).sorted()
}

/// The words of the provenance markers, as the formatter writes them in a profile's language.
public enum ProvenanceWord: Sendable {
    /// `schets` / `sketch`.
    case sketch
    /// `parafrase` / `paraphrase`.
    case paraphrase
    /// `bron` / `source`, as in `[bron: kracht2021]`.
    case citation
    /// `niet onderzocht` / `not researched`.
    case notResearched
    /// `beoogd` / `potential`.
    case potential

    public func keyword(_ language: ContentLanguage) -> String {
        let words = switch self {
        case .sketch: Keywords.sketch
        case .paraphrase: Keywords.paraphrase
        case .citation: Keywords.citation
        case .notResearched: Keywords.notResearched
        case .potential: Keywords.potential
        }
        return words[language == .nl ? 0 : 1]
    }
}
