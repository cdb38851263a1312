/// The language of a profile's content, and of the keywords the formatter writes.
public enum ContentLanguage: String, Codable, Sendable, CaseIterable {
    case nl
    case en
}

/// A body part of the visual beroepsbeeld, plus the environment drawn around the figure.
public enum PartKind: String, Codable, Sendable, CaseIterable, Comparable {
    case head, hands, heart, mouth, gut, feet, passion, environment

    /// The parts every profile must have; `environment` is optional.
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
    case title, slug, sector, region, version, supersedes, language, source, evidence, isco, esco, license

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
        .environment: ["omgeving", "environment"],
    ]
    static let metadata: [MetadataField: [String]] = [
        .title: ["beroepsbeeld", "profile", "beroep", "occupation"],
        .slug: ["slug", "slug"],
        .sector: ["sector", "sector"],
        .region: ["regio", "region"],
        .version: ["versie", "version"],
        .supersedes: ["vervangt", "supersedes"],
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
    /// Whether `word` marks a core item.
    public static func isCoreMarker(_ word: String) -> Bool { core.contains(word.lowercased()) }

    private static let partIndex = index(parts)
    private static let metadataIndex = index(metadata)
    private static let trendIndex = index(trends)

    /// All words accepted at the start of a top-level line, for suggestions.
    static let topLevelWords: [String] = Array(Set(parts.values.joined()).union(metadata.values.joined())).sorted()
    /// All words accepted between brackets after an item, for suggestions.
    static let markerWords: [String] = (Array(trends.values.joined()) + core).sorted()
}
