import GRDB

/// The catalogue's schema, as an append-only list of named migrations.
///
/// A migration, once released, never changes: a new schema version is a new migration at the end.
/// Plain SQL keeps the schema readable by hand (`sqlite3 FILE .schema`, see docs/catalogue.md).
enum CatalogSchema {
    /// The identifiers of every migration, oldest first.
    static var versions: [String] { migrator.migrations }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1", migrate: createTables)
        migrator.registerMigration("v2", migrate: createSearchIndex)
        return migrator
    }

    /// v1: occupations, their versions with the exact source, and the items and quotes of each version.
    private static func createTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE occupation (
              id INTEGER PRIMARY KEY,
              slug TEXT NOT NULL UNIQUE,
              title TEXT NOT NULL,
              sector TEXT,
              region TEXT
            );
            CREATE TABLE version (
              id INTEGER PRIMARY KEY,
              occupation_id INTEGER NOT NULL REFERENCES occupation(id) ON DELETE CASCADE,
              version TEXT NOT NULL,
              supersedes TEXT,
              title TEXT NOT NULL,
              sector TEXT,
              region TEXT,
              language TEXT NOT NULL,
              sources TEXT NOT NULL,
              practitioners INTEGER,
              context_people INTEGER,
              isco TEXT,
              esco TEXT,
              license TEXT,
              passion TEXT,
              file_name TEXT NOT NULL,
              source BLOB NOT NULL,
              source_sha256 TEXT NOT NULL,
              model TEXT NOT NULL,
              imported_at TEXT NOT NULL,
              UNIQUE (occupation_id, version)
            );
            CREATE TABLE item (
              id INTEGER PRIMARY KEY,
              version_id INTEGER NOT NULL REFERENCES version(id) ON DELETE CASCADE,
              part TEXT NOT NULL,
              group_name TEXT,
              position INTEGER NOT NULL,
              text TEXT NOT NULL,
              trend TEXT,
              core INTEGER NOT NULL,
              stable_id TEXT
            );
            CREATE INDEX item_version ON item(version_id);
            CREATE TABLE quote (
              id INTEGER PRIMARY KEY,
              version_id INTEGER NOT NULL REFERENCES version(id) ON DELETE CASCADE,
              part TEXT NOT NULL,
              group_name TEXT,
              position INTEGER NOT NULL,
              text TEXT NOT NULL,
              attribution TEXT
            );
            CREATE INDEX quote_version ON quote(version_id);
            """)
    }

    /// v2: the full-text index over items, quotes and metadata, filled from what v1 stored.
    private static func createSearchIndex(_ db: Database) throws {
        try db.execute(sql: """
            CREATE VIRTUAL TABLE search USING fts5(
              text, attribution,
              version_id UNINDEXED, kind UNINDEXED, part UNINDEXED, group_name UNINDEXED, trend UNINDEXED,
              tokenize = 'unicode61 remove_diacritics 2'
            );
            """)
        try SearchIndex.fill(db, versionIDs: nil)
    }
}
