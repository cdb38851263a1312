import ProfileModel
import ProfileSyntax

/// Where an item sits in a profile: its part and, when it has one, its sub-group (as written).
public struct ItemPlace: Codable, Sendable, Hashable, Comparable {
    public let part: PartKind
    public let group: String?
    /// The group name folded for comparison, so `Taken` and `taken` are one group.
    let groupKey: String

    public init(part: PartKind, group: String? = nil) {
        self.part = part
        self.group = group
        groupKey = group.map(TextNormalization.folded) ?? ""
    }

    enum CodingKeys: String, CodingKey { case part, group }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(part: try c.decode(PartKind.self, forKey: .part), group: try c.decodeIfPresent(String.self, forKey: .group))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(part, forKey: .part)
        try c.encodeIfPresent(group, forKey: .group)
    }

    /// Whether two places are the same part and the same (folded) sub-group.
    func isSame(as other: ItemPlace) -> Bool { part == other.part && groupKey == other.groupKey }

    public static func < (lhs: ItemPlace, rhs: ItemPlace) -> Bool {
        (lhs.part, lhs.groupKey, lhs.group ?? "") < (rhs.part, rhs.groupKey, rhs.group ?? "")
    }
}

/// One side of an item change: the item as written, and where.
public struct DiffItem: Codable, Sendable, Hashable {
    public var text: String
    public var trend: Trend?
    public var core: Bool
    public var id: String?
    /// Where the statement comes from; a change here alone is reported, and is no shift.
    public var citations: [Citation]
    public var place: ItemPlace

    public init(_ item: Item, at place: ItemPlace) {
        text = item.text
        trend = item.trend
        core = item.core
        id = item.id
        citations = item.citations
        self.place = place
    }

    enum CodingKeys: String, CodingKey { case text, trend, core, id, citations, place }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        text = try c.decode(String.self, forKey: .text)
        trend = try c.decodeIfPresent(Trend.self, forKey: .trend)
        core = try c.decode(Bool.self, forKey: .core)
        id = try c.decodeIfPresent(String.self, forKey: .id)
        citations = try c.decodeIfPresent([Citation].self, forKey: .citations) ?? []
        place = try c.decode(ItemPlace.self, forKey: .place)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(text, forKey: .text)
        try c.encodeIfPresent(trend, forKey: .trend)
        try c.encode(core, forKey: .core)
        try c.encodeIfPresent(id, forKey: .id)
        if !citations.isEmpty { try c.encode(citations, forKey: .citations) }
        try c.encode(place, forKey: .place)
    }

    /// A total order on everything the item holds, for deterministic pairing and output.
    static func precedes(_ a: DiffItem, _ b: DiffItem) -> Bool {
        if a.place != b.place { return a.place < b.place }
        if a.text != b.text { return a.text < b.text }
        return (a.trend?.rawValue ?? "", a.core ? 1 : 0, a.id ?? "") < (b.trend?.rawValue ?? "", b.core ? 1 : 0, b.id ?? "")
    }
}

/// What happened to an item between the old and the new profile; a matched item can carry several.
public enum ItemChangeKind: String, Codable, Sendable, CaseIterable {
    /// Only in the new profile.
    case added
    /// Only in the old profile.
    case removed
    /// Matched, with other wording.
    case reworded
    /// Matched, in another part or sub-group.
    case moved
    /// Matched, with another trend marker (or one added or dropped).
    case trend
    /// Matched, with the core mark added or dropped.
    case core
    /// Matched, citing other sources (or other places in them): reported, and never a shift, since
    /// what the statement says did not change.
    case source

    /// Whether the change alters what the statement says (every kind but `source`).
    public var changesContent: Bool { self != .source }
}

/// How two items were found to be the same.
public enum MatchReason: String, Codable, Sendable {
    /// The same stable `#id`.
    case id
    /// The same text after folding case, punctuation and diacritics.
    case text
    /// Similar text, paired by the optimal assignment.
    case similarity
    /// The one passion statement of each profile, however differently worded.
    case passion
}

/// One changed item: added (`new` only), removed (`old` only) or matched with at least one difference.
public struct ItemChange: Codable, Sendable, Equatable {
    /// In a fixed order: added, removed, reworded, moved, trend, core.
    public var kinds: [ItemChangeKind]
    public var old: DiffItem?
    public var new: DiffItem?
    /// The text similarity of a matched pair, from 0 to 1.
    public var similarity: Double?
    public var matchedBy: MatchReason?

    /// The place a report files the change under: where the item is now, or was when it is gone.
    public var place: ItemPlace { (new ?? old)!.place }

    /// The same change seen from the other side.
    func mirrored() -> ItemChange {
        ItemChange(kinds: kinds.map { $0 == .added ? .removed : $0 == .removed ? .added : $0 }.sorted(by: Self.kindOrder),
                   old: new, new: old, similarity: similarity, matchedBy: matchedBy)
    }

    static func kindOrder(_ a: ItemChangeKind, _ b: ItemChangeKind) -> Bool {
        ItemChangeKind.allCases.firstIndex(of: a)! < ItemChangeKind.allCases.firstIndex(of: b)!
    }

    /// Sorted in a total order that does not depend on which side is old: by the places and texts of
    /// both sides.
    static func sorted(_ changes: [ItemChange]) -> [ItemChange] {
        changes.map { ($0.sortKey, $0) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }.map(\.1)
    }

    /// The filing part in figure order, then both sides described in full and sorted, so the order
    /// of a change and of its mirror agree.
    private var sortKey: [String] {
        let sides = [old, new].compactMap { $0 }.map { side in
            side.place.part.order + "\u{1}" + side.place.groupKey + "\u{1}" + side.text + "\u{1}" + (side.trend?.rawValue ?? "")
                + (side.core ? "\u{1}1\u{1}" : "\u{1}0\u{1}") + (side.id ?? "")
        }.sorted()
        return [place.part.order] + sides
    }
}

/// A quote present on one side only.
public struct QuoteChange: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable { case added, removed }
    public var kind: Kind
    public var place: ItemPlace
    public var text: String
    public var attribution: String?

    func mirrored() -> QuoteChange {
        QuoteChange(kind: kind == .added ? .removed : .added, place: place, text: text, attribution: attribution)
    }

    static func precedes(_ a: QuoteChange, _ b: QuoteChange) -> Bool {
        (a.place, a.text, a.attribution ?? "", a.kind.rawValue) < (b.place, b.text, b.attribution ?? "", b.kind.rawValue)
    }
}

/// A metadata field whose value differs; sources are compared one by one (`old` or `new` is nil).
public struct MetadataChange: Codable, Sendable, Equatable {
    public var field: MetadataField
    public var old: String?
    public var new: String?

    func mirrored() -> MetadataChange { MetadataChange(field: field, old: new, new: old) }
}

/// How much one part changed (definition in docs/diff.md).
public struct PartShift: Codable, Sendable, Equatable {
    public var part: PartKind
    /// From 0 (unchanged) to 1 (entirely different).
    public var shift: Double
    public var oldItems: Int
    public var newItems: Int
    /// Items matched with no difference at all.
    public var unchanged: Int
    /// The shifts of the part's sub-groups (hands: skills, tasks; feet: education, grounding), by folded
    /// name; empty when neither side has a sub-group in the part.
    public var groups: [GroupShift]

    func mirrored() -> PartShift {
        PartShift(part: part, shift: shift, oldItems: newItems, newItems: oldItems, unchanged: unchanged, groups: groups.map { $0.mirrored() })
    }
}

/// How much one sub-group of a part changed, by the part's definition applied to its items alone: an
/// item that moved to another sub-group costs 1 on each side. `group` is nil for the part's own items
/// outside any sub-group.
public struct GroupShift: Codable, Sendable, Equatable {
    public var group: String?
    public var shift: Double
    public var oldItems: Int
    public var newItems: Int
    public var unchanged: Int

    func mirrored() -> GroupShift {
        GroupShift(group: group, shift: shift, oldItems: newItems, newItems: oldItems, unchanged: unchanged)
    }
}

/// Which profile a side of the diff is.
public struct DiffSide: Codable, Sendable, Equatable {
    public var title: String
    public var version: String?
    /// The content language, for writing markers and part names.
    public var language: ContentLanguage
    /// The file it was read from, when the caller names one.
    public var path: String?
}

/// The semantic difference between an old and a new profile.
public struct ProfileDifference: Codable, Sendable, Equatable {
    public var old: DiffSide
    public var new: DiffSide
    public var metadata: [MetadataChange]
    /// Changed items in a fixed order; unchanged items are counted in `parts`, not listed.
    public var items: [ItemChange]
    public var quotes: [QuoteChange]
    /// Every part present in either profile, in figure order.
    public var parts: [PartShift]
    /// The mean of the part shifts, from 0 (unchanged) to 1 (entirely different).
    public var shift: Double

    /// Whether the two profiles mean the same: no metadata, item or quote change.
    public var isEqual: Bool { metadata.isEmpty && items.isEmpty && quotes.isEmpty }

    /// The difference from `new` to `old`: `diff(b, a) == diff(a, b).mirrored()`.
    public func mirrored() -> ProfileDifference {
        ProfileDifference(old: new, new: old, metadata: metadata.map { $0.mirrored() },
                          items: ItemChange.sorted(items.map { $0.mirrored() }),
                          quotes: quotes.map { $0.mirrored() }.sorted(by: QuoteChange.precedes),
                          parts: parts.map { $0.mirrored() }, shift: shift)
    }

    /// The shift of `part`, 0 when neither profile has it.
    public func shift(of part: PartKind) -> Double { parts.first { $0.part == part }?.shift ?? 0 }

    /// The shift of sub-group `group` of `part` (matched by folded name), or of the part when it has no
    /// such sub-group score: what a box of that sub-group on a figure shows.
    public func shift(of part: PartKind, group: String?) -> Double {
        guard let group, let shift = parts.first(where: { $0.part == part })?.groups.first(where: {
            $0.group.map(TextNormalization.folded) == TextNormalization.folded(group)
        }) else { return shift(of: part) }
        return shift.shift
    }

    /// The changes filed under `part`, in order.
    public func items(in part: PartKind) -> [ItemChange] { items.filter { $0.place.part == part } }
}

private extension PartKind {
    /// The part's place in figure order, as a sortable one-character string.
    var order: String { String(PartKind.allCases.firstIndex(of: self)!) }
}
