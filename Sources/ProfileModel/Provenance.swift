import ProfileSyntax

/// A source a profile draws on, with the short key its statements cite it by (`bron [kracht2021]: …`).
public struct Source: Codable, Sendable, Equatable, Hashable {
    /// Lowercase letters, digits and single hyphens; nil for a source no statement can cite.
    public var key: String?
    /// The reference as written: authors, year, title, publisher, licence.
    public var text: String
    /// Where the source was written; never part of its meaning.
    public var origin = SourceOrigin()

    public init(key: String? = nil, text: String) {
        self.key = key
        self.text = text
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case key, text }

    /// Reads `{"key": …, "text": …}`, or a plain string as `beroepsbeeld/1` wrote a source.
    public init(from decoder: Decoder) throws {
        if let text = try? decoder.singleValueContainer().decode(String.self) {
            self.init(text: text)
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(key: try c.decodeIfPresent(String.self, forKey: .key), text: try c.decode(String.self, forKey: .text))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(key, forKey: .key)
        try c.encode(text, forKey: .text)
    }
}

/// One reference from a statement to a source: the source's key and, optionally, where in it
/// (`p. 27`, `§Wooncoach`, `Figuur 8`).
public struct Citation: Codable, Sendable, Equatable, Hashable {
    public var key: String
    public var locator: String?

    public init(key: String, locator: String? = nil) {
        self.key = key
        self.locator = locator
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case key, locator }
}

/// One group of people interviewed for a profile: `4 beoefenaars`, `minstens 2 uit de context`.
public struct EvidenceGroup: Codable, Sendable, Equatable, Hashable {
    /// How many people.
    public var count: Int
    /// `minstens` / `at least` (as written) when only a lower bound is known, such as the method's minimum.
    public var qualifier: String?
    /// Who they are, as the source names them (`beoefenaars`, `leidinggevenden`, `hrm'er`).
    public var label: String

    public init(count: Int, qualifier: String? = nil, label: String) {
        self.count = count
        self.qualifier = qualifier
        self.label = label
    }

    /// Whether the group is people working in the occupation; every other group is from its context.
    public var isPractitioners: Bool {
        let folded = TextNormalization.folded(label)
        return ["beoefenaar", "practitioner", "professional"].contains { folded.contains($0) }
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case count, qualifier, label }
}

/// Who was interviewed for a profile, by group, as its source states it; no groups means the source
/// does not say (`onderzoek: onbekend`).
public struct Evidence: Codable, Sendable, Equatable, Hashable {
    public var groups: [EvidenceGroup]

    public init(groups: [EvidenceGroup]) { self.groups = groups }

    /// The two counts of the research method, as `beroepsbeeld/1` held them.
    public init(practitioners: Int, context: Int, language: ContentLanguage = .nl) {
        groups = [EvidenceGroup(count: practitioners, label: language == .nl ? "beoefenaars" : "practitioners"),
                  EvidenceGroup(count: context, label: language == .nl ? "uit de context" : "from the context")]
    }

    /// `onderzoek: onbekend`: the source does not say who was interviewed.
    public static let unknown = Evidence(groups: [])

    public var isUnknown: Bool { groups.isEmpty }
    /// People working in the occupation, all groups together.
    public var practitioners: Int { groups.filter(\.isPractitioners).reduce(0) { $0 + $1.count } }
    /// People from its context (managers, HR, sector experts, clients, teachers), all groups together.
    public var context: Int { groups.filter { !$0.isPractitioners }.reduce(0) { $0 + $1.count } }

    enum CodingKeys: String, CodingKey, CaseIterable { case unknown, groups }
    /// The keys of `beroepsbeeld/1`.
    enum PreviousKeys: String, CodingKey, CaseIterable { case practitioners, context }

    /// Reads `{"groups": […]}`, `{"unknown": true}`, or `{"practitioners": 4, "context": 2}` as `/1` wrote it.
    public init(from decoder: Decoder) throws {
        let previous = try decoder.container(keyedBy: PreviousKeys.self)
        if let practitioners = try previous.decodeIfPresent(Int.self, forKey: .practitioners) {
            self.init(practitioners: practitioners, context: try previous.decode(Int.self, forKey: .context))
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(groups: try c.decodeIfPresent([EvidenceGroup].self, forKey: .groups) ?? [])
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        if isUnknown { try c.encode(true, forKey: .unknown) } else { try c.encode(groups, forKey: .groups) }
    }
}

/// An item or a quote seen for its provenance: what the validator, the evidence report and the catalogue count.
public struct Statement: Sendable, Equatable {
    public let part: PartKind
    public let text: String
    public let citations: [Citation]
    public let sketch: Bool
    /// A quote rather than an item; `paraphrase` says whether it is marked `[parafrase]`.
    public let isQuote: Bool
    public let paraphrase: Bool
    public let origin: SourceOrigin

    /// Neither cited nor marked as a sketch.
    public var isUnsourced: Bool { citations.isEmpty && !sketch }
}

extension Profile {
    /// Every item and quote of the profile, part by part (items first in each part).
    public var statements: [Statement] {
        parts.flatMap { part in
            part.allItems.map { Statement(part: part.kind, text: $0.text, citations: $0.citations, sketch: $0.sketch, isQuote: false,
                                          paraphrase: false, origin: $0.origin) }
                + part.allQuotes.map { Statement(part: part.kind, text: $0.text, citations: $0.citations, sketch: false, isQuote: true,
                                                 paraphrase: $0.paraphrase, origin: $0.origin) }
        }
    }

    /// The source keys defined in the profile, in order.
    public var sourceKeys: [String] { sources.compactMap(\.key) }
}
