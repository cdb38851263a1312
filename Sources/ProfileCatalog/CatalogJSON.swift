import Foundation
import ProfileModel
import ProfileSyntax

/// The `--format json` outputs of the catalogue commands: each an object with a `format` field naming
/// its kind and version, with a schema in docs/schemas/ (docs/catalogue.md, "JSON output").
public enum CatalogJSON {
    /// `catalog list`: `{"format", "occupations": [...]}`.
    public static func list(_ occupations: [OccupationSummary]) -> Data {
        StableJSON.document(["occupations": occupations], format: "beroepsbeeld-catalog-list/1")
    }

    /// `catalog import`: what became of each file, and the counts.
    public static func imported(_ results: [ImportResult], catalogue: String) -> Data {
        struct File: Encodable {
            let path: String
            let slug: String?
            let version: String?
            /// `added`, `replaced`, `unchanged`, `conflict` (another content under the version) or `refused`.
            let outcome: String
            /// Why a refused or conflicting file was not stored.
            let reason: String?
            /// For a conflict: the stored version's file name and the SHA-256 of its source.
            let storedFile: String?
            let storedSha256: String?
            /// Its errors and warnings, as `check --format json` gives them.
            let diagnostics: [Diagnostic]
        }
        struct Counts: Encodable {
            let added, replaced, unchanged, refused: Int
        }
        struct Summary: Encodable {
            let catalogue: String
            let files: [File]
            let counts: Counts
        }
        let files = results.map { result in
            let (outcome, reason, stored): (String, String?, (String, String)?) = switch result.outcome {
            case .added: ("added", nil, nil)
            case .replaced: ("replaced", nil, nil)
            case .unchanged: ("unchanged", nil, nil)
            case .conflict(let file, let sha256):
                ("conflict", "the version is already in the catalogue with other content; pass --replace to overwrite it", (file, sha256))
            case .refused(let why): ("refused", why, nil)
            }
            return File(path: result.candidate.path, slug: result.slug, version: result.version, outcome: outcome, reason: reason,
                        storedFile: stored?.0, storedSha256: stored?.1, diagnostics: result.candidate.diagnostics.filter { $0.severity != .info })
        }
        let count = { (outcomes: Set<String>) in files.count { outcomes.contains($0.outcome) } }
        return StableJSON.document(Summary(catalogue: catalogue, files: files,
                                           counts: Counts(added: count(["added"]), replaced: count(["replaced"]), unchanged: count(["unchanged"]),
                                                          refused: count(["conflict", "refused"]))),
                                   format: "beroepsbeeld-catalog-import/1")
    }

    /// `catalog search`: the query as understood, and the hits, best first.
    public static func search(_ hits: [SearchHit], for query: SearchQuery) -> Data {
        struct Query: Encodable {
            let text: String
            let part: String?
            let trend: String?
            let sector: String?
            let limit: Int
            let sourcedOnly: Bool
        }
        struct Result: Encodable {
            let query: Query
            let hits: [SearchHit]
        }
        let echoed = Query(text: query.text, part: query.part?.rawValue, trend: query.trend?.rawValue, sector: query.sector, limit: query.limit,
                           sourcedOnly: query.sourcedOnly)
        return StableJSON.document(Result(query: echoed, hits: hits), format: "beroepsbeeld-catalog-search/1")
    }

    /// `catalog show`: where a stored version came from, the occupations it combines (`components`, for a
    /// hybrid, with their titles as the catalogue holds them), and its profile in the JSON form
    /// (docs/profile.schema.json).
    public static func show(_ stored: VersionRecord, slug: String, versions: [String], components: [StoredComponent]) throws -> Data {
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
            /// A hybrid's components; absent for a profile that combines none.
            let components: [StoredComponent]?
            let profile: Profile
        }
        return StableJSON.document(Shown(slug: slug, version: stored.version, versions: versions,
                                         fileName: stored.fileName, sha256: stored.sourceSHA256, importedAt: stored.importedAt,
                                         components: components.isEmpty ? nil : components,
                                         profile: try stored.profile()),
                                   format: "beroepsbeeld-catalog-show/1")
    }
}
