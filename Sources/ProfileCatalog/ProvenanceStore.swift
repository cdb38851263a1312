import Foundation
import GRDB
import ProfileModel

/// The provenance tables (schema v3): each version's sources with their keys, the citations of its items
/// and quotes, its sketch items, its paraphrased quotes and its parts not researched.
enum ProvenanceStore {
    /// Stores the provenance of `profile`, stored as the version `versionID` whose items and quotes have
    /// the ids `itemIDs` and `quoteIDs`, in the order `Part.allItems` and `Part.allQuotes` give them part by part.
    static func insert(_ profile: Profile, versionID: Int64, itemIDs: [Int64], quoteIDs: [Int64], _ db: Database) throws {
        let items = profile.parts.flatMap(\.allItems), quotes = profile.parts.flatMap(\.allQuotes)
        guard items.count == itemIDs.count, quotes.count == quoteIDs.count else {
            throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: "version \(versionID) has \(itemIDs.count) item and \(quoteIDs.count) "
                                    + "quote rows, but its model \(items.count) items and \(quotes.count) quotes")
        }
        // Sources and citations through cached statements, as items and quotes: every version has them, and
        // records would add about 15% to an import's store time. The rarer flags go in as records.
        let insertSource = try db.cachedStatement(sql: "INSERT INTO source (version_id, position, key, text) VALUES (?, ?, ?, ?)")
        for (position, source) in profile.sources.enumerated() {
            try insertSource.execute(arguments: [versionID, position, source.key, source.text])
        }
        let insertCitation = try db.cachedStatement(sql: "INSERT INTO citation (item_id, quote_id, position, key, locator) VALUES (?, ?, ?, ?, ?)")
        func cite(_ citations: [Citation], item: Int64?, quote: Int64?) throws {
            for (position, citation) in citations.enumerated() {
                try insertCitation.execute(arguments: [item, quote, position, citation.key, citation.locator])
            }
        }
        for (item, id) in zip(items, itemIDs) {
            try cite(item.citations, item: id, quote: nil)
            if item.sketch { try SketchRecord(itemID: id).insert(db) }
        }
        for (quote, id) in zip(quotes, quoteIDs) {
            try cite(quote.citations, item: nil, quote: id)
            if quote.paraphrase { try ParaphraseRecord(quoteID: id).insert(db) }
        }
        for part in profile.parts where part.notResearched {
            try UnresearchedPartRecord(versionID: versionID, part: part.kind.rawValue).insert(db)
        }
    }

    /// Fills the tables for every stored version from its stored model (`beroepsbeeld/1` has sources without
    /// keys and nothing else to fill). The item and quote rows of a version were inserted in the model's order,
    /// so their ids in ascending order match it.
    static func backfill(_ db: Database) throws {
        try StoredModels.forEach(db, migration: "v3") { versionID, profile in
            try insert(profile, versionID: versionID,
                       itemIDs: try Int64.fetchAll(db, sql: "SELECT id FROM item WHERE version_id = ? ORDER BY id", arguments: [versionID]),
                       quoteIDs: try Int64.fetchAll(db, sql: "SELECT id FROM quote WHERE version_id = ? ORDER BY id", arguments: [versionID]), db)
        }
    }
}
