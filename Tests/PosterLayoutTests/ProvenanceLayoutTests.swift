import PosterLayout
import ProfileModel
import ProfileSyntax
import Testing

/// Issue 9, item 4: where every statement on the poster comes from — source numbers keyed to the
/// footer, sketch items in italics, parts not researched, paraphrases without quotation marks.
@Suite struct ProvenanceLayoutTests {
    let engine = PosterLayoutEngine(measurer: PangoTextMeasurer())

    func items(_ poster: Poster) -> [PlacedItem] { poster.allBoxes.flatMap(\.items) }
    func footer(_ poster: Poster) -> String { poster.footer.map(\.text).joined(separator: " ") }

    @Test(arguments: [Paper(.a4), Paper(.a3), Paper(.a4, .landscape)])
    func everyCitedItemCarriesTheNumbersOfItsSourcesInFooterOrder(_ paper: Paper) throws {
        let profile = try Fixtures.wooncoach()
        let poster = try engine.layout(profile, paper: paper).get()
        // Numbered in order of first citation: the head cites kracht2021 first, then hhs2019.
        #expect(poster.references?.numbers == ["kracht2021": 1, "hhs2019": 2])
        let text = footer(poster)
        let first = try #require(text.range(of: "1 Biemans, P. & Sjoer, E. (2021)"))
        let second = try #require(text.range(of: "2 Sjoer, E. & Van Harn, R. (2019)"))
        #expect(first.lowerBound < second.lowerBound)
        // The uncited source is listed, unnumbered, after the numbered ones.
        let uncited = try #require(text.range(of: "; Potting, M. (2021)"))
        #expect(second.lowerBound < uncited.lowerBound)
        // A source cited with one locator throughout shows it; one cited at several places does not.
        #expect(text.contains("Wendbaar vakmanschap in de regio, De Haagse Hogeschool (p. 12)"))
        #expect(!text.contains("(p. 27)"))

        let placed = items(poster)
        #expect(placed.count == profile.parts.flatMap(\.allItems).count)
        for item in placed {
            let expected = item.item.citations.isEmpty ? nil
                : Set(item.item.citations.map { poster.references!.numbers[$0.key]! }).sorted().map(String.init).joined(separator: ",")
            #expect(item.reference?.text == expected, "\(item.item.text)")
            guard let mark = item.reference, let last = item.lines.last else { continue }
            let box = try #require(poster.allBoxes.first { $0.items.contains(item) })
            #expect(mark.origin.x >= last.frame.maxX && mark.frame.maxX <= box.frame.maxX, "mark after the text, inside the box")
            #expect(mark.origin.y == last.origin.y && mark.font.size < last.font.size && mark.color == poster.theme.mutedInk)
        }
        #expect(placed.first { $0.item.text.hasPrefix("Inzicht in de sociale kaart") }?.reference?.text == "1,2")
        let quotes = poster.allBoxes.flatMap(\.quotes)
        #expect(quotes.allSatisfy { $0.reference?.text == "1" })
    }

    @Test func aCitedPassionEndsInItsNumbersAndASketchedOneIsInItalics() throws {
        var profile = try Fixtures.wooncoach()
        let index = try #require(profile.parts.firstIndex { $0.kind == .passion })
        profile.parts[index] = Part(kind: .passion, items: [Item(text: "Mensen thuis laten wonen", citations: [Citation(key: "potting2021")])])
        let poster = try engine.layout(profile, paper: Paper(.a4)).get()
        let banner = try #require(poster.banner)
        // The passion is the only statement citing potting2021, which therefore gets a number, shown on the banner.
        #expect(poster.references?.numbers["potting2021"] == 3)
        let mark = try #require(banner.lines.last)
        #expect(mark.text == "3" && mark.font.size < banner.lines[1].font.size && banner.frame.contains(mark.frame))
        #expect(footer(poster).contains("; 3 Potting, M. (2021)"))
        // Every number the footer lists is shown somewhere on the poster, and no other.
        let marks = poster.allBoxes.flatMap { $0.items.compactMap(\.reference) + $0.quotes.compactMap(\.reference) } + [mark]
        let shown = Set(marks.flatMap { $0.text.split(separator: ",").map { Int($0)! } })
        #expect(shown == Set(poster.references!.numbers.values))

        profile.parts[index].items[0].sketch = true
        profile.parts[index].items[0].citations = []
        let sketched = try #require(try engine.layout(profile, paper: Paper(.a4)).get().banner)
        #expect(sketched.lines.dropFirst().allSatisfy { $0.font.italic && $0.font.bold })
    }

    @Test func noReferencesLeavesNoNumbersAndAPlainSourceList() throws {
        let poster = try engine.layout(try Fixtures.wooncoach(), paper: Paper(.a4), references: false).get()
        #expect(poster.references == nil)
        #expect(items(poster).allSatisfy { $0.reference == nil })
        #expect(poster.allBoxes.flatMap(\.quotes).allSatisfy { $0.reference == nil })
        let text = footer(poster)
        #expect(text.contains("Bron: Biemans, P. & Sjoer, E. (2021)"))
        #expect(text.contains("; Sjoer, E. & Van Harn, R. (2019), Wendbaar vakmanschap in de regio, De Haagse Hogeschool; Potting"))
    }

    @Test func aSketchItemIsSetInItalicsAndTheLegendSaysWhatItalicsMean() throws {
        let poster = try engine.layout(try Fixtures.wooncoach(), paper: Paper(.a3)).get()
        let sketch = try #require(items(poster).first { $0.item.text == "Digitale hulpmiddelen voor zelfregie" })
        #expect(sketch.item.sketch && sketch.lines.allSatisfy { $0.font.italic })
        #expect(items(poster).filter { !$0.item.sketch }.allSatisfy { $0.lines.allSatisfy { !$0.font.italic } })
        let legend = try #require(poster.legend.first { $0.label.text == "schets — niet uit onderzoek" })
        #expect(legend.label.font.italic && legend.marker == nil)

        let english = try engine.layout(try Fixtures.wooncoach(), paper: Paper(.a4), language: .en).get()
        #expect(english.legend.contains { $0.label.text == "sketch — not from research" })
        // A poster without a sketch has no such entry.
        let plain = try engine.layout(try Fixtures.teeltspecialist(), paper: Paper(.a3)).get()
        #expect(!plain.legend.contains { $0.label.font.italic })
    }

    @Test(arguments: [(ContentLanguage.nl, "niet onderzocht"), (.en, "not researched")])
    func aPartNotResearchedKeepsItsBoxSayingSoAndSoDoesThePassionBanner(_ language: ContentLanguage, _ words: String) throws {
        let poster = try engine.layout(try Fixtures.wooncoach(), paper: Paper(.a4), language: language).get()
        let heart = try #require(poster.boxes.first { $0.kind == .heart })
        #expect(heart.leader?.bodyPart == .heart)
        let notes = heart.entries.compactMap { if case .note(let lines) = $0 { lines } else { nil } }
        #expect(notes.count == 1)
        let note = try #require(notes.first?.first)
        #expect(note.text == words && note.font.italic && note.color == poster.theme.mutedInk)
        #expect(note.frame.maxY <= heart.frame.maxY && note.origin.y >= heart.header.maxY)
        let banner = try #require(poster.banner)
        #expect(banner.lines.last?.text == words && banner.lines.last?.font.italic == true)
    }

    @Test func aParaphraseIsPrintedWithoutQuotationMarksAndSaysItIsOne() throws {
        let poster = try engine.layout(try Fixtures.wooncoach(), paper: Paper(.a3)).get()
        let quotes = poster.allBoxes.flatMap(\.quotes)
        let paraphrase = try #require(quotes.first { $0.quote.paraphrase })
        let said = paraphrase.lines.map(\.text).joined(separator: " ")
        #expect(!said.contains("“") && !said.contains("”") && !said.contains("\""))
        #expect(said.hasPrefix("De cliënt bepaalt het tempo"))
        #expect(said.hasSuffix("— teamleider beschermd wonen (parafrase)"))
        let verbatim = try #require(quotes.first { !$0.quote.paraphrase })
        #expect(verbatim.lines.first?.text.hasPrefix("“Je bent te gast") == true)
        #expect(verbatim.lines.last?.text == "— wooncoach")
    }

    @Test func theFooterStatesTheEvidenceByGroupAsWrittenOrUnknown() throws {
        var profile = try Fixtures.wooncoach()
        let stated = try engine.layout(profile, paper: Paper(.a4)).get()
        #expect(footer(stated).contains("Onderzoek: 4 beoefenaars, 2 leidinggevenden, 1 hrm'er · Licentie: CC BY-SA 4.0"))
        for evidence in [Evidence.unknown, nil] {
            profile.evidence = evidence
            #expect(footer(try engine.layout(profile, paper: Paper(.a4)).get()).contains("Onderzoek: onbekend"))
        }
        profile.evidence = Evidence(groups: [EvidenceGroup(count: 2, qualifier: "minstens", label: "beoefenaars")])
        #expect(footer(try engine.layout(profile, paper: Paper(.a4)).get()).contains("Onderzoek: minstens 2 beoefenaars"))
    }

    @Test func checkAndRenderAgreeOnTheFitWithReferences() throws {
        // Cited items added to the head until a4 no longer fits: at that edge `check --paper` says what
        // render finds, and one item fewer fits both with the references and without.
        var profile = try Fixtures.wooncoach()
        let base = profile.parts[0].items
        var count = 0
        while case .success = engine.layout(profile, paper: Paper(.a4)) {
            count += 1
            profile.parts[0].items = base + (0..<count).map { Item(text: "Extra kennis \($0) over wonen en zorg", citations: [Citation(key: "hhs2019")]) }
        }
        #expect(PosterFit.diagnostics(for: profile, file: "w.beroep", paper: Paper(.a4)).map(\.code) == ["L001"])
        profile.parts[0].items.removeLast()
        #expect(PosterFit.diagnostics(for: profile, file: "w.beroep", paper: Paper(.a4)).isEmpty)
        if case .failure = engine.layout(profile, paper: Paper(.a4), references: false) { Issue.record("fits with references but not without") }
    }
}
