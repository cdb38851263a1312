import GRDB
import ProfileModel

/// The `search` table (FTS5): one row per item, quote and metadata value, so that a match points at the
/// exact line that matched. Filled by SQL from the stored rows, so a migration and an import index alike.
enum SearchIndex {
    /// The statements that copy rows of `item`, `quote` and `version` into the index: for the versions
    /// whose ids are in the JSON array `:ids`, or for every version.
    private static func fillStatements(someVersions: Bool) -> [String] {
        let columns = "INSERT INTO search (text, attribution, version_id, kind, part, group_name, trend)"
        let chosen = "IN (SELECT value FROM json_each(:ids))"
        let byVersionID = someVersions ? " WHERE version_id \(chosen)" : ""
        let byID = someVersions ? " AND id \(chosen)" : ""
        var statements = [
            "\(columns) SELECT text, NULL, version_id, 'item', part, group_name, trend FROM item\(byVersionID)",
            "\(columns) SELECT text, attribution, version_id, 'quote', part, group_name, NULL FROM quote\(byVersionID)",
            "\(columns) SELECT value, NULL, version.id, 'source', NULL, NULL, NULL FROM version, json_each(version.sources)"
                + (someVersions ? " WHERE version.id \(chosen)" : ""),
        ]
        for field in ["title", "sector", "region"] {
            statements.append("\(columns) SELECT \(field), NULL, id, '\(field)', NULL, NULL, NULL FROM version WHERE \(field) IS NOT NULL\(byID)")
        }
        return statements
    }

    /// Indexes the versions with the ids `versionIDs`, or every stored version when nil.
    static func fill(_ db: Database, versionIDs: [Int64]?) throws {
        for sql in fillStatements(someVersions: versionIDs != nil) {
            if let versionIDs {
                try db.execute(sql: sql, arguments: ["ids": idList(versionIDs)])
            } else {
                try db.execute(sql: sql)
            }
        }
    }

    /// Removes the index rows of the versions with the ids `versionIDs`, in one pass over the index.
    static func remove(_ db: Database, versionIDs: [Int64]) throws {
        try db.execute(sql: "DELETE FROM search WHERE version_id IN (SELECT value FROM json_each(?))", arguments: [idList(versionIDs)])
    }

    /// Ids as a JSON array, for `json_each`.
    private static func idList(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    /// The FTS5 query matching every word of `text` as a prefix, folded as the index folds it; nil
    /// when `text` holds no word.
    static func pattern(_ text: String) -> String? {
        let words = TextNormalization.words(text)
        return words.isEmpty ? nil : words.map { "\"\($0)\"*" }.joined(separator: " ")
    }
}
