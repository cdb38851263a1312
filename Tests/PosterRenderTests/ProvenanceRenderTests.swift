import Foundation
import PosterLayout
import PosterRender
import ProfileModel
import Testing
import TestSupport

/// Issue 9, item 4, checked on real files with poppler: source numbers, italic sketches, parts not
/// researched, paraphrases, and `--no-references` for a clean classroom print.
@Suite struct ProvenanceRenderTests {
    func run(_ arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let result = try TestSupport.run(TestSupport.binary, arguments, environment: ["NO_COLOR": "1"])
        return (result.status, result.output, result.errors)
    }

    /// The wooncoach fixture rendered by the CLI with `extra` arguments, as pdftotext reads it, whitespace folded.
    func renderedText(_ extra: [String]) throws -> String {
        let output = try ExternalTools.temporaryFolder()
        let result = try run(["render", Fixtures.wooncoachPath, "-o", output.path, "--paper", "a4"] + extra)
        #expect(result.status == 0, "\(result.stderr)")
        let text = try ExternalTools.run("pdftotext", [output.appendingPathComponent("wooncoach-2021.pdf").path, "-"])
        #expect(text.status == 0)
        return text.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test func theDefaultPrintsSourceNumbersAndNoReferencesRemovesThem() throws {
        let numbered = try renderedText([])
        #expect(numbered.contains("1 Biemans, P. & Sjoer, E. (2021)"))
        #expect(numbered.contains("2 Sjoer, E. & Van Harn, R. (2019)"))
        #expect(numbered.contains("1,2"), "the item citing both sources")

        let clean = try renderedText(["--no-references"])
        #expect(clean.contains("Bron: Biemans, P. & Sjoer, E. (2021)"))
        #expect(!clean.contains("1 Biemans") && !clean.contains("2 Sjoer") && !clean.contains("1,2"))
        // Every statement is still there, without its number.
        #expect(clean.contains("Inzicht in de sociale kaart van de wijk"))
    }

    @Test func aPartNotResearchedAndAParaphraseReadAsTheyShould() throws {
        let text = try renderedText([])
        #expect(text.components(separatedBy: "niet onderzocht").count - 1 == 2, "the heart's box and the passion banner")
        #expect(text.contains("De cliënt bepaalt het tempo, niet de instelling"))
        #expect(!text.contains("“De cliënt") && !text.contains("instelling”"))
        #expect(text.contains("(parafrase)"))
        #expect(text.contains("“Je bent te gast in iemands huis.”"))
        #expect(text.contains("Onderzoek: 4 beoefenaars, 2 leidinggevenden, 1 hrm'er"))
    }

    @Test func aSketchEmbedsAnItalicFaceWhereNothingElseIsItalic() throws {
        // Only sketch items can be italic here: no quote, no gut tagline, no part not researched.
        func fonts(sketch: Bool) throws -> String {
            let profile = Profile(title: "Schetsberoep", language: .nl, sources: [Source(key: "a", text: "Auteur (2021)")],
                                  parts: [Part(kind: .head, items: [Item(text: "Gevonden kennis", citations: [Citation(key: "a")]),
                                                                    Item(text: "Geschetste kennis", sketch: sketch)])])
            let renderer = PosterRenderer(measurer: PangoTextMeasurer())
            let poster = try PosterLayoutEngine(measurer: renderer.measurer).layout(profile, paper: Paper(.a4)).get()
            let url = try ExternalTools.temporaryFolder().appendingPathComponent("s.pdf")
            try Data(try renderer.render(poster, format: .pdf, title: profile.title)).write(to: url)
            let result = try ExternalTools.run("pdffonts", [url.path])
            #expect(result.status == 0)
            return result.output
        }
        #expect(try fonts(sketch: true).contains("Italic"))
        #expect(try !fonts(sketch: false).contains("Italic"))
    }
}
