import GRDB

/// A row of `citation`: one reference from an item or a quote (exactly one of the two) to a source key.
public struct CitationRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "citation"

    public var id: Int64?
    /// The citing item's row, nil when a quote cites.
    public var itemID: Int64?
    /// The citing quote's row, nil when an item cites.
    public var quoteID: Int64?
    /// The citation's place among the statement's citations, from 0.
    public var position: Int
    /// The cited source's key, as in `source.key` of the same version.
    public var key: String
    /// Where in the source (`p. 27`, `§Wooncoach`, `Figuur 8`), when given.
    public var locator: String?

    enum CodingKeys: String, CodingKey { case id, itemID = "item_id", quoteID = "quote_id", position, key, locator }

    /// Typed columns, for queries.
    public enum Columns {
        public static let itemID = Column(CodingKeys.itemID)
        public static let quoteID = Column(CodingKeys.quoteID)
        public static let position = Column(CodingKeys.position)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
