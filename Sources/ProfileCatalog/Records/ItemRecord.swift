import GRDB

/// A row of `item`: one item of one part of one version.
public struct ItemRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "item"

    public var id: Int64?
    public var versionID: Int64
    /// The part's English name (`head`, `hands`, …), as `PartKind` spells it.
    public var part: String
    /// The sub-group the item sits in, nil for ungrouped items.
    public var groupName: String?
    /// The item's place in its part, counting ungrouped items first, from 0.
    public var position: Int
    public var text: String
    /// The trend marker's English name (`new`, `growing`, …), nil when unmarked.
    public var trend: String?
    public var core: Bool
    /// The item's `#id`, when it has one.
    public var stableID: String?

    enum CodingKeys: String, CodingKey {
        case id, versionID = "version_id", part, groupName = "group_name", position, text, trend, core, stableID = "stable_id"
    }

    /// Typed columns, for queries.
    public enum Columns {
        public static let versionID = Column(CodingKeys.versionID)
        public static let part = Column(CodingKeys.part)
        public static let position = Column(CodingKeys.position)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
