import GRDB

/// A row of `sketch`: an item marked `[schets]`, the author's sketch rather than a research finding.
public struct SketchRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "sketch"

    public var itemID: Int64

    enum CodingKeys: String, CodingKey { case itemID = "item_id" }
}
