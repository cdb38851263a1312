import ProfileSyntax

/// One statement in a part: a piece of knowledge, a skill, a task, a driver, a condition.
public struct Item: Codable, Sendable, Equatable, Hashable {
    public var text: String
    public var trend: Trend?
    /// Marked `[kern]`: central to the occupation.
    public var core: Bool
    /// A stable id that later versions refer to, so the diff can follow the item.
    public var id: String?
    /// Where the statement comes from: source keys with locators (`[bron: kracht2021 §Wooncoach]`).
    public var citations: [Citation]
    /// Marked `[schets]`: the author's sketch, not a research finding.
    public var sketch: Bool
    /// Marked `[beoogd]`: a value seen as possible, not (yet) realised.
    public var potential: Bool
    public var comments: [String]
    public var origin = SourceOrigin()

    public init(text: String, trend: Trend? = nil, core: Bool = false, id: String? = nil, citations: [Citation] = [],
                sketch: Bool = false, potential: Bool = false, comments: [String] = []) {
        self.text = text
        self.trend = trend
        self.core = core
        self.id = id
        self.citations = citations
        self.sketch = sketch
        self.potential = potential
        self.comments = comments
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case text, trend, core, id, citations, sketch, potential, comments }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        trend = try c.decodeIfPresent(Trend.self, forKey: .trend)
        core = try c.decodeIfPresent(Bool.self, forKey: .core) ?? false
        id = try c.decodeIfPresent(String.self, forKey: .id)
        citations = try c.decodeIfPresent([Citation].self, forKey: .citations) ?? []
        sketch = try c.decodeIfPresent(Bool.self, forKey: .sketch) ?? false
        potential = try c.decodeIfPresent(Bool.self, forKey: .potential) ?? false
        comments = try c.decodeIfPresent([String].self, forKey: .comments) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(trend, forKey: .trend)
        if core { try c.encode(core, forKey: .core) }
        try c.encodeIfPresent(id, forKey: .id)
        if !citations.isEmpty { try c.encode(citations, forKey: .citations) }
        if sketch { try c.encode(sketch, forKey: .sketch) }
        if potential { try c.encode(potential, forKey: .potential) }
        if !comments.isEmpty { try c.encode(comments, forKey: .comments) }
    }
}

/// A practitioner's words, with who said them.
public struct Quote: Codable, Sendable, Equatable, Hashable {
    public var text: String
    public var attribution: String?
    /// Where the quote comes from.
    public var citations: [Citation]
    /// Marked `[parafrase]`: the gist in other words, never printed inside quotation marks.
    public var paraphrase: Bool
    public var comments: [String]
    public var origin = SourceOrigin()

    public init(text: String, attribution: String? = nil, citations: [Citation] = [], paraphrase: Bool = false, comments: [String] = []) {
        self.text = text
        self.attribution = attribution
        self.citations = citations
        self.paraphrase = paraphrase
        self.comments = comments
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case text, attribution, citations, paraphrase, comments }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        attribution = try c.decodeIfPresent(String.self, forKey: .attribution)
        citations = try c.decodeIfPresent([Citation].self, forKey: .citations) ?? []
        paraphrase = try c.decodeIfPresent(Bool.self, forKey: .paraphrase) ?? false
        comments = try c.decodeIfPresent([String].self, forKey: .comments) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(attribution, forKey: .attribution)
        if !citations.isEmpty { try c.encode(citations, forKey: .citations) }
        if paraphrase { try c.encode(paraphrase, forKey: .paraphrase) }
        if !comments.isEmpty { try c.encode(comments, forKey: .comments) }
    }
}

/// A named sub-group of a part, such as "vaardigheden" and "taken" under the hands.
public struct Group: Codable, Sendable, Equatable, Hashable {
    public var name: String
    public var items: [Item]
    public var quotes: [Quote]
    public var comments: [String]
    public var origin = SourceOrigin()

    public init(name: String, items: [Item] = [], quotes: [Quote] = [], comments: [String] = []) {
        self.name = name
        self.items = items
        self.quotes = quotes
        self.comments = comments
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case name, items, quotes, comments }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        items = try c.decodeIfPresent([Item].self, forKey: .items) ?? []
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        comments = try c.decodeIfPresent([String].self, forKey: .comments) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(items, forKey: .items)
        if !quotes.isEmpty { try c.encode(quotes, forKey: .quotes) }
        if !comments.isEmpty { try c.encode(comments, forKey: .comments) }
    }
}

/// One body part of the figure (or the environment) with its items, quotes and sub-groups.
public struct Part: Codable, Sendable, Equatable, Hashable {
    public var kind: PartKind
    /// Items that belong to no sub-group.
    public var items: [Item]
    public var quotes: [Quote]
    public var groups: [Group]
    /// Declared `niet onderzocht`: the source says nothing about this part, so it holds nothing.
    public var notResearched: Bool
    public var comments: [String]
    public var origin = SourceOrigin()

    public init(kind: PartKind, items: [Item] = [], quotes: [Quote] = [], groups: [Group] = [], notResearched: Bool = false,
                comments: [String] = []) {
        self.kind = kind
        self.items = items
        self.quotes = quotes
        self.groups = groups
        self.notResearched = notResearched
        self.comments = comments
    }

    /// Every item of the part, ungrouped first, then group by group. A part without groups hands out
    /// its own array, not a copy of every item.
    public var allItems: [Item] { groups.isEmpty ? items : items + groups.flatMap(\.items) }
    /// Every quote of the part, ungrouped first, then group by group.
    public var allQuotes: [Quote] { groups.isEmpty ? quotes : quotes + groups.flatMap(\.quotes) }
    /// Whether the part holds no item and no quote.
    public var isEmpty: Bool { items.isEmpty && quotes.isEmpty && groups.allSatisfy { $0.items.isEmpty && $0.quotes.isEmpty } }

    enum CodingKeys: String, CodingKey, CaseIterable { case kind, items, quotes, groups, notResearched, comments }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        kind = try c.decode(PartKind.self, forKey: .kind)
        items = try c.decodeIfPresent([Item].self, forKey: .items) ?? []
        quotes = try c.decodeIfPresent([Quote].self, forKey: .quotes) ?? []
        groups = try c.decodeIfPresent([Group].self, forKey: .groups) ?? []
        notResearched = try c.decodeIfPresent(Bool.self, forKey: .notResearched) ?? false
        comments = try c.decodeIfPresent([String].self, forKey: .comments) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encode(items, forKey: .items)
        if !quotes.isEmpty { try c.encode(quotes, forKey: .quotes) }
        if !groups.isEmpty { try c.encode(groups, forKey: .groups) }
        if notResearched { try c.encode(notResearched, forKey: .notResearched) }
        if !comments.isEmpty { try c.encode(comments, forKey: .comments) }
    }
}

/// A beroepsbeeld: an occupation's metadata and the parts of its figure.
public struct Profile: Codable, Sendable, Equatable, Hashable {
    /// The JSON form's format marker. `beroepsbeeld/2` added provenance (source keys, citations, sketch and
    /// paraphrase marks, parts not researched, evidence by group); `/1` files are still read.
    public static let format = "beroepsbeeld/2"
    /// The earlier format, read and upgraded.
    public static let previousFormat = "beroepsbeeld/1"

    public var title: String
    /// The slug as written; `effectiveSlug` derives one from the title when absent.
    public var slug: String?
    public var sector: String?
    public var region: String?
    /// A year (`2021`) or a date (`2021-06-30`).
    public var version: String?
    /// The version this one replaces.
    public var supersedes: String?
    /// The occupations a hybrid profile combines, with their sides and shares; empty for a single occupation.
    public var components: [Component]
    /// Which way a hybrid professional moved between the two worlds.
    public var direction: Direction?
    public var language: ContentLanguage?
    public var sources: [Source]
    public var evidence: Evidence?
    /// ISCO-08 code, for instance `2320`.
    public var isco: String?
    /// ESCO occupation URI.
    public var esco: String?
    public var license: String?
    /// The parts in source order; a valid profile has each body part once.
    public var parts: [Part]
    /// Comments written above metadata lines, by field name (`title`, `version`, …).
    public var fieldComments: [String: [String]]
    /// Comments at the end of the file.
    public var trailingComments: [String]
    /// Where each metadata field was written.
    public var fieldOrigins = FieldOrigins()

    public init(title: String, slug: String? = nil, sector: String? = nil, region: String? = nil, version: String? = nil,
                supersedes: String? = nil, components: [Component] = [], direction: Direction? = nil, language: ContentLanguage? = nil, sources: [Source] = [], evidence: Evidence? = nil,
                isco: String? = nil, esco: String? = nil, license: String? = nil, parts: [Part] = [],
                fieldComments: [String: [String]] = [:], trailingComments: [String] = []) {
        self.title = title
        self.slug = slug
        self.sector = sector
        self.region = region
        self.version = version
        self.supersedes = supersedes
        self.components = components
        self.direction = direction
        self.language = language
        self.sources = sources
        self.evidence = evidence
        self.isco = isco
        self.esco = esco
        self.license = license
        self.parts = parts
        self.fieldComments = fieldComments
        self.trailingComments = trailingComments
    }

    /// The slug as written, or one derived from the title.
    public var effectiveSlug: String { slug ?? Slug.make(title) }
    /// The content language, Dutch when not given.
    public var effectiveLanguage: ContentLanguage { language ?? .nl }

    /// The first part of `kind`, if any.
    public func part(_ kind: PartKind) -> Part? { parts.first { $0.kind == kind } }

    /// The passion statement, when the profile has exactly one.
    public var passion: String? {
        guard let items = part(.passion)?.allItems, items.count == 1 else { return nil }
        return items[0].text
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case format, title, slug, sector, region, version, supersedes, components, direction, language, sources, evidence, isco, esco, license, parts,
             fieldComments, trailingComments
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let format = try c.decodeIfPresent(String.self, forKey: .format) ?? Self.format
        guard format == Self.format || format == Self.previousFormat else {
            throw DecodingError.dataCorruptedError(forKey: .format, in: c,
                                                   debugDescription: "format `\(format)` is not `\(Self.format)`")
        }
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        slug = try c.decodeIfPresent(String.self, forKey: .slug)
        sector = try c.decodeIfPresent(String.self, forKey: .sector)
        region = try c.decodeIfPresent(String.self, forKey: .region)
        version = try c.decodeIfPresent(String.self, forKey: .version)
        supersedes = try c.decodeIfPresent(String.self, forKey: .supersedes)
        components = try c.decodeIfPresent([Component].self, forKey: .components) ?? []
        direction = try c.decodeIfPresent(Direction.self, forKey: .direction)
        language = try c.decodeIfPresent(ContentLanguage.self, forKey: .language)
        // `/1` wrote sources as plain strings and evidence as two counts (`Source` and `Evidence` read both).
        sources = try c.decodeIfPresent([Source].self, forKey: .sources) ?? []
        evidence = try c.decodeIfPresent(Evidence.self, forKey: .evidence)
        if language == .en, let old = evidence, old == Evidence(practitioners: old.practitioners, context: old.context) {
            evidence = Evidence(practitioners: old.practitioners, context: old.context, language: .en)
        }
        isco = try c.decodeIfPresent(String.self, forKey: .isco)
        esco = try c.decodeIfPresent(String.self, forKey: .esco)
        license = try c.decodeIfPresent(String.self, forKey: .license)
        parts = try c.decodeIfPresent([Part].self, forKey: .parts) ?? []
        fieldComments = try c.decodeIfPresent([String: [String]].self, forKey: .fieldComments) ?? [:]
        trailingComments = try c.decodeIfPresent([String].self, forKey: .trailingComments) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Self.format, forKey: .format)
        // A profile without a title (V007 says so) has no `title` key, as the language has no title line.
        if !title.isEmpty { try c.encode(title, forKey: .title) }
        try c.encodeIfPresent(slug, forKey: .slug)
        try c.encodeIfPresent(sector, forKey: .sector)
        try c.encodeIfPresent(region, forKey: .region)
        try c.encodeIfPresent(version, forKey: .version)
        try c.encodeIfPresent(supersedes, forKey: .supersedes)
        if !components.isEmpty { try c.encode(components, forKey: .components) }
        try c.encodeIfPresent(direction, forKey: .direction)
        try c.encodeIfPresent(language, forKey: .language)
        try c.encode(sources, forKey: .sources)
        try c.encodeIfPresent(evidence, forKey: .evidence)
        try c.encodeIfPresent(isco, forKey: .isco)
        try c.encodeIfPresent(esco, forKey: .esco)
        try c.encodeIfPresent(license, forKey: .license)
        try c.encode(parts, forKey: .parts)
        if !fieldComments.isEmpty { try c.encode(fieldComments, forKey: .fieldComments) }
        if !trailingComments.isEmpty { try c.encode(trailingComments, forKey: .trailingComments) }
    }
}
