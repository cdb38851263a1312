import Foundation
import GRDB
import ProfileModel
import ProfileSyntax

/// What an import did with one file.
public enum ImportOutcome: Sendable, Equatable {
    /// A version new to the catalogue.
    case added
    /// The same bytes were already stored under this version: nothing changed.
    case unchanged
    /// Other content under the same version, overwritten because `replace` was asked.
    case replaced
    /// Other content under the same version, left as it was; carries the stored file's name and hash.
    case conflict(storedFile: String, storedSHA256: String)
    /// The file cannot be stored: it has errors or no version.
    case refused(reason: String)
}

/// One file's result.
public struct ImportResult: Sendable {
    public let candidate: ImportCandidate
    public let outcome: ImportOutcome
    /// The occupation's slug and the version, when the file has a profile.
    public var slug: String? { candidate.loaded.profile?.effectiveSlug }
    public var version: String? { candidate.loaded.profile?.version }
}

extension Catalog {
    /// Stores the storable candidates in one transaction, in order: all of them or, on any failure or
    /// kill, none. Refused and conflicting files are reported and leave the catalogue untouched.
    public func importProfiles(_ candidates: [ImportCandidate], replace: Bool, at date: Date = Date()) throws -> [ImportResult] {
        do {
            let importedAt = ISO8601DateFormatter().string(from: date)
            return try pool.write { db in
                var storedIDs: [Int64] = [], replacedIDs: [Int64] = []
                let results = try candidates.map { candidate in
                    guard let profile = candidate.storable else {
                        return ImportResult(candidate: candidate, outcome: .refused(reason: candidate.refusal ?? "the file has errors"))
                    }
                    let (outcome, versionID, replacedID) = try Self.store(profile, candidate, replace: replace, importedAt: importedAt, db)
                    if let versionID { storedIDs.append(versionID) }
                    if let replacedID { replacedIDs.append(replacedID) }
                    return ImportResult(candidate: candidate, outcome: outcome)
                }
                // One pass over all replaced and all new versions: several times faster than one by one.
                if !replacedIDs.isEmpty { try SearchIndex.remove(db, versionIDs: replacedIDs) }
                if !storedIDs.isEmpty { try SearchIndex.fill(db, versionIDs: storedIDs) }
                return results
            }
        } catch let error as DatabaseError {
            throw CatalogError(error, path: path)
        }
    }

    /// Stores one profile; returns what became of it, the id of the version row it added and the id of
    /// the one it replaced, if any.
    private static func store(_ profile: Profile, _ candidate: ImportCandidate, replace: Bool, importedAt: String,
                              _ db: Database) throws -> (ImportOutcome, added: Int64?, replaced: Int64?) {
        let version = profile.version!
        // Cached statements throughout: an import runs these once per file.
        var occupation = try OccupationRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM occupation WHERE slug = ?"),
                                                       arguments: [profile.effectiveSlug])
            ?? OccupationRecord(slug: profile.effectiveSlug, title: profile.title, sector: profile.sector, region: profile.region)
        if occupation.id == nil { try occupation.insert(db) }
        let occupationID = occupation.id!

        var replacedID: Int64?
        if let stored = try VersionRecord.fetchOne(db.cachedStatement(sql: "SELECT * FROM version WHERE occupation_id = ? AND version = ?"),
                                                   arguments: [occupationID, version]) {
            if stored.source == candidate.bytes { return (.unchanged, nil, nil) }
            guard replace else { return (.conflict(storedFile: stored.fileName, storedSHA256: stored.sourceSHA256), nil, nil) }
            try stored.delete(db)
            replacedID = stored.id
        }

        // A storable candidate has its row: it has a profile.
        var row = candidate.row!
        row.occupationID = occupationID
        row.importedAt = importedAt
        try row.insert(db)
        let (itemIDs, quoteIDs) = try insertContent(of: profile, versionID: row.id!, db)
        try ProvenanceStore.insert(profile, versionID: row.id!, itemIDs: itemIDs, quoteIDs: quoteIDs, db)
        try HybridStore.insert(profile, versionID: row.id!, db)

        // The occupation reads as its latest version does.
        let versions = try String.fetchAll(db.cachedStatement(sql: "SELECT version FROM version WHERE occupation_id = ?"), arguments: [occupationID])
        let described = (title: profile.title, sector: profile.sector, region: profile.region)
        if versions.allSatisfy({ !MetadataValues.versionPrecedes(version, $0) }),
           described != (occupation.title, occupation.sector, occupation.region) {
            (occupation.title, occupation.sector, occupation.region) = described
            try occupation.update(db)
        }
        return (replacedID == nil ? .added : .replaced, row.id!, replacedID)
    }

    /// Inserts the items and quotes of every part, ungrouped first, then group by group, through cached
    /// statements (the bulk of an import's rows); returns their ids in that order.
    static func insertContent(of profile: Profile, versionID: Int64, _ db: Database) throws -> (items: [Int64], quotes: [Int64]) {
        let insertItem = try db.cachedStatement(sql: """
            INSERT INTO item (version_id, part, group_name, position, text, trend, core, stable_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let insertQuote = try db.cachedStatement(sql: """
            INSERT INTO quote (version_id, part, group_name, position, text, attribution) VALUES (?, ?, ?, ?, ?, ?)
            """)
        var itemIDs: [Int64] = [], quoteIDs: [Int64] = []
        for part in profile.parts {
            let sections = [(nil, part.items, part.quotes)] + part.groups.map { ($0.name, $0.items, $0.quotes) }
            var itemPosition = 0
            var quotePosition = 0
            for (groupName, items, quotes) in sections {
                for item in items {
                    try insertItem.execute(arguments: [versionID, part.kind.rawValue, groupName, itemPosition, item.text,
                                                       item.trend?.rawValue, item.core, item.id])
                    itemIDs.append(db.lastInsertedRowID)
                    itemPosition += 1
                }
                for quote in quotes {
                    try insertQuote.execute(arguments: [versionID, part.kind.rawValue, groupName, quotePosition, quote.text, quote.attribution])
                    quoteIDs.append(db.lastInsertedRowID)
                    quotePosition += 1
                }
            }
        }
        return (itemIDs, quoteIDs)
    }
}
