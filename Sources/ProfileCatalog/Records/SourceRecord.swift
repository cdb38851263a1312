import GRDB

/// A row of `source`: one source a version draws on, with the key its statements cite it by.
public struct SourceRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "source"

    public var id: Int64?
    public var versionID: Int64
    /// The source's place in the profile's list, from 0.
    public var position: Int
    /// The short key (`kracht2021`); nil for a source no statement can cite, and for every source stored
    /// from a `beroepsbeeld/1` model.
    public var key: String?
    /// The reference as written.
    public var text: String

    enum CodingKeys: String, CodingKey { case id, versionID = "version_id", position, key, text }

    /// Typed columns, for queries.
    public enum Columns {
        public static let versionID = Column(CodingKeys.versionID)
        public static let position = Column(CodingKeys.position)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
