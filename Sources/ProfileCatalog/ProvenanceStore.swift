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

    /// Fills the tables for every stored version from its stored model, which `Profile` reads in either
    /// JSON form (`beroepsbeeld/1` has sources without keys and nothing else to fill). The item and quote
    /// rows of a version were inserted in the model's order, so their ids in ascending order match it.
    static func backfill(_ db: Database) throws {
        for versionID in try Int64.fetchAll(db, sql: "SELECT id FROM version ORDER BY id") {
            // One model at a time: a catalogue may hold thousands.
            let model = try String.fetchOne(db, sql: "SELECT model FROM version WHERE id = ?", arguments: [versionID]) ?? ""
            let profile: Profile
            do {
                profile = try JSONDecoder().decode(Profile.self, from: Data(model.utf8))
            } catch {
                throw DatabaseError(resultCode: .SQLITE_CORRUPT, message: """
                    the stored model of version row \(versionID) cannot be read, so schema v3 cannot be added; nothing was changed (\(error))
                      help: save its source with sqlite3's writefile and delete the row (docs/catalogue.md, "Queries by hand"), then import the file again
                    """)
            }
            try insert(profile, versionID: versionID,
                       itemIDs: try Int64.fetchAll(db, sql: "SELECT id FROM item WHERE version_id = ? ORDER BY id", arguments: [versionID]),
                       quoteIDs: try Int64.fetchAll(db, sql: "SELECT id FROM quote WHERE version_id = ? ORDER BY id", arguments: [versionID]), db)
        }
    }
}
