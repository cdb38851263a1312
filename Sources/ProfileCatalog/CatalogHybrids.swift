import GRDB
import ProfileModel

/// One occupation a stored hybrid version combines, with its title when the catalogue holds it.
public struct StoredComponent: Encodable, Sendable, Equatable {
    public var side: Side
    public var slug: String
    /// The pinned version, nil when the latest is meant.
    public var version: String?
    public var share: Share
    /// The title of the pinned version, or of the occupation, when the catalogue holds it; nil otherwise.
    public var title: String?
}

extension Catalog {
    /// The occupations the version row `versionID` combines, in the order its `combineert` line gives them;
    /// empty for a profile that is no hybrid.
    public func components(ofVersion versionID: Int64) throws -> [StoredComponent] {
        try pool.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT component.*, coalesce(pinned.title, occupation.title) AS title
                FROM component
                LEFT JOIN occupation ON occupation.slug = component.slug
                LEFT JOIN version AS pinned ON pinned.occupation_id = occupation.id AND pinned.version = component.version
                WHERE component.version_id = ? ORDER BY component.position
                """, arguments: [versionID])
            return try rows.compactMap { row in
                try ComponentRecord(row: row).component.map { component in
                    StoredComponent(side: component.side, slug: component.slug, version: component.version, share: component.share,
                                    title: row["title"])
                }
            }
        }
    }

    /// The latest stored version of every occupation, as a profile, by slug: what `twin --db FILE` matches
    /// against. One read, so the profiles are of one committed state even while an import writes; only the
    /// latest versions' models are read.
    public func latestProfiles() throws -> [Profile] {
        try pool.read { db in
            let versions = try Row.fetchAll(db, sql: """
                SELECT version.id, version.version, occupation.slug FROM version JOIN occupation ON occupation.id = version.occupation_id
                """)
            let latest = Profile.newestBySlug(versions, slug: { $0["slug"] as String }, version: { $0["version"] as String? })
                .sorted { $0.key < $1.key }.map { $0.value["id"] as Int64 }
            return try latest.map { id in try VersionRecord.fetchOne(db, key: id)!.profile() }
        }
    }
}
