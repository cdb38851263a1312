import PosterLayout
import ProfileModel
import ProfileSyntax
import Testing

/// Issue 10, item 4: the hybrid poster — both worlds at a glance.
@Suite struct HybridLayoutTests {
    let engine = PosterLayoutEngine(measurer: PangoTextMeasurer())
    static let titles = ["mbo-docent-economie": "Mbo-docent economie", "accountant": "Accountant"]

    static let papers: [Paper] = PaperSize.allCases.flatMap { [Paper($0), Paper($0, .landscape)] }

    func texts(_ box: PartBox) -> [String] { box.items.map(\.item.text) }

    @Test(arguments: papers)
    func eachSidesGroupsStandInBoxesOnItsOwnSideOfTheFigure(_ paper: Paper) throws {
        let poster = try engine.layout(try Fixtures.hybrid(), paper: paper, componentTitles: Self.titles).get()
        let middle = poster.figure.frame.midX
        let school = poster.boxes.filter { $0.side == .school }, company = poster.boxes.filter { $0.side == .company }
        #expect(school.map(\.kind) == [.gut, .feet] || Set(school.map(\.kind)) == [.gut, .feet])
        #expect(Set(company.map(\.kind)) == [.gut, .feet])
        for box in school { #expect(box.frame.maxX < middle, "\(box.heading.map(\.text))") }
        for box in company { #expect(box.frame.minX > middle, "\(box.heading.map(\.text))") }
        #expect(school.contains { texts($0).contains("Aanstelling voor één dag, beoordeeld alsof het een hele baan is") })
        #expect(company.contains { texts($0).contains("Vast contract, de lesdag als afspraak met de werkgever") })
        #expect(company.contains { $0.heading.map(\.text).joined(separator: " ") == "Voeten — bedrijf" })
        // What both share stays in its usual box, with no side.
        let shared = try #require(poster.boxes.first { $0.kind == .head })
        #expect(shared.side == nil)
        // The linking role points at the figure's heart, with a box beside it on the right; its other groups'
        // boxes go where there is room.
        let linking = poster.boxes.filter { $0.kind == .linking }
        #expect(!linking.isEmpty && linking.allSatisfy { $0.leader?.bodyPart == .heart })
        #expect(linking.contains { $0.frame.minX > middle })
        // Nothing overlaps, and everything stays on the page.
        for (index, box) in poster.boxes.enumerated() {
            #expect(poster.printable.contains(box.frame))
            for other in poster.boxes[(index + 1)...] { #expect(!box.frame.intersects(other.frame)) }
        }
        // Each half behind the figure is named for its side, school left.
        let halves = try #require(poster.hybrid?.halves)
        #expect(halves.map(\.side) == [.school, .company] && halves[0].frame.maxX <= halves[1].frame.minX + 0.01)
        #expect(halves.map(\.label.text) == ["SCHOOL", "BEDRIJF"])
        for half in halves {
            #expect(half.frame.contains(half.label.frame) && !half.label.frame.intersects(poster.figure.regions[.head]!), "\(half.label.text)")
        }
    }

    @Test(arguments: papers)
    func theTimeSplitBarIsProportionalToTheSharesAndSitsInTheTitleBlock(_ paper: Paper) throws {
        let poster = try engine.layout(try Fixtures.hybrid(), paper: paper).get()
        let bar = try #require(poster.hybrid?.bar)
        #expect(bar.map(\.component.side) == [.school, .company])
        #expect(abs(bar[0].fraction - 0.2) < 1e-9 && abs(bar[1].fraction - 0.8) < 1e-9)
        #expect(abs(bar[1].frame.width / bar[0].frame.width - 4) < 1e-9)
        #expect(abs(bar[0].frame.width + bar[1].frame.width - poster.printable.width) < 1e-6)
        #expect(bar.compactMap(\.label?.text) == ["school · 1 dag", "bedrijf · 4 dagen"])
        for segment in bar {
            let label = try #require(segment.label)
            #expect(segment.frame.contains(label.frame))
        }
        #expect(bar[0].frame.maxY <= poster.titleRule.minY, "the bar stays above the title rule")
        #expect(poster.hybrid?.direction == .companyToSchool)
    }

    @Test func sharesInPercentSplitTheBarBySharesToo() throws {
        var profile = try Fixtures.hybrid()
        profile.components = [Component(side: .school, slug: "a", share: Share(40, .percent)),
                              Component(side: .company, slug: "b", share: Share(60, .percent))]
        let bar = try #require(try engine.layout(profile, paper: Paper(.a4)).get().hybrid?.bar)
        #expect(abs(bar[1].frame.width / bar[0].frame.width - 1.5) < 1e-9)
        #expect(bar.compactMap(\.label?.text) == ["school · 40%", "bedrijf · 60%"])
    }

    @Test func potentialItemsHaveAnOpenCircleAndALegendEntry() throws {
        let profile = try Fixtures.hybrid()
        for language in ContentLanguage.allCases {
            let poster = try engine.layout(profile, paper: Paper(.a4), language: language).get()
            let items = poster.boxes.flatMap(\.items)
            let potential = items.filter(\.item.potential)
            #expect(potential.map(\.item.text) == ["Collega-docenten bijscholen in de nieuwste praktijk", "Nieuwe collega's werven onder de studenten"])
            for item in potential { #expect(item.marker == .potential(nil)) }
            for item in items where !item.item.potential {
                if case .potential = item.marker { Issue.record("\(item.item.text) is not potential") }
            }
            let entry = try #require(poster.legend.first { $0.marker == .potential(nil) })
            #expect(entry.label.text == (language == .nl ? "beoogd — gezien, nog niet benut" : "potential — seen, not yet used"))
            #expect(poster.printable.contains(entry.label.frame))
        }
        // A potential item with a trend keeps its trend inside the circle; a profile without one has no legend entry.
        var trended = profile
        let head = try #require(trended.parts.firstIndex { $0.kind == .head })
        let growing = try #require(trended.parts[head].items.firstIndex { $0.trend == .growing })
        trended.parts[head].items[growing].potential = true
        let circled = try engine.layout(trended, paper: Paper(.a4)).get().boxes.flatMap(\.items)
            .first { $0.item.text == profile.parts[head].items[growing].text }
        #expect(circled?.marker == .potential(.growing))
        let plain = try engine.layout(try Fixtures.teeltspecialist(), paper: Paper(.a4)).get()
        #expect(!plain.legend.contains { $0.marker == .potential(nil) })
    }

    @Test func theTitleBlockNamesBothContextsAndTheDirection() throws {
        let profile = try Fixtures.hybrid()
        let named = try engine.layout(profile, paper: Paper(.a4), componentTitles: Self.titles).get()
        let contexts = try #require(named.hybrid?.contexts.map(\.text))
        #expect(contexts == ["School: Mbo-docent economie", "Bedrijf: Accountant", "Richting: bedrijf → school"])
        #expect(named.title.first?.text == "VISUEEL BEROEPSBEELD · HYBRIDE PROFESSIONAL")
        // Unresolved components show their slugs; English words the sides and the direction in English.
        let english = try engine.layout(profile, paper: Paper(.a3), language: .en).get()
        #expect(english.hybrid?.contexts.map(\.text) == ["School: mbo-docent-economie", "Company: accountant", "Direction: company → school"])
        // One line across the page, however long the titles: the layout never depends on them.
        let long = ["mbo-docent-economie": String(repeating: "Docent bedrijfseconomie ", count: 6), "accountant": "Accountant"]
        let squeezed = try engine.layout(profile, paper: Paper(.a4), componentTitles: long).get()
        let lines = try #require(squeezed.hybrid?.contexts)
        #expect(Set(lines.map(\.origin.y)).count <= 3 && lines.allSatisfy { squeezed.printable.contains($0.frame) })
        #expect(squeezed.boxes.map(\.frame) == named.boxes.map(\.frame))
        // A single occupation has none of it.
        let single = try engine.layout(try Fixtures.teeltspecialist(), paper: Paper(.a4)).get()
        #expect(single.hybrid == nil && single.boxes.allSatisfy { $0.side == nil })
    }

    @Test(arguments: papers)
    func checkReportsL001ExactlyWhenTheHybridCannotBeLaidOut(_ paper: Paper) throws {
        var full = try Fixtures.hybrid()
        let gut = try #require(full.parts.firstIndex { $0.kind == .gut })
        let company = try #require(full.parts[gut].groups.firstIndex { $0.name == "bedrijf" })
        full.parts[gut].groups[company].items += (1...30).map { Item(text: "Nog een arbeidsvoorwaarde bij het kantoor, nummer \($0), met een lange toelichting") }
        for profile in [try Fixtures.hybrid(), full] {
            let laidOut = engine.layout(profile, paper: paper)
            let diagnostics = PosterFit.diagnostics(for: profile, file: "h.beroep", paper: paper)
            if case .success = laidOut { #expect(diagnostics.isEmpty) } else { #expect(!diagnostics.isEmpty) }
        }
        if paper == Paper(.a4) {
            let diagnostics = PosterFit.diagnostics(for: full, file: "h.beroep", paper: paper)
            #expect(diagnostics.map(\.message) == ["part `buik — bedrijf` does not fit on a4 portrait, even at 6.5 pt"])
        }
    }

    @Test(arguments: Theme.all)
    func everyThemeTellsTheSidesApartByLightnessAsWellAsHue(_ theme: Theme) throws {
        let school = try #require(theme.sides[.school]), company = try #require(theme.sides[.company])
        // Apart in lightness, so the sides part in grey print and for every colour-vision deficiency.
        #expect(abs(school.luminance - company.luminance) > 0.15, "\(theme.name)")
        // The bar's labels are set in the readable ink on each side's colour: a WCAG contrast of at least 3:1.
        for color in [school, company] {
            let (light, dark) = (max(color.luminance, color.readableInk.luminance), min(color.luminance, color.readableInk.luminance))
            #expect((light + 0.05) / (dark + 0.05) >= 3, "\(theme.name)")
        }
        let poster = try engine.layout(try Fixtures.hybrid(), paper: Paper(.a4), theme: theme).get()
        #expect(poster.primitives.contains(.fill(Path.roundedRect(poster.hybrid!.bar[0].frame, radius: 0), school, opacity: 1)))
    }
}
