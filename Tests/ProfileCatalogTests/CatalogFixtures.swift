import Foundation
import GRDB
import TestSupport
@testable import ProfileCatalog

/// Real files and fresh catalogues in temporary folders, for the catalogue tests.
enum CatalogFixtures {
    static let packageRoot = TestSupport.packageRoot
    static let binary = TestSupport.binary

    /// Runs the built binary with `arguments` on `catalogue`; returns its exit status and standard output.
    static func run(_ arguments: [String], catalogue: String) throws -> (status: Int32, output: Data) {
        let result = try TestSupport.run(binary, arguments, environment: ["BEROEPSBEELD_DB": catalogue, "NO_COLOR": "1"])
        return (result.status, result.stdout)
    }

    /// The test fixture profile's bytes (Teeltspecialist, version 2020).
    static var teeltspecialist: Data {
        get throws { try Data(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/teeltspecialist.beroep")) }
    }

    /// A fixture profile with keyed sources, citations with and without locators, two sketches (one citing
    /// a source), a paraphrased quote and a part not researched (Teeltspecialist, version 2021).
    static var cited: Data {
        get throws { try Data(contentsOf: packageRoot.appendingPathComponent("Tests/Fixtures/teeltspecialist-cited.beroep")) }
    }

    /// The cited fixture's text under another version.
    static func teeltspecialistCited(version: String) throws -> String {
        String(decoding: try cited, as: UTF8.self).replacingOccurrences(of: "versie: 2021", with: "versie: \(version)")
    }

    /// Runs the sqlite3 shell on the file `database` with `sql`; returns its output, failing on a non-zero exit.
    static func sqlite3(_ database: String, _ sql: String) throws -> String {
        let result = try TestSupport.tool("sqlite3", [database, sql])
        guard result.status == 0 else { throw SQLite3Failure(message: result.errors) }
        return result.output
    }

    struct SQLite3Failure: Error { let message: String }

    /// Every profile under Profiles/, as import candidates.
    static func researchProfiles() throws -> [ImportCandidate] {
        let root = packageRoot.appendingPathComponent("Profiles")
        let files = FileManager.default.enumerator(atPath: root.path)!.compactMap { $0 as? String }.filter { $0.hasSuffix(".beroep") }.sorted()
        return try files.map { ImportCandidate(path: "Profiles/\($0)", bytes: try Data(contentsOf: root.appendingPathComponent($0))) }
    }

    /// A candidate made from text.
    static func candidate(_ name: String, _ text: String) -> ImportCandidate {
        ImportCandidate(path: name, bytes: Data(text.utf8))
    }

    /// The fixture's text with `old` replaced by `new` (which must occur).
    static func teeltspecialist(replacing old: String, with new: String) throws -> String {
        let text = String(decoding: try teeltspecialist, as: UTF8.self)
        precondition(text.contains(old), "fixture lacks \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// A fresh folder, removed by the caller's `defer`.
    static func temporaryFolder() throws -> URL { try TestSupport.temporaryFolder() }

    /// Writes `count` variants of the fixture, each its own occupation, into `folder`.
    static func writeCorpus(count: Int, prefix: String, into folder: URL) throws {
        let text = String(decoding: try teeltspecialist, as: UTF8.self)
        for n in 0..<count {
            let variant = text.replacingOccurrences(of: "beroepsbeeld: Teeltspecialist", with: "beroepsbeeld: Teeltspecialist \(prefix) \(n)")
            try Data(variant.utf8).write(to: folder.appendingPathComponent("\(prefix)-\(n).beroep"))
        }
    }
}

extension Catalog {
    /// The tables `dump` covers: those of v1 and v2, v3's provenance and v4's components.
    static let tables = ["occupation", "version", "item", "quote", "search"] + provenanceTables + ["component"]
    /// The tables of schema v3.
    static let provenanceTables = ["source", "citation", "sketch", "paraphrase", "unresearched_part"]

    /// Every row of every table, in id order, as text: equal dumps are equal catalogues.
    func dump() throws -> String {
        try pool.read { db in
            try Self.tables.map { table in
                let rows = try Row.fetchAll(db, sql: "SELECT rowid, * FROM \(table) ORDER BY rowid")
                return "\(table): \(rows.count)\n" + rows.map(\.description).joined(separator: "\n")
            }.joined(separator: "\n")
        }
    }

    /// How many rows `table` holds.
    func count(_ table: String) throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)")! }
    }
}

extension CatalogFixtures {
    /// The hybrid fixtures in Tests/Fixtures/hybrid/, by slug: `docent-installateur` (2022), a hybrid of
    /// `docent-installatietechniek` (school, 40%, unpinned) and `installateur` (company, 60%, pinned to 2021),
    /// direction company → school.
    static func hybrid(_ slug: String) throws -> ImportCandidate {
        let url = packageRoot.appendingPathComponent("Tests/Fixtures/hybrid/\(slug).beroep")
        return ImportCandidate(path: url.lastPathComponent, bytes: try Data(contentsOf: url))
    }

    /// The hybrid fixture and its two components.
    static var hybridFixtures: [ImportCandidate] {
        get throws { try ["docent-installatietechniek", "installateur", "docent-installateur"].map(hybrid) }
    }
}
