import Foundation
import Testing

@Suite struct CheckCommandTests {
    @Test func everyProfileInTheCatalogueChecksWithoutErrors() throws {
        let result = try CLI.run(["check", "Profiles"])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains(" 0 errors"))
    }

    @Test func errorsGiveExitOneWithLocationsAndHints() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("bad.beroep")
        try "beroepsbeeld: X\nhandn:\n  - iets\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", file.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[S004]: unknown keyword `handn`"))
        #expect(result.stdout.contains("--> \(file.path):2:1"))
        #expect(result.stdout.contains("= help: did you mean `handen`?"))
        #expect(!result.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set or output is not a terminal")
    }

    /// A folder check's finding in a file the file's own check found nothing in (whose lines `check`
    /// no longer holds by then) still quotes the line.
    @Test func aFolderFindingInAnOtherwiseCleanFileQuotesItsLine() throws {
        let folder = try CLI.temporaryFolder()
        for name in ["a", "b"] { try FileManager.default.copyItem(atPath: "Profiles/teeltspecialist/2020.beroep", toPath: folder.path + "/\(name).beroep") }
        let result = try CLI.run(["check", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[V023]: version 2020 of `teeltspecialist` is claimed by two files\n  --> \(folder.path)/b.beroep:14:9\n   |\n14 | versie: 2020\n   |         ^^^^ also in \(folder.path)/a.beroep"), "\(result.stdout)")
    }

    @Test func jsonFormatIsMachineReadable() throws {
        let result = try CLI.run(["check", "--format", "json", "Tests/Fixtures/teeltspecialist.beroep"])
        #expect(result.status == 0)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary["files"] == 1 && summary["errors"] == 0)
    }

    @Test func strictTurnsWarningsIntoFailure() throws {
        let template = try CLI.run(["new", "Wooncoach"])
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("new.beroep")
        try template.stdout.write(to: file, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check", file.path]).status == 0, "the template passes with warnings only")
        #expect(try CLI.run(["check", "--strict", file.path]).status == 1)
    }

    @Test func usageAndIOErrorsGiveExitTwo() throws {
        #expect(try CLI.run(["check", "no/such/file.beroep"]).status == 2)
        #expect(try CLI.run(["check", "--format", "xml", "Profiles"]).status == 2)
    }

    @Test func aFolderIsCheckedForVersionChains() throws {
        let folder = try CLI.temporaryFolder()
        let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/teeltspecialist.beroep"), encoding: .utf8)
        try text.replacingOccurrences(of: "versie: 2020", with: "versie: 2020\nvervangt: 2015")
            .write(to: folder.appendingPathComponent("2020.beroep"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", folder.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("error[V020]"))
    }
}

@Suite struct CheckPaperTests {
    @Test func anOverfullPartIsReportedForTheSmallPaperOnly() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("vol.beroep")
        let fixture = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/Fixtures/teeltspecialist.beroep"), encoding: .utf8)
        let many = (1...24).map { "  - Onderwerp \($0) dat de teeltspecialist moet kennen en kunnen uitleggen aan collega's\n" }.joined()
        try fixture.replacingOccurrences(of: "hoofd:\n", with: "hoofd:\n" + many).write(to: file, atomically: true, encoding: .utf8)
        let small = try CLI.run(["check", "--paper", "a4", file.path])
        #expect(small.status == 1)
        #expect(small.stdout.contains("error[L001]"))
        #expect(small.stdout.contains("--paper a"), "the hint names a paper it fits on")
        #expect(try CLI.run(["check", "--paper", "a1", file.path]).status == 0)
    }
}
