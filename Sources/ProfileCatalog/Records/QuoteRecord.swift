import GRDB

/// A row of `quote`: a practitioner's words in one part of one version.
public struct QuoteRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "quote"

    public var id: Int64?
    public var versionID: Int64
    /// The part's English name (`head`, `hands`, …).
    public var part: String
    /// The sub-group the quote sits in, nil for ungrouped quotes.
    public var groupName: String?
    /// The quote's place in its part, counting ungrouped quotes first, from 0.
    public var position: Int
    public var text: String
    public var attribution: String?

    enum CodingKeys: String, CodingKey {
        case id, versionID = "version_id", part, groupName = "group_name", position, text, attribution
    }

    /// Typed columns, for queries.
    public enum Columns {
        public static let versionID = Column(CodingKeys.versionID)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
