import Foundation
import Testing
import TestSupport

/// Every `--format json` (and `--report json`) output is a contract: an object whose `format` names its
/// kind and version, camelCase keys throughout, and a JSON Schema in docs/schemas/ that the real output
/// of the real binary on real profiles passes, checked by the `jsonschema` package (scripts/setup.sh
/// installs it into .venv).
@Suite struct JSONContractTests {
    /// One JSON output of one command; never changed once made, so it may be shared between tests.
    struct Output: CustomStringConvertible, @unchecked Sendable {
        /// The schema's name: `check` for `beroepsbeeld-check/1` and docs/schemas/check.schema.json.
        let kind: String
        let arguments: [String]
        let status: Int32
        /// The exit status the command documents for this case.
        let expectedStatus: Int32
        let file: URL
        /// The parsed output; nil when it is no JSON at all.
        let value: Any?

        var description: String { "beroepsbeeld " + arguments.joined(separator: " ") }
    }

    static let schemas = TestSupport.packageRoot.appendingPathComponent("docs/schemas")

    /// Every output, made once: the commands run on Profiles/, on a catalogue imported from it, and on a
    /// folder with a profile that has errors and one that has warnings.
    static let outputs = Result { try makeOutputs() }

    private static func makeOutputs() throws -> [Output] {
        let folder = try TestSupport.temporaryFolder()
        let database = folder.appendingPathComponent("catalogue.sqlite").path
        let imported = try CLI.run(["catalog", "import", "--db", database, "Profiles"])
        guard imported.status == 0 else { throw Failure("catalog import failed: \(imported.stderr)") }
        // A catalogue of one profile that cites its sources, marks sketches and a paraphrase: hits for --sourced-only
        // and a sourced share that does not depend on how far Profiles/ cites.
        let cited = folder.appendingPathComponent("cited.sqlite").path
        guard try CLI.run(["catalog", "import", "--db", cited, "Tests/Fixtures/teeltspecialist-cited.beroep"]).status == 0 else {
            throw Failure("catalog import of the cited fixture failed")
        }
        let broken = folder.appendingPathComponent("mixed")
        try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
        try "beroepsbeeld: X\nhandn:\n  - iets\n".write(to: broken.appendingPathComponent("broken.beroep"), atomically: true, encoding: .utf8)
        let template = try CLI.run(["new", "Wooncoach"]).stdout
        try template.write(to: broken.appendingPathComponent("warnings.beroep"), atomically: true, encoding: .utf8)
        let old = "Profiles/mbo-docent/2010.beroep", new = "Profiles/mbo-docent/2021.beroep"
        // The stored 2021 version with other bytes: a conflict for the import.
        let changed = folder.appendingPathComponent("changed.beroep")
        try (String(contentsOfFile: TestSupport.packageRoot.appendingPathComponent(new).path, encoding: .utf8) + "# changed\n")
            .write(to: changed, atomically: true, encoding: .utf8)
        let posters = folder.appendingPathComponent("posters").path
        let candidates = folder.appendingPathComponent("kandidaten.csv")
        try """
            id,profile,side,wishes,hours,region
            s1,mbo-docent,school,data;ict,4,Rotterdam
            s2,docent-hbo,school,onderzoek,6,Utrecht
            c1,accountant,bedrijf,begeleiden;online,8,Rotterdam
            c2,softwareontwikkelaar-energietransitie,bedrijf,leeromgeving,4,Utrecht
            c3,teeltspecialist,bedrijf,onderzoek,2,Delft

            """.write(to: candidates, atomically: true, encoding: .utf8)

        let runs: [(kind: String, arguments: [String], status: Int32)] = [
            ("check", ["check", "--format", "json", "Profiles"], 0),
            ("check", ["check", "--format", "json", broken.path], 1),
            ("evidence", ["evidence", "--format", "json", "Profiles"], 0),
            ("diff", ["diff", "--format", "json", old, new], 1),
            ("diff", ["diff", "--format", "json", new, new], 0),
            ("history", ["history", "--format", "json", "Profiles"], 0),
            ("twin", ["twin", candidates.path, "--format", "json"], 0),
            ("twin", ["twin", candidates.path, "--db", database, "--format", "json"], 0),
            ("twin", ["twin", "--complement", "accountant", "--format", "json"], 0),
            ("catalog-import", ["catalog", "import", "--db", database, "--format", "json", "Profiles/mbo-docent",
                                broken.appendingPathComponent("broken.beroep").path, changed.path], 1),
            ("catalog-list", ["catalog", "list", "--db", database, "--format", "json"], 0),
            ("catalog-show", ["catalog", "show", "--db", database, "mbo-docent", "--format", "json"], 0),
            ("catalog-search", ["catalog", "search", "--db", database, "data", "--format", "json"], 0),
            ("catalog-search", ["catalog", "search", "--db", database, "klant", "--part", "handen", "--trend", "new", "--format", "json"], 0),
            ("catalog-stats", ["catalog", "stats", "--db", database, "--format", "json"], 0),
            ("catalog-search", ["catalog", "search", "--db", cited, "hoogseizoen", "--sourced-only", "--format", "json"], 0),
            ("catalog-stats", ["catalog", "stats", "--db", cited, "--format", "json"], 0),
            // A hybrid (docent economie + accountant): its components, and a line of its school side that finds it.
            ("catalog-show", ["catalog", "show", "--db", database, "docent-economie-accountant", "--format", "json"], 0),
            ("catalog-search", ["catalog", "search", "--db", database, "economieles", "--format", "json"], 0),
            ("history", ["catalog", "history", "--db", database, "mbo-docent", "--format", "json"], 0),
            ("diff", ["catalog", "diff", "--db", database, "mbo-docent", "2010", "2021", "--format", "json"], 1),
            ("render", ["render", "Profiles/mbo-docent", broken.path, "-o", posters, "--format", "pdf,svg", "--report", "json"], 1),
            ("book", ["book", "Profiles/mbo-docent", "-o", posters + "/book.pdf", "--paper", "a4", "--report", "json"], 0),
            ("book", ["book", "Profiles/mbo-docent", broken.path, "-o", posters + "/none.pdf", "--report", "json"], 1),
        ]
        return try runs.enumerated().map { index, run in
            let result = try CLI.run(run.arguments)
            let file = folder.appendingPathComponent("\(index)-\(run.kind).json")
            try result.stdout.write(to: file, atomically: true, encoding: .utf8)
            return Output(kind: run.kind, arguments: run.arguments, status: result.status, expectedStatus: run.status, file: file,
                          value: try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
        }
    }

    @Test func everyCommandRunsAndWritesJSON() throws {
        for output in try Self.outputs.get() {
            #expect(output.status == output.expectedStatus && output.value != nil, "\(output) exited \(output.status)")
        }
    }

    @Test func everyOutputPassesItsSchemaInAValidatorNobodyHereWrote() throws {
        let python = TestSupport.packageRoot.appendingPathComponent(".venv/bin/python")
        try #require(FileManager.default.isExecutableFile(atPath: python.path), "no .venv: run scripts/setup.sh (make setup)")
        let outputs = try Self.outputs.get()
        for (kind, group) in Dictionary(grouping: outputs, by: \.kind).sorted(by: { $0.key < $1.key }) {
            let result = try TestSupport.run(python, ["scripts/validate-json.py", "docs/schemas/\(kind).schema.json"] + group.map(\.file.path),
                                             in: TestSupport.packageRoot)
            #expect(result.status == 0, "\(kind): \(result.errors)")
        }
    }

    @Test func everyOutputIsAnObjectWhoseFormatNamesAnExistingSchema() throws {
        for output in try Self.outputs.get() {
            let format = (output.value as? [String: Any])?["format"] as? String
            #expect(format == "beroepsbeeld-\(output.kind)/1", "\(output)")
            let schemaFile = Self.schemas.appendingPathComponent("\(output.kind).schema.json")
            let schema = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: schemaFile)) as? [String: Any])
            let declared = (schema["properties"] as? [String: Any])?["format"] as? [String: Any]
            #expect(declared?["const"] as? String == format, "\(schemaFile.lastPathComponent) describes another format")
            #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        }
    }

    @Test func everyKeyOfEveryOutputIsCamelCase() throws {
        for output in try Self.outputs.get() {
            let offending = Self.keys(of: output.value as Any).filter { $0.wholeMatch(of: /[a-z][a-zA-Z0-9]*/) == nil }
            #expect(offending.isEmpty, "\(output): \(offending.sorted())")
        }
    }

    @Test func searchGivesAnOrderAndARelevanceNotTheEnginesScore() throws {
        let search = try #require(try Self.outputs.get().first { $0.kind == "catalog-search" })
        let hits = try #require((search.value as? [String: Any])?["hits"] as? [[String: Any]])
        try #require(hits.count > 1)
        #expect(hits.map { $0["position"] as? Int } == (1...hits.count).map { $0 })
        let relevance = hits.compactMap { $0["relevance"] as? Int }
        #expect(relevance.first == 100 && relevance == relevance.sorted(by: >) && relevance.allSatisfy { (1...100).contains($0) })
        #expect(hits.allSatisfy { $0["rank"] == nil })
    }

    @Test func aHybridIsShownWithItsComponentsAndFoundThroughThem() throws {
        let outputs = try Self.outputs.get()
        let show = try #require(outputs.first { $0.arguments.contains("docent-economie-accountant") }?.value as? [String: Any])
        let components = try #require(show["components"] as? [[String: Any]])
        #expect(components.map { $0["slug"] as? String } == ["docent-economie", "accountant"])
        #expect(components.allSatisfy { $0["title"] is String })
        let search = try #require(outputs.first { $0.arguments.contains("economieles") }?.value as? [String: Any])
        let hits = try #require(search["hits"] as? [[String: Any]])
        #expect(hits.contains { $0["slug"] as? String == "docent-economie-accountant" && ($0["via"] as? [String: Any])?["slug"] as? String == "docent-economie" })
    }

    @Test func importSummaryNamesEveryOutcome() throws {
        let imported = try #require(try Self.outputs.get().first { $0.kind == "catalog-import" }?.value as? [String: Any])
        let files = try #require(imported["files"] as? [[String: Any]])
        #expect(Set(files.compactMap { $0["outcome"] as? String }) == ["unchanged", "refused", "conflict"])
        #expect(imported["counts"] as? [String: Int] == ["added": 0, "replaced": 0, "unchanged": 2, "refused": 2])
    }

    @Test func renderAndBookSummariesNameWhatWasWritten() throws {
        let outputs = try Self.outputs.get()
        let render = try #require(outputs.first { $0.kind == "render" }?.value as? [String: Any])
        let profiles = try #require(render["profiles"] as? [[String: Any]])
        let files = profiles.flatMap { $0["files"] as? [String] ?? [] }
        let rendered = profiles.filter { $0["ok"] as? Bool == true }
        #expect(rendered.count >= 2 && files.count == 2 * rendered.count, "a pdf and an svg for each rendered profile")
        #expect(files.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        #expect((render["counts"] as? [String: Int])?["succeeded"] == rendered.count && render["files"] as? Int == files.count)
        let failed = try #require(profiles.first { $0["ok"] as? Bool == false })
        #expect((failed["diagnostics"] as? [[String: Any]])?.contains { $0["code"] as? String == "S004" } == true)
        let books = outputs.filter { $0.kind == "book" }.compactMap { $0.value as? [String: Any] }
        let book = try #require(books.first)
        let file = try #require(book["file"] as? String)
        let pdfinfo = try TestSupport.tool("pdfinfo", [file])
        #expect(pdfinfo.output.contains(try Regex("Pages: +\(book["pages"] as? Int ?? -1)\n")))
        let paper = try #require(book["paper"] as? [String: Any])
        #expect(paper["size"] as? String == "a4" && paper["orientation"] as? String == "portrait")
        #expect(paper["widthMm"] as? Int == 210 && paper["heightMm"] as? Int == 297)
        #expect(books.last?["file"] == nil && books.last?["pages"] as? Int == 0, "a book that cannot be bound names no file")
    }

    /// Every object key in `value`, at any depth.
    static func keys(of value: Any) -> [String] {
        if let object = value as? [String: Any] { return object.keys + object.values.flatMap(keys(of:)) }
        if let array = value as? [Any] { return array.flatMap(keys(of:)) }
        return []
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
