import Foundation
import Testing

@Suite struct ConversionCommandTests {
    @Test func fmtRewritesCanonicallyAndCheckModeReports() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("x.beroep")
        try "beroepsbeeld: X\nhart:\n  - b   [groeit]\nhoofd:\n  - a\n".write(to: file, atomically: true, encoding: .utf8)
        let check = try CLI.run(["fmt", "--check", folder.path])
        #expect(check.status == 1)
        #expect(check.stdout == file.path + "\n")
        #expect(try CLI.run(["fmt", file.path]).status == 0)
        #expect(try String(contentsOf: file, encoding: .utf8) == "beroepsbeeld: X\n\nhoofd:\n  - a\n\nhart:\n  - b [groeit]\n")
        #expect(try CLI.run(["fmt", "--check", file.path]).status == 0)
    }

    @Test func fmtLeavesFilesWithSyntaxErrorsUntouched() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("x.beroep")
        let text = "beroepsbeeld: X\nhandn:\n  - iets dat anders verloren zou gaan\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["fmt", file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("left \(file.path) unchanged"))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func exportThenImportGivesTheCanonicalText() throws {
        let folder = try CLI.temporaryFolder()
        let json = folder.appendingPathComponent("t.json").path
        #expect(try CLI.run(["export", "--format", "json", "Tests/Fixtures/teeltspecialist.beroep", "-o", json]).status == 0)
        let imported = try CLI.run(["import", json])
        let formatted = folder.appendingPathComponent("t.beroep")
        try imported.stdout.write(to: formatted, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["fmt", "--check", formatted.path]).status == 0)
        #expect(try CLI.run(["export", formatted.path]).stdout == (try String(contentsOfFile: json, encoding: .utf8)))
    }

    @Test func newRefusesToOverwrite() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("x.beroep").path
        #expect(try CLI.run(["new", "Wooncoach", "--lang", "en", "-o", file]).status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8).contains("profile: Wooncoach\n"))
        #expect(try CLI.run(["new", "Wooncoach", "-o", file]).status == 2)
    }

    @Test func explainPrintsACodeAndDocsRulesIsUpToDate() throws {
        let one = try CLI.run(["explain", "V013"])
        #expect(one.status == 0 && one.stdout.hasPrefix("V013 low-evidence\n"))
        #expect(try CLI.run(["explain", "handn"]).status == 2)
        let all = try CLI.run(["explain", "--all"])
        let committed = try String(contentsOf: CLI.packageRoot.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        #expect(all.stdout == committed, "regenerate with `beroepsbeeld explain --all > docs/rules.md`")
    }
}
