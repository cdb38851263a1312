import GRDB

/// A row of `occupation`: one occupation, described as its latest version describes it.
public struct OccupationRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "occupation"

    public var id: Int64?
    /// The stable key of the occupation across its versions.
    public var slug: String
    public var title: String
    public var sector: String?
    public var region: String?

    enum CodingKeys: String, CodingKey { case id, slug, title, sector, region }

    /// Typed columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let slug = Column(CodingKeys.slug)
        public static let sector = Column(CodingKeys.sector)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
