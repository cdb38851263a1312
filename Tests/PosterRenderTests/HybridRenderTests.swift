import Foundation
import Testing
import TestSupport

/// Issue 10, item 4, checked on real files: the hybrid poster rendered by the CLI from a folder (its
/// components resolve to their titles), read back with poppler and librsvg, and the book's hybrid section.
@Suite struct HybridRenderTests {
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try TestSupport.run(TestSupport.binary, arguments, environment: ["NO_COLOR": "1"])
        return (result.status, result.output, result.errors)
    }

    func folded(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }

    /// The hybrid rendered from its folder with `extra` arguments: the output folder.
    func render(_ extra: [String]) throws -> URL {
        let output = try ExternalTools.temporaryFolder()
        let result = try run(["render", Fixtures.hybridFolder, "-o", output.path] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        return output
    }

    @Test(arguments: [("nl", "default", "a4"), ("en", "colorblind", "a4"), ("nl", "grayscale", "a3")])
    func pdftotextReadsBothContextsTheTimeSplitAndTheLegend(_ language: String, _ theme: String, _ paper: String) throws {
        let output = try render(["--paper", paper, "--lang", language, "--theme", theme, "--format", "pdf"])
        let pdf = output.appendingPathComponent("docent-economie-accountant-2021.pdf").path
        let text = try ExternalTools.run("pdftotext", [pdf, "-"])
        #expect(text.status == 0)
        let words = folded(text.output)
        let expected = language == "nl"
            ? ["HYBRIDE PROFESSIONAL", "School: Mbo-docent economie", "Bedrijf: Accountant", "Richting: bedrijf → school",
               "school · 1 dag", "bedrijf · 4 dagen", "Buik — school", "Buik — bedrijf", "Voeten — school", "Voeten — bedrijf",
               "Verbinding", "beoogd — gezien, nog niet benut", "Nieuwe collega's werven onder de studenten", "SCHOOL", "BEDRIJF"]
            : ["HYBRID PROFESSIONAL", "School: Mbo-docent economie", "Company: Accountant", "Direction: company → school",
               "school · 1 day", "company · 4 days", "Gut — school", "Gut — company", "Feet — company", "Linking",
               "potential — seen, not yet used", "COMPANY"]
        for phrase in expected { #expect(words.contains(phrase), "`\(phrase)` not in the PDF text") }
        let info = try ExternalTools.run("pdfinfo", [pdf])
        #expect(info.output.contains(paper == "a4" ? "595.276 x 841.89 pts" : "841.89 x 1190.55 pts"))
    }

    @Test func theSVGConvertsWithLibrsvg() throws {
        let output = try render(["--paper", "a4", "--format", "svg"])
        let png = output.appendingPathComponent("h.png").path
        let result = try ExternalTools.run("rsvg-convert", ["-o", png, output.appendingPathComponent("docent-economie-accountant-2021.svg").path])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: png))
    }

    @Test func checkAndRenderAgreeOnAnOverfullHybrid() throws {
        let folder = try ExternalTools.temporaryFolder()
        var source = try String(contentsOfFile: Fixtures.hybridPath, encoding: .utf8)
        let extra = (1...30).map { "    - Arbeidsvoorwaarde \($0): \(String(repeating: "afspraak \($0) ", count: 8))[schets]\n" }.joined()
        source = source.replacingOccurrences(of: "  bedrijf:\n    - Vast contract", with: "  bedrijf:\n" + extra + "    - Vast contract")
        let file = folder.appendingPathComponent("vol.beroep").path
        try source.write(toFile: file, atomically: true, encoding: .utf8)
        let check = try run(["check", file, "--paper", "a4"])
        let render = try run(["render", file, "-o", folder.appendingPathComponent("out").path, "--paper", "a4"])
        #expect(check.status == 1 && render.status == 1)
        for output in [check.stdout + check.stderr, render.stderr] { #expect(output.contains("L001") && output.contains("buik — bedrijf"), "\(output)") }
        #expect(try run(["check", file, "--paper", "a2"]).status == 0)
    }

    @Test func theBookBindsHybridsInASectionAfterTheSingleOccupations() throws {
        let book = try ExternalTools.temporaryFolder().appendingPathComponent("boek.pdf").path
        // The hybrid is given first; the book still puts it after the single occupations.
        let result = try run(["book", Fixtures.hybridPath, Fixtures.hybridFolder + "/accountant.beroep",
                              Fixtures.hybridFolder + "/mbo-docent-economie.beroep", "-o", book, "--paper", "a4"])
        #expect(result.status == 0, "\(result.stderr)")
        let index = folded(try ExternalTools.run("pdftotext", ["-f", "2", "-l", "2", book, "-"]).output)
        let single = try #require(index.range(of: "Mbo-docent economie"))
        let section = try #require(index.range(of: "Hybride beroepen"))
        let hybrid = try #require(index.range(of: "Docent economie en accountant"))
        #expect(single.upperBound <= section.lowerBound && section.upperBound <= hybrid.lowerBound)
        // The hybrid's row names its components by their titles, with their shares.
        #expect(index.contains("Docent economie en accountant school: Mbo-docent economie (1 dag) · bedrijf: Accountant (4 dagen) · Onderwijs"),
                "\(index)")
        let last = folded(try ExternalTools.run("pdftotext", ["-f", "5", "-l", "5", book, "-"]).output)
        #expect(last.contains("School: Mbo-docent economie") && last.contains("Bedrijf: Accountant"))
        // The PDF outline has the section too, opening the first hybrid's page (poppler's pdftohtml lists the outline).
        let outline = try ExternalTools.run("pdftohtml", ["-xml", "-stdout", "-i", "-q", book]).output
        #expect(outline.contains("<item page=\"5\">Hybride beroepen</item>\n<item page=\"5\">Docent economie en accountant (2021)</item>"))
    }
}
