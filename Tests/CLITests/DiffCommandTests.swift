import Foundation
import Testing
import TestSupport

@Suite struct DiffCommandTests {
    static let old = "Profiles/wooncoach/2011.beroep", new = "Profiles/wooncoach/2021.beroep"

    @Test func exitStatusSaysEqualDifferentOrError() throws {
        #expect(try CLI.run(["diff", Self.new, Self.new]).status == 0)
        let different = try CLI.run(["diff", Self.old, Self.new])
        #expect(different.status == 1)
        #expect(different.stdout.contains("Zorgbegeleider 2011 → Wooncoach 2021"))
        #expect(!different.stdout.contains("\u{1B}["), "no colour when NO_COLOR is set and output is a pipe")
        #expect(try CLI.run(["diff", Self.old, "Profiles/missing.beroep"]).status == 2)
        #expect(try CLI.run(["diff", Self.old]).status == 2)

        let folder = try CLI.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.beroep")
        try "beroepsbeeld: X\nhandn:\n  - iets\n".write(to: bad, atomically: true, encoding: .utf8)
        let invalid = try CLI.run(["diff", bad.path, Self.new])
        #expect(invalid.status == 2)
        #expect(invalid.stderr.contains("error[S004]: unknown keyword `handn`"))
    }

    @Test func jsonFormEqualsTheLanguageForm() throws {
        let folder = try CLI.temporaryFolder()
        let json = folder.appendingPathComponent("wooncoach.json").path
        #expect(try CLI.run(["export", Self.new, "-o", json]).status == 0)
        #expect(try CLI.run(["diff", Self.new, json]).status == 0)
        let result = try CLI.run(["diff", "--format", "json", Self.old, json])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(document["format"] as? String == "beroepsbeeld-diff/1")
        #expect(document["equal"] as? Bool == false)
        // The first part with items on either side, in figure order: the 2011 version has no head.
        #expect((document["parts"] as? [[String: Any]])?.first?["part"] as? String == "hands")
    }

    @Test func briefAndMarkdownForms() throws {
        let brief = try CLI.run(["diff", "--brief", Self.old, Self.new])
        #expect(brief.stdout.split(separator: "\n").contains("handen: trend+core \"Zelf zorg verlenen aan de cliënten\" (trend none → krimpt; no longer core)"))
        #expect(brief.stdout.split(separator: "\n").contains("handen: added \"Coachen: zorgen dat kwetsbare mensen zo zelfredzaam mogelijk zijn\""))
        let markdown = try CLI.run(["diff", "--format", "markdown", Self.old, Self.new])
        #expect(markdown.stdout.hasPrefix("# Zorgbegeleider 2011 → Wooncoach 2021\n"))
        #expect(markdown.stdout.contains("| Part | Shift |"))
    }

    /// git passes path, old-file, old-hex, old-mode, new-file, new-hex, new-mode, and /dev/null for a
    /// side that does not exist; a difference must exit 0 or git stops.
    @Test func worksAsGitExternalDiffDriver() throws {
        let changed = try CLI.run(["diff", "Profiles/wooncoach/x.beroep", Self.old, "abc", "100644", Self.new, "def", "100644"])
        #expect(changed.status == 0)
        #expect(changed.stdout.contains("--- a/Profiles/wooncoach/x.beroep\n+++ b/Profiles/wooncoach/x.beroep"))
        let added = try CLI.run(["diff", "x.beroep", "/dev/null", ".", ".", Self.new, "def", "100644"])
        #expect(added.status == 0)
        #expect(added.stdout.hasPrefix("nothing → Wooncoach 2021\n"))
    }

    @Test func historyListsVersionsInOrder() throws {
        let result = try CLI.run(["history", "Profiles/wooncoach"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Wooncoach: 2 versions (2011, 2021)\n"))
        #expect(result.stdout.contains("2011 → 2021: shift "))
        let json = try CLI.run(["history", "--format", "json", "Profiles/mbo-docent"])
        #expect(json.stdout.contains("\"format\" : \"beroepsbeeld-history/1\""))
    }
}

/// The visual diff, checked as the renderer's output is: text extracted from the PDF, SVG rasterised.
@Suite struct DiffFigureTests {
    /// A pair with a removed item, a reworded one and markers changed.
    static let old = "Profiles/mbo-docent/2010.beroep", new = "Profiles/mbo-docent/2021.beroep"

    /// Runs a command-line tool and returns its standard output.
    private func tool(_ name: String, _ arguments: [String]) throws -> String {
        let result = try TestSupport.tool(name, arguments)
        #expect(result.status == 0, "\(name) failed")
        return result.output
    }

    @Test func changesFigureMarksItemsAndShowsShifts() throws {
        let folder = try CLI.temporaryFolder()
        let pdf = folder.appendingPathComponent("diff.pdf").path
        let result = try CLI.run(["diff", "--format", "pdf", "--paper", "a3", "-o", pdf, Self.old, Self.new])
        #expect(result.status == 1, "\(result.stderr)")
        let text = try tool("pdftotext", ["-layout", pdf, "-"])
        #expect(text.contains("2010 → 2021 · verschuiving 0.75"))
        for label in ["toegevoegd", "verdwenen", "anders verwoord", "verplaatst", "markering gewijzigd", "1.00"] {
            #expect(text.contains(label), "missing \(label)")
        }
        #expect(text.contains("Af en toe op stagebezoek"), "a removed item is put back on the figure, struck through")
        #expect(text.contains("Cijfers uploaden en laten"))
    }

    @Test func svgIsDeterministicAndRasterises() throws {
        let folder = try CLI.temporaryFolder()
        let a = folder.appendingPathComponent("a.svg").path, b = folder.appendingPathComponent("b.svg").path
        _ = try CLI.run(["diff", "--format", "svg", "--paper", "a4", "-o", a, Self.old, Self.new])
        _ = try CLI.run(["diff", "--format", "svg", "--paper", "a4", "-o", b, Self.old, Self.new])
        #expect(try Data(contentsOf: URL(fileURLWithPath: a)) == Data(contentsOf: URL(fileURLWithPath: b)))
        let png = folder.appendingPathComponent("a.png").path
        _ = try tool("rsvg-convert", ["-o", png, a])
        #expect(try Data(contentsOf: URL(fileURLWithPath: png)).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    @Test func sideBySideUsesTheNextPaperSize() throws {
        let folder = try CLI.temporaryFolder()
        let pdf = folder.appendingPathComponent("then-now.pdf").path
        let result = try CLI.run(["diff", "--format", "pdf", "--side-by-side", "--paper", "a4", "-o", pdf, Self.old, Self.new])
        #expect(result.status == 1, "\(result.stderr)")
        let info = try tool("pdfinfo", [pdf])
        #expect(info.contains("1190.55 x 841.89 pts (A3)"), "\(info)")
        let text = try tool("pdftotext", [pdf, "-"])
        #expect(text.contains("2010") && text.contains("2021") && text.contains("Mbo-docent"))
        #expect(try CLI.run(["diff", "--format", "pdf", "--side-by-side", "--paper", "a1", Self.old, Self.new]).status == 2)
    }

    @Test func historyTimelineFigure() throws {
        let folder = try CLI.temporaryFolder()
        let pdf = folder.appendingPathComponent("history.pdf").path
        let result = try CLI.run(["history", "--format", "pdf", "--landscape", "-o", pdf, "Profiles/wooncoach", "Profiles/mbo-docent"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try tool("pdfinfo", [pdf]).contains(try Regex("Pages: +2")))
        let text = try tool("pdftotext", [pdf, "-"])
        #expect(text.contains("Verschuiving per deel") && text.contains("2011 → 2021") && text.contains("2010 → 2021"))
        #expect(try CLI.run(["history", "--format", "svg", "Profiles/wooncoach", "Profiles/mbo-docent"]).status == 2)
    }
}
