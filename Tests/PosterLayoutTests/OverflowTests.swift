import PosterLayout
import ProfileModel
import ProfileSyntax
import Testing

/// A part with too much text: shrunk first, then refused with L001 naming the part and a paper.
@Suite struct OverflowTests {
    let engine = PosterLayoutEngine(measurer: PangoTextMeasurer())

    /// The teeltspecialist with `count` long items added to the head.
    func overfull(_ count: Int) throws -> Profile {
        var profile = try Fixtures.teeltspecialist()
        let index = profile.parts.firstIndex { $0.kind == .head }!
        profile.parts[index].items += (1...count).map {
            Item(text: "Extra kennis nummer \($0) over klimaat, energie, water, voeding en de markt van vandaag en morgen")
        }
        return profile
    }

    @Test func aFullerPartShrinksTheTextButStaysLegible() throws {
        let poster = try engine.layout(try overfull(6), paper: Paper(.a4)).get()
        #expect(poster.bodySize < PaperSize.a4.preferredBodySize)
        #expect(poster.bodySize >= PaperSize.a4.minimumBodySize)
    }

    @Test func anOverfullPartIsAnErrorNamingThePartAndTheSmallestPaperThatFits() throws {
        let profile = try overfull(24)
        guard case .failure(let failure) = engine.layout(profile, paper: Paper(.a4)) else {
            Issue.record("24 extra items fit on A4")
            return
        }
        #expect(failure.parts == [PartOverflow(kind: .head, group: nil)])
        let diagnostics = PosterFit.diagnostics(for: profile, file: "t.beroep", paper: Paper(.a4))
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostics.count == 1)
        #expect(diagnostic.code == "L001" && diagnostic.name == "part-overflow" && diagnostic.severity == .error)
        #expect(diagnostic.message == "part `hoofd — praktijkkennis` does not fit on a4 portrait, even at 6.5 pt")
        let fits = try #require(Paper(.a4).larger.first { if case .success = engine.layout(profile, paper: $0) { true } else { false } })
        #expect(diagnostic.help?.hasPrefix("it fits on \(fits.name) (--paper \(fits.size.rawValue))") == true)
        #expect(PosterFit.diagnostics(for: profile, file: "t.beroep", paper: fits).isEmpty)
    }

    @Test func aPartNoPaperHoldsSaysSo() throws {
        let diagnostics = PosterFit.diagnostics(for: try overfull(400), file: "t.beroep", paper: Paper(.a3))
        #expect(diagnostics.first?.help?.hasPrefix("no paper up to a1 fits it") == true)
    }

    @Test func anOverfullEnvironmentOrPassionIsNamedToo() throws {
        var profile = try Fixtures.teeltspecialist()
        let environment = profile.parts.firstIndex { $0.kind == .environment }!
        profile.parts[environment].items += (1...40).map { Item(text: "Verandering \($0) in de markt, de techniek en de regels van de sector") }
        let passion = profile.parts.firstIndex { $0.kind == .passion }!
        profile.parts[passion].items = [Item(text: String(repeating: "Werken met levend materiaal aan een gezondere wereld, ", count: 6))]
        guard case .failure(let failure) = engine.layout(profile, paper: Paper(.a4)) else {
            Issue.record("the over-full environment and passion fit on A4")
            return
        }
        #expect(failure.parts.contains(PartOverflow(kind: .environment, group: nil)))
        #expect(failure.parts.contains(PartOverflow(kind: .passion, group: nil)))
        let messages = PosterFit.diagnostics(for: profile, file: "t.beroep", paper: Paper(.a4)).map(\.message)
        #expect(messages.contains { $0.hasPrefix("part `omgeving — wat verandert rondom het beroep` does not fit") })
        #expect(messages.contains { $0.hasPrefix("part `passie` does not fit") })
    }
}

/// Issue 8, item 8: a title too long for the title block is named as such (L002), not blamed on a part.
@Suite struct TitleOverflowTests {
    let engine = PosterLayoutEngine(measurer: PangoTextMeasurer())

    @Test func aFourHundredCharacterUnbrokenTitleIsL002NotAPart() throws {
        var profile = try Fixtures.teeltspecialist()
        profile.title = String(repeating: "x", count: 400)
        guard case .failure(let failure) = engine.layout(profile, paper: Paper(.a4)) else {
            Issue.record("a 400-character title fits")
            return
        }
        #expect(failure.titleTooLong && failure.parts.isEmpty)
        let diagnostics = PosterFit.diagnostics(for: profile, file: "t.beroep", paper: Paper(.a4))
        #expect(diagnostics.map(\.code) == ["L002"])
        #expect(diagnostics.first?.message == "the title does not fit in the title block on a4 portrait")
    }

    @Test func anOrdinaryLongTitleStillFits() throws {
        var profile = try Fixtures.teeltspecialist()
        profile.title = "Teeltspecialist in de glastuinbouw van de Greenport West-Holland, met data en robots"
        #expect((try? engine.layout(profile, paper: Paper(.a4)).get()) != nil)
    }
}
