import Foundation
import GRDB

/// The catalogue: every profile and every version in one SQLite file (WAL, foreign keys on).
///
/// Readers never wait for a writer; a second writer waits up to `busyTimeout` seconds for the first,
/// then fails with `CatalogError.busy`.
public final class Catalog: Sendable {
    /// The file used when neither `--db` nor the environment names one.
    public static let defaultPath = "beroepsbeeld.sqlite"
    /// The environment variable that names the catalogue file.
    public static let environmentVariable = "BEROEPSBEELD_DB"
    /// How long a write waits for another process's write to finish.
    public static let busyTimeout: TimeInterval = 10

    /// The catalogue's file.
    public let path: String
    let pool: DatabasePool

    /// The file to use: `explicit` (from `--db`), else `$BEROEPSBEELD_DB`, else `./beroepsbeeld.sqlite`.
    public static func location(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnvironment = environment[environmentVariable], !fromEnvironment.isEmpty { return fromEnvironment }
        return defaultPath
    }

    /// Opens the catalogue at `path`, bringing its schema up to date; creates the file only when `create`
    /// is true, and otherwise throws `CatalogError.missing`.
    public convenience init(path: String, create: Bool) throws {
        guard create || FileManager.default.fileExists(atPath: path) else { throw CatalogError.missing(path: path) }
        try self.init(path: path, schemaVersion: nil)
    }

    /// Opens the catalogue with its schema migrated up to `schemaVersion` (the latest when nil).
    init(path: String, schemaVersion: String?) throws {
        self.path = path
        let deadline = Date().addingTimeInterval(Self.busyTimeout)
        var opened: DatabasePool?
        while opened == nil {
            do {
                opened = try Self.open(path, schemaVersion: schemaVersion)
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && Date() < deadline {
                // Another process is creating the file or switching it to WAL, which no busy handler waits for.
                usleep(20_000)
            } catch let error as DatabaseError {
                throw CatalogError(error, path: path)
            }
        }
        pool = opened!
    }

    private static func open(_ path: String, schemaVersion: String?) throws -> DatabasePool {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(busyTimeout)
        let pool = try DatabasePool(path: path, configuration: configuration)
        let migrator = CatalogSchema.migrator
        let (superseded, complete) = try pool.read { db in
            (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db))
        }
        if superseded { throw CatalogError.newerSchema(path: path) }
        // Migrating takes the write lock: only do it when there is something to migrate, so that
        // opening a catalogue to read it never waits for an import.
        if let schemaVersion {
            try migrator.migrate(pool, upTo: schemaVersion)
        } else if !complete {
            try migrate(pool, with: migrator)
        }
        return pool
    }

    /// Runs the pending migrations. Two processes opening a new file at once may both find a migration
    /// pending; each migration is its own transaction, so the loser fails on what the winner created, and
    /// simply looks again at what is still pending.
    private static func migrate(_ pool: DatabasePool, with migrator: DatabaseMigrator) throws {
        for attempt in 0...migrator.migrations.count {
            do {
                return try migrator.migrate(pool)
            } catch is DatabaseError where attempt < migrator.migrations.count {
                if try pool.read(migrator.hasCompletedMigrations) { return }
            }
        }
    }

    /// The schema migrations applied to the file, oldest first.
    public func appliedSchemaVersions() throws -> [String] {
        try pool.read { db in try CatalogSchema.migrator.appliedMigrations(db) }
    }

    /// The result of `PRAGMA integrity_check`: `ok` for a sound file.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }
}
