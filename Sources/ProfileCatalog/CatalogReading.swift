import GRDB
import ProfileModel

/// An occupation with the versions the catalogue holds of it.
public struct OccupationSummary: Codable, Sendable, Equatable {
    public var slug: String
    public var title: String
    public var sector: String?
    public var region: String?
    /// Oldest first.
    public var versions: [String]
}

extension Catalog {
    /// Every occupation, by slug, optionally only those in `sector` (case-insensitive).
    public func occupations(sector: String? = nil) throws -> [OccupationSummary] {
        try pool.read { db in
            var request = OccupationRecord.order(OccupationRecord.Columns.slug)
            if let sector { request = request.filter(OccupationRecord.Columns.sector.collating(.nocase) == sector) }
            let occupations = try request.fetchAll(db)
            let rows = try Row.fetchAll(db, sql: "SELECT occupation_id, version FROM version")
            let versions = Dictionary(grouping: rows, by: { $0["occupation_id"] as Int64 }).mapValues { rows in
                rows.map { $0["version"] as String }.sorted(by: MetadataValues.versionPrecedes)
            }
            return occupations.map { occupation in
                OccupationSummary(slug: occupation.slug, title: occupation.title, sector: occupation.sector, region: occupation.region,
                                  versions: versions[occupation.id!] ?? [])
            }
        }
    }

    /// Every stored version of the occupation `slug`, oldest first.
    public func storedVersions(slug: String) throws -> [VersionRecord] {
        try pool.read { db in
            guard let occupation = try OccupationRecord.filter(OccupationRecord.Columns.slug == slug).fetchOne(db) else {
                throw CatalogError.unknownOccupation(slug: slug)
            }
            return try VersionRecord.filter(VersionRecord.Columns.occupationID == occupation.id).fetchAll(db)
                .sorted { MetadataValues.versionPrecedes($0.version, $1.version) }
        }
    }

    /// One stored version of the occupation `slug`: `version`, or the latest when nil.
    public func storedVersion(slug: String, version: String? = nil) throws -> VersionRecord {
        try pool.read { db in
            guard let occupation = try OccupationRecord.filter(OccupationRecord.Columns.slug == slug).fetchOne(db) else {
                throw CatalogError.unknownOccupation(slug: slug)
            }
            let available = try String.fetchAll(db, sql: "SELECT version FROM version WHERE occupation_id = ?", arguments: [occupation.id])
                .sorted(by: MetadataValues.versionPrecedes)
            guard let chosen = version ?? available.last, available.contains(chosen) else {
                throw CatalogError.unknownVersion(slug: slug, version: version ?? "", available: available)
            }
            return try VersionRecord
                .filter(VersionRecord.Columns.occupationID == occupation.id && VersionRecord.Columns.version == chosen)
                .fetchOne(db)!
        }
    }
}
