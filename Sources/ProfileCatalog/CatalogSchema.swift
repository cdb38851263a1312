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
        migrator.registerMigration("v3", migrate: createProvenanceTables)
        migrator.registerMigration("v4", migrate: createHybridLinks)
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

    /// v3: where each statement comes from: the sources with their keys, the citations of items and quotes,
    /// sketch items, paraphrased quotes and parts not researched, and the `statement` view over items and
    /// quotes with their `cited` and `sketch` flags; filled from the stored models of the versions stored
    /// before (`beroepsbeeld/1` or `/2`).
    private static func createProvenanceTables(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE source (
              id INTEGER PRIMARY KEY,
              version_id INTEGER NOT NULL REFERENCES version(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              key TEXT,
              text TEXT NOT NULL,
              UNIQUE (version_id, key)
            );
            CREATE TABLE citation (
              id INTEGER PRIMARY KEY,
              item_id INTEGER REFERENCES item(id) ON DELETE CASCADE,
              quote_id INTEGER REFERENCES quote(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              key TEXT NOT NULL,
              locator TEXT,
              CHECK ((item_id IS NULL) <> (quote_id IS NULL))
            );
            CREATE INDEX citation_item ON citation(item_id);
            CREATE INDEX citation_quote ON citation(quote_id);
            CREATE TABLE sketch (
              item_id INTEGER PRIMARY KEY REFERENCES item(id) ON DELETE CASCADE
            );
            CREATE TABLE paraphrase (
              quote_id INTEGER PRIMARY KEY REFERENCES quote(id) ON DELETE CASCADE
            );
            CREATE TABLE unresearched_part (
              version_id INTEGER NOT NULL REFERENCES version(id) ON DELETE CASCADE,
              part TEXT NOT NULL,
              PRIMARY KEY (version_id, part)
            );
            CREATE VIEW statement AS
              SELECT item.version_id, 'item' AS kind, item.id, item.part, item.group_name, item.text, NULL AS attribution,
                     EXISTS (SELECT 1 FROM citation WHERE citation.item_id = item.id) AS cited,
                     EXISTS (SELECT 1 FROM sketch WHERE sketch.item_id = item.id) AS sketch
              FROM item
              UNION ALL
              SELECT quote.version_id, 'quote', quote.id, quote.part, quote.group_name, quote.text, quote.attribution,
                     EXISTS (SELECT 1 FROM citation WHERE citation.quote_id = quote.id), 0
              FROM quote;
            """)
        try ProvenanceStore.backfill(db)
    }

    /// v4: a hybrid's links: the occupations each version combines (`component`: side, slug, pinned version,
    /// share) and its direction (`version.direction`), filled from the stored models of the versions stored before.
    private static func createHybridLinks(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE component (
              version_id INTEGER NOT NULL REFERENCES version(id) ON DELETE CASCADE,
              position INTEGER NOT NULL,
              side TEXT NOT NULL CHECK (side IN ('school', 'company')),
              slug TEXT NOT NULL,
              version TEXT,
              share_amount REAL NOT NULL CHECK (share_amount > 0),
              share_unit TEXT NOT NULL CHECK (share_unit IN ('percent', 'days')),
              PRIMARY KEY (version_id, position)
            );
            CREATE INDEX component_slug ON component(slug);
            ALTER TABLE version ADD COLUMN direction TEXT CHECK (direction IN ('companyToSchool', 'schoolToCompany'));
            """)
        try HybridStore.backfill(db)
    }
}
