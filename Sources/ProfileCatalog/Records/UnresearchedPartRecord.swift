import GRDB

/// A row of `unresearched_part`: a part of a version declared not researched (`hart: niet onderzocht`).
public struct UnresearchedPartRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "unresearched_part"

    public var versionID: Int64
    /// The part's English name (`head`, `hands`, …), as `PartKind` spells it.
    public var part: String

    enum CodingKeys: String, CodingKey { case versionID = "version_id", part }
}
