import Foundation
import Testing
@testable import ProfileCatalog

/// The built binary importing in a child process, while this process reads, kills it or imports too.
@Suite(.serialized) struct CatalogConcurrencyTests {
    /// Starts `beroepsbeeld catalog import` on `paths`, its output discarded.
    static func startImport(_ catalogue: String, _ paths: [String]) throws -> Process {
        let process = Process()
        process.executableURL = CatalogFixtures.binary
        process.arguments = ["catalog", "import", "--db", catalogue] + paths
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits until the import's write transaction has spilled `bytes` into the WAL file: it is mid-transaction.
    static func waitForTransaction(_ catalogue: String, of process: Process, bytes: Int = 1 << 20) throws {
        while process.isRunning {
            let size = (try? FileManager.default.attributesOfItem(atPath: catalogue + "-wal")[.size] as? Int) ?? 0
            if size >= bytes { return }
            usleep(2_000)
        }
        Issue.record("the import ended (status \(process.terminationStatus)) before its transaction was seen")
    }

    @Test func readersWorkDuringAnImportAndAKillLeavesTheCatalogueAsBefore() throws {
        let folder = try CatalogFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalogue = folder.appendingPathComponent("catalogue.sqlite").path
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try CatalogFixtures.writeCorpus(count: 2_000, prefix: "kill", into: corpus)

        let reader = try Catalog(path: catalogue, create: true)
        _ = try reader.importProfiles(try CatalogFixtures.researchProfiles(), replace: false)
        let before = try reader.dump()
        let occupationsBefore = try reader.occupations()

        let process = try Self.startImport(catalogue, [corpus.path])
        try Self.waitForTransaction(catalogue, of: process)
        // Readers see the catalogue as it was, without waiting for the writer.
        let start = Date()
        #expect(try reader.occupations() == occupationsBefore)
        #expect(try !reader.search(SearchQuery(text: "planten groeien")).isEmpty)
        #expect(try Catalog(path: catalogue, create: false).storedVersion(slug: "teeltspecialist").version == "2020")
        #expect(Date().timeIntervalSince(start) < 2, "reads took \(Date().timeIntervalSince(start)) s")
        #expect(process.isRunning, "the reads ran while the import held its transaction")

        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)

        let reopened = try Catalog(path: catalogue, create: false)
        #expect(try reopened.integrityCheck() == "ok")
        #expect(try reopened.dump() == before)
        // The killed writer left no lock behind.
        let small = try CatalogFixtures.teeltspecialist(replacing: "versie: 2020", with: "versie: 2024")
        #expect(try reopened.importProfiles([CatalogFixtures.candidate("2024.beroep", small)], replace: false).map(\.outcome) == [.added])
    }

    @Test func twoImportsAtOnceBothComplete() throws {
        let folder = try CatalogFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalogue = folder.appendingPathComponent("catalogue.sqlite").path
        var corpora: [String] = []
        for name in ["a", "b"] {
            let corpus = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            try CatalogFixtures.writeCorpus(count: 150, prefix: name, into: corpus)
            corpora.append(corpus.path)
        }
        let imports = try corpora.map { try Self.startImport(catalogue, [$0]) }
        for process in imports { process.waitUntilExit() }
        #expect(imports.map(\.terminationStatus) == [0, 0])
        let catalog = try Catalog(path: catalogue, create: false)
        #expect(try catalog.count("occupation") == 300)
        #expect(try catalog.integrityCheck() == "ok")
    }

    @Test func theCommandLineExportsDiffsAndShowsTheHistoryOfStoredVersions() throws {
        let folder = try CatalogFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let catalogue = folder.appendingPathComponent("catalogue.sqlite").path
        let file = CatalogFixtures.packageRoot.appendingPathComponent("Tests/Fixtures/teeltspecialist.beroep")
        let older = folder.appendingPathComponent("2015.beroep")
        try Data(try CatalogFixtures.teeltspecialist(replacing: "versie: 2020", with: "versie: 2015")
            .replacingOccurrences(of: "Afwijkingen in het gewas vroeg zien", with: "Ziekten in het gewas herkennen").utf8).write(to: older)
        #expect(try CatalogFixtures.run(["catalog", "import", file.path, older.path], catalogue: catalogue).status == 0)

        let export = try CatalogFixtures.run(["catalog", "export", "teeltspecialist", "--version", "2020"], catalogue: catalogue)
        #expect(export.status == 0)
        #expect(export.output == (try Data(contentsOf: file)))
        let diff = try CatalogFixtures.run(["catalog", "diff", "--brief", "teeltspecialist", "2015", "2020"], catalogue: catalogue)
        #expect(diff.status == 1, "the versions differ")
        #expect(String(decoding: diff.output, as: UTF8.self).contains("Afwijkingen in het gewas vroeg zien"))
        let history = try CatalogFixtures.run(["catalog", "history", "teeltspecialist"], catalogue: catalogue)
        #expect(history.status == 0)
        #expect(String(decoding: history.output, as: UTF8.self).contains("2015 → 2020"))
        #expect(try CatalogFixtures.run(["catalog", "show", "beroep-dat-er-niet-is"], catalogue: catalogue).status == 2)
    }
}
