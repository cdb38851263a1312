import GRDB
import ProfileModel

/// A hybrid's links (schema v4): the occupations each version combines, in `component`, and its direction,
/// in `version.direction`.
enum HybridStore {
    /// Stores the components and the direction of `profile`, stored as the version `versionID`; nothing for a
    /// profile that combines none and has no direction.
    static func insert(_ profile: Profile, versionID: Int64, _ db: Database) throws {
        for (position, component) in profile.components.enumerated() {
            try ComponentRecord(component, position: position, versionID: versionID).insert(db)
        }
        // Written apart from `VersionRecord`, which keeps the columns of v1 so that it can still write a catalogue
        // at an older schema (the migration tests do).
        if let direction = profile.direction {
            try db.execute(sql: "UPDATE version SET direction = ? WHERE id = ?", arguments: [direction.rawValue, versionID])
        }
    }

    /// Fills the links of every stored version from its stored model (models from before hybrids have none).
    static func backfill(_ db: Database) throws {
        try StoredModels.forEach(db, migration: "v4") { versionID, profile in try insert(profile, versionID: versionID, db) }
    }
}
