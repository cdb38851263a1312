import Foundation
import Testing
import TestSupport

/// A JSON profile the language would reject is rejected as the language form is: `check` reports it at
/// `file.json:line:col` with a snippet, and `import` and `catalog import` write nothing.
@Suite struct JSONProfileCommandTests {
    /// The title line of the fixture's export, after which the tests add lines.
    static let title = "\"title\" : \"Teeltspecialist\","

    /// The teeltspecialist fixture exported to JSON in `folder`, with `change` applied to its text.
    static func exported(to folder: URL, name: String = "p.json", _ change: (String) -> String) throws -> URL {
        let file = folder.appendingPathComponent(name)
        let export = try CLI.run(["export", "--format", "json", "Tests/Fixtures/teeltspecialist.beroep"])
        #expect(export.status == 0)
        try change(export.stdout).write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    static func lineNumber(of needle: String, in file: URL) throws -> Int {
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(needle) }) + 1
    }

    @Test func checkReportsTheLanguagesCodesAtTheirLinesWithASnippet() throws {
        let folder = try CLI.temporaryFolder()
        let file = try Self.exported(to: folder) {
            $0.replacingOccurrences(of: Self.title, with: Self.title + "\n  \"slug\" : \"../../../tmp/x\",\n  \"version\" : \"2020-99-99\",\n  \"verison\" : \"2021\",")
                .replacingOccurrences(of: "\"kind\" : \"head\"", with: "\"kind\" : \"haed\"")
        }
        let result = try CLI.run(["check", file.path])
        #expect(result.status == 1)
        let slugLine = try Self.lineNumber(of: "../../../tmp/x", in: file)
        #expect(result.stdout.contains("error[S018]: slug `../../../tmp/x` is not lowercase letters, digits and hyphens\n"
                                       + "   --> \(file.path):\(slugLine):12\n"))
        #expect(result.stdout.contains("\(slugLine) |   \"slug\" : \"../../../tmp/x\",\n"), "the JSON line is quoted")
        #expect(result.stdout.contains("error[S013]: `2020-99-99` is not a year or a date"))
        #expect(result.stdout.contains("error[S022]: unknown key \"verison\" in the profile\n   --> \(file.path):\(try Self.lineNumber(of: "verison", in: file)):3"))
        #expect(result.stdout.contains("= help: did you mean \"version\"?"))
        #expect(result.stdout.contains("error[S004]: unknown part kind `haed`"))
        #expect(result.stdout.contains("= help: did you mean `head`?"))
        #expect(!result.stdout.contains("PartKind") && !result.stdout.contains("Cannot initialize"))
    }

    @Test func aSyntaxErrorIsLocatedAndImportWritesNothing() throws {
        let folder = try CLI.temporaryFolder()
        let file = try Self.exported(to: folder) {
            $0.replacingOccurrences(of: Self.title, with: Self.title + ",")
        }
        let line = try Self.lineNumber(of: "Teeltspecialist\",,", in: file)
        let check = try CLI.run(["check", file.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("error[S019]: expected a key in double quotes, found `,`\n   --> \(file.path):\(line):31\n"))
        let output = folder.appendingPathComponent("p.beroep")
        let imported = try CLI.run(["import", file.path, "-o", output.path])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("\(file.path):\(line):31"))
        #expect(!FileManager.default.fileExists(atPath: output.path), "no .beroep from a JSON profile with errors")
    }

    @Test func importWritesNothingForValuesTheLanguageRejects() throws {
        let folder = try CLI.temporaryFolder()
        let file = try Self.exported(to: folder) {
            $0.replacingOccurrences(of: Self.title, with: Self.title + "\n  \"slug\" : \"../../../tmp/x\",")
        }
        let output = folder.appendingPathComponent("p.beroep")
        let imported = try CLI.run(["import", file.path, "-o", output.path])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("error[S018]"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
        let toStdout = try CLI.run(["import", file.path])
        #expect(toStdout.status == 1 && toStdout.stdout.isEmpty)
    }

    @Test func importWritesNothingThatWouldReadOtherwiseInTheLanguage() throws {
        let folder = try CLI.temporaryFolder()
        let file = try Self.exported(to: folder) {
            $0.replacingOccurrences(of: "\"Plantfysiologie, teeltklimaat en gewasbescherming\"",
                                    with: "\"Plantfysiologie, teeltklimaat en gewasbescherming [groeit]\"")
        }
        let output = folder.appendingPathComponent("p.beroep")
        let imported = try CLI.run(["import", file.path, "-o", output.path])
        #expect(imported.status == 1)
        #expect(imported.stderr.contains("error[S023]: the item `Plantfysiologie, teeltklimaat en gewasbescherming [groeit]`"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }

    @Test func theCatalogueRefusesAJSONProfileWithAWrongTypeOrAnUnknownKey() throws {
        let folder = try CLI.temporaryFolder()
        let file = try Self.exported(to: folder) {
            $0.replacingOccurrences(of: Self.title, with: Self.title + "\n  \"version\" : 2020,\n  \"notes\" : \"lost on import\",")
        }
        let catalogue = folder.appendingPathComponent("c.sqlite").path
        let result = try CLI.run(["catalog", "import", "--db", catalogue, file.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[S019]: \"version\" holds a number where a string belongs"))
        #expect(result.stderr.contains("error[S022]: unknown key \"notes\" in the profile"))
        #expect(result.stdout.contains("0 added"))
    }

    @Test func theExportOfEveryProfileChecksClean() throws {
        let folder = try CLI.temporaryFolder()
        let file = try Self.exported(to: folder) { $0 }
        let result = try CLI.run(["check", file.path])
        #expect(result.status == 0, "\(result.stdout)")
    }
}
