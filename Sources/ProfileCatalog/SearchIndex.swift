import GRDB
import ProfileModel

/// The `search` table (FTS5): one row per item, quote and metadata value, so that a match points at the
/// exact line that matched. Filled by SQL from the stored rows, so a migration and an import index alike.
enum SearchIndex {
    /// The statements that copy rows of `item`, `quote` and `version` into the index, each ending in a
    /// `WHERE` on the version's id, or without it for every version.
    private static func fillStatements(oneVersion: Bool) -> [String] {
        let columns = "INSERT INTO search (text, attribution, version_id, kind, part, group_name, trend)"
        let byVersionID = oneVersion ? " WHERE version_id = :id" : ""
        let byID = oneVersion ? " AND id = :id" : ""
        var statements = [
            "\(columns) SELECT text, NULL, version_id, 'item', part, group_name, trend FROM item\(byVersionID)",
            "\(columns) SELECT text, attribution, version_id, 'quote', part, group_name, NULL FROM quote\(byVersionID)",
            "\(columns) SELECT value, NULL, version.id, 'source', NULL, NULL, NULL FROM version, json_each(version.sources)"
                + (oneVersion ? " WHERE version.id = :id" : ""),
        ]
        for field in ["title", "sector", "region"] {
            statements.append("\(columns) SELECT \(field), NULL, id, '\(field)', NULL, NULL, NULL FROM version WHERE \(field) IS NOT NULL\(byID)")
        }
        return statements
    }

    /// Indexes the version with id `versionID`, or every stored version when nil.
    static func fill(_ db: Database, versionID: Int64?) throws {
        for sql in fillStatements(oneVersion: versionID != nil) {
            if let versionID {
                try db.cachedStatement(sql: sql).execute(arguments: ["id": versionID])
            } else {
                try db.execute(sql: sql)
            }
        }
    }

    /// Removes the index rows of one version.
    static func remove(_ db: Database, versionID: Int64) throws {
        try db.execute(sql: "DELETE FROM search WHERE version_id = ?", arguments: [versionID])
    }

    /// The FTS5 query matching every word of `text` as a prefix, folded as the index folds it; nil
    /// when `text` holds no word.
    static func pattern(_ text: String) -> String? {
        let words = TextNormalization.words(text)
        return words.isEmpty ? nil : words.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}
