import Foundation
import ProfileModel

/// The `--format json` outputs of the catalogue commands: each an object with a `format` field naming
/// its kind and version, with a schema in docs/schemas/ (docs/catalogue.md, "JSON output").
public enum CatalogJSON {
    /// `catalog list`: `{"format", "occupations": [...]}`.
    public static func list(_ occupations: [OccupationSummary]) -> Data {
        StableJSON.document(["occupations": occupations], format: "beroepsbeeld-catalog-list/1")
    }

    /// `catalog search`: the query as understood, and the hits, best first.
    public static func search(_ hits: [SearchHit], for query: SearchQuery) -> Data {
        struct Query: Encodable {
            let text: String
            let part: String?
            let trend: String?
            let sector: String?
            let limit: Int
        }
        struct Result: Encodable {
            let query: Query
            let hits: [SearchHit]
        }
        let echoed = Query(text: query.text, part: query.part?.rawValue, trend: query.trend?.rawValue, sector: query.sector, limit: query.limit)
        return StableJSON.document(Result(query: echoed, hits: hits), format: "beroepsbeeld-catalog-search/1")
    }

    /// `catalog show`: where a stored version came from, and its profile in the JSON form
    /// (docs/profile.schema.json).
    public static func show(_ stored: VersionRecord, slug: String, versions: [String]) throws -> Data {
        struct Shown: Encodable {
            let slug: String
            let version: String
            /// Every stored version of the occupation, oldest first.
            let versions: [String]
            /// The name of the file it was imported from; its extension tells the form of the source.
            let fileName: String
            /// The SHA-256 of the source's bytes, lowercase hex.
            let sha256: String
            /// When the version was stored, ISO 8601 in UTC.
            let importedAt: String
            let profile: Profile
        }
        return StableJSON.document(Shown(slug: slug, version: stored.version, versions: versions,
                                         fileName: stored.fileName, sha256: stored.sourceSHA256, importedAt: stored.importedAt,
                                         profile: try stored.profile()),
                                   format: "beroepsbeeld-catalog-show/1")
    }
}
