import Crypto
import Foundation
import GRDB
import ProfileModel

/// A row of `version`: one version of an occupation, with its exact source, its model and its metadata.
public struct VersionRecord: Codable, Sendable, Equatable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "version"

    public var id: Int64?
    public var occupationID: Int64
    /// A year (`2021`) or a date (`2021-06-30`); unique per occupation.
    public var version: String
    public var supersedes: String?
    public var title: String
    public var sector: String?
    public var region: String?
    /// `nl` or `en`.
    public var language: String
    /// The sources' texts, as a JSON array of strings (their keys are in `source`).
    public var sources: String
    public var practitioners: Int?
    /// People interviewed from the occupation's context.
    public var contextPeople: Int?
    public var isco: String?
    public var esco: String?
    public var license: String?
    public var passion: String?
    /// The imported file's name, without its folder: its extension tells the form of `source`.
    public var fileName: String
    /// The file's bytes, exactly as imported.
    public var source: Data
    /// The SHA-256 of `source`, in lowercase hex.
    public var sourceSHA256: String
    /// The parsed profile in its JSON form (`ProfileJSON`).
    public var model: String
    /// When the version was stored, ISO 8601 in UTC.
    public var importedAt: String

    enum CodingKeys: String, CodingKey {
        case id, occupationID = "occupation_id", version, supersedes, title, sector, region, language, sources, practitioners,
             contextPeople = "context_people", isco, esco, license, passion, fileName = "file_name", source,
             sourceSHA256 = "source_sha256", model, importedAt = "imported_at"
    }

    /// Typed columns, for queries.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let occupationID = Column(CodingKeys.occupationID)
        public static let version = Column(CodingKeys.version)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    /// The row for `profile`, read from `path` with the bytes `source`; its occupation and import time are
    /// left for the import to set.
    init(profile: Profile, path: String, source: Data) {
        occupationID = 0
        version = profile.version ?? ""
        supersedes = profile.supersedes
        title = profile.title
        sector = profile.sector
        region = profile.region
        language = profile.effectiveLanguage.rawValue
        sources = String(decoding: try! JSONEncoder().encode(profile.sources.map(\.text)), as: UTF8.self)
        practitioners = profile.evidence?.practitioners
        contextPeople = profile.evidence?.context
        isco = profile.isco
        esco = profile.esco
        license = profile.license
        passion = profile.passion
        fileName = URL(fileURLWithPath: path).lastPathComponent
        self.source = source
        sourceSHA256 = SHA256.hash(data: source).map { String(format: "%02x", $0) }.joined()
        model = String(decoding: ProfileJSON.encode(profile), as: UTF8.self)
        importedAt = ""
    }

    /// The stored profile, decoded from `model`.
    public func profile() throws -> Profile {
        try JSONDecoder().decode(Profile.self, from: Data(model.utf8))
    }
}
