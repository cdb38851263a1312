import Foundation
import Testing
import TestSupport

/// The `render` and `book` commands, run as a user runs them.
@Suite struct RenderCommandTests {
    /// Runs the binary with NO_COLOR, SOURCE_DATE_EPOCH only when `epoch` is given.
    func run(_ arguments: [String], epoch: Int? = nil) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try TestSupport.run(TestSupport.binary, arguments, environment: ["NO_COLOR": "1", "SOURCE_DATE_EPOCH": epoch.map(String.init)])
        return (result.status, result.output, result.errors)
    }

    /// A folder with the teeltspecialist, one with a hostile title, and one with an over-full head.
    func corpus() throws -> URL {
        let folder = try ExternalTools.temporaryFolder().appendingPathComponent("in")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let fixture = try String(contentsOfFile: Fixtures.teeltspecialistPath, encoding: .utf8)
        try fixture.write(to: folder.appendingPathComponent("a.beroep"), atomically: true, encoding: .utf8)
        try fixture.replacingOccurrences(of: "beroepsbeeld: Teeltspecialist", with: "beroepsbeeld: ../../Evil/Ñame:*")
            .write(to: folder.appendingPathComponent("b.beroep"), atomically: true, encoding: .utf8)
        let extra = (1...40).map { "  - Extra kennis \($0) over klimaat, energie, water, voeding en de markt van vandaag\n" }.joined()
        try fixture.replacingOccurrences(of: "beroepsbeeld: Teeltspecialist", with: "beroepsbeeld: Overvol")
            .replacingOccurrences(of: "hoofd:\n", with: "hoofd:\n" + extra)
            .write(to: folder.appendingPathComponent("c.beroep"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test func aFolderRendersEveryProfileInsideTheOutputFolderAndAnOverfullOneLeavesNoFile() throws {
        let input = try corpus()
        let output = input.deletingLastPathComponent().appendingPathComponent("out")
        let result = try run(["render", input.path, "-o", output.path, "--format", "pdf,svg,png", "--paper", "a4", "--dpi", "30"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error[L001]: part `hoofd — praktijkkennis` does not fit on a4 portrait"))
        #expect(result.stderr.contains("help: it fits on a"))
        #expect(result.stdout.contains("rendered 2 of 3 profiles"))
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        #expect(files == ["evil-name-2020.pdf", "evil-name-2020.png", "evil-name-2020.svg",
                          "teeltspecialist-2020.pdf", "teeltspecialist-2020.png", "teeltspecialist-2020.svg"])
        let outside = try FileManager.default.contentsOfDirectory(atPath: input.deletingLastPathComponent().path).sorted()
        #expect(outside == ["in", "out"])
    }

    @Test func twoRunsWriteTheSameBytes() throws {
        let input = try corpus().appendingPathComponent("a.beroep")
        var outputs: [[Data]] = []
        for run in 0..<2 {
            let output = input.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("out\(run)")
            #expect(try self.run(["render", input.path, "-o", output.path, "--format", "pdf,svg,png", "--dpi", "30"]).status == 0)
            outputs.append(try ["pdf", "svg", "png"].map { try Data(contentsOf: output.appendingPathComponent("teeltspecialist-2020.\($0)")) })
        }
        let same = outputs[0] == outputs[1]
        #expect(same)
    }

    /// Two files that would write the same name: the one given first writes it, on every run, and the
    /// other is an error that names it and writes nothing.
    @Test func theFirstOfTwoProfilesWithOneNameWritesItOnEveryRun() throws {
        let input = try corpus()
        try FileManager.default.removeItem(at: input.appendingPathComponent("b.beroep"))
        try FileManager.default.removeItem(at: input.appendingPathComponent("c.beroep"))
        let fixture = try String(contentsOf: input.appendingPathComponent("a.beroep"), encoding: .utf8)
        try fixture.replacingOccurrences(of: "hoofd:\n", with: "hoofd:\n  - Tweede bestand met dezelfde naam\n")
            .write(to: input.appendingPathComponent("z.beroep"), atomically: true, encoding: .utf8)
        for run in 0..<3 {
            let output = input.deletingLastPathComponent().appendingPathComponent("out\(run)")
            let result = try self.run(["render", input.path, "-o", output.path, "--format", "pdf"])
            #expect(result.status == 1)
            #expect(result.stderr.contains("error: another profile also renders to teeltspecialist-2020; give one a different slug or version\n  --> \(input.path)/z.beroep"))
            #expect(result.stdout.contains("rendered 1 of 2 profiles"))
            #expect(try FileManager.default.contentsOfDirectory(atPath: output.path) == ["teeltspecialist-2020.pdf"])
            let text = try TestSupport.tool("pdftotext", [output.appendingPathComponent("teeltspecialist-2020.pdf").path, "-"]).output
            #expect(text.contains("Teeltspecialist") && !text.contains("Tweede bestand"))
        }
    }

    @Test func theBookHasACoverAnIndexAndAPagePerProfileOrNothing() throws {
        let input = try corpus()
        let book = input.deletingLastPathComponent().appendingPathComponent("book.pdf")
        let refused = try run(["book", input.path, "-o", book.path, "--paper", "a4"])
        #expect(refused.status == 1 && refused.stderr.contains("L001"))
        #expect(!FileManager.default.fileExists(atPath: book.path))
        try FileManager.default.removeItem(at: input.appendingPathComponent("c.beroep"))
        let bound = try run(["book", input.path, "-o", book.path, "--paper", "a4"])
        #expect(bound.status == 0)
        let info = try ExternalTools.run("pdfinfo", [book.path]).output
        #expect(info.contains("Pages:           4"))
        let text = try ExternalTools.run("pdftotext", ["-f", "2", "-l", "2", book.path, "-"]).output
        #expect(text.contains("Inhoud") && text.contains("Teeltspecialist") && text.contains("Evil"))
    }

    @Test func thePDFDateIsSourceDateEpochOrAbsent() throws {
        let input = try corpus().appendingPathComponent("a.beroep")
        let folder = input.deletingLastPathComponent().deletingLastPathComponent()
        #expect(try run(["render", input.path, "-o", folder.appendingPathComponent("dated").path], epoch: 1_600_000_000).status == 0)
        #expect(try run(["render", input.path, "-o", folder.appendingPathComponent("undated").path]).status == 0)
        let dated = try ExternalTools.run("pdfinfo", ["-isodates", folder.appendingPathComponent("dated/teeltspecialist-2020.pdf").path]).output
        let undated = try ExternalTools.run("pdfinfo", [folder.appendingPathComponent("undated/teeltspecialist-2020.pdf").path]).output
        #expect(dated.contains("CreationDate:    2020-09-13T12:26:40"))
        #expect(!undated.contains("CreationDate") && !undated.contains("ModDate"))
    }
}
