import Foundation
import GRDB
import ProfileModel

/// The stored models of every version, read one at a time, for the migrations that fill new tables from them.
enum StoredModels {
    /// Calls `body` with each version row's id and its stored model, which `Profile` reads in either JSON form
    /// (`beroepsbeeld/1` or `/2`), in id order. A model that cannot be read stops the migration `migration`
    /// with a message naming its row, so that the file is left as it was.
    static func forEach(_ db: Database, migration: String, _ body: (Int64, Profile) throws -> Void) throws {
        for versionID in try Int64.fetchAll(db, sql: "SELECT id FROM version ORDER BY id") {
            // One model at a time: a catalogue may hold thousands.
            let model = try String.fetchOne(db, sql: "SELECT model FROM version WHERE id = ?", arguments: [versionID]) ?? ""
            let profile: Profile
            do {
                profile = try JSONDecoder().decode(Profile.self, from: Data(model.utf8))
            } catch {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: """
                    the stored model of version row \(versionID) cannot be read, so schema \(migration) cannot be added; nothing was changed (\(error))
                      help: save its source with sqlite3's writefile and delete the row (docs/catalogue.md, "Queries by hand"), then import the file again
                    """)
            }
            try body(versionID, profile)
        }
    }
}
