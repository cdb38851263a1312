import GRDB

/// A row of `paraphrase`: a quote marked `[parafrase]`, the gist in other words rather than verbatim.
public struct ParaphraseRecord: Codable, Sendable, Equatable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "paraphrase"

    public var quoteID: Int64

    enum CodingKeys: String, CodingKey { case quoteID = "quote_id" }
}
