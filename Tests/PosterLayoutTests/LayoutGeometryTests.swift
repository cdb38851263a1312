import PosterLayout
import ProfileModel
import ProfileSyntax
import Testing

/// The layout's promises, checked on the Greenport teeltspecialist on every paper.
@Suite struct LayoutGeometryTests {
    static let papers = PaperSize.allCases.flatMap { size in Orientation.allCases.map { Paper(size, $0) } }
    let engine = PosterLayoutEngine(measurer: PangoTextMeasurer())

    func poster(_ paper: Paper, language: ContentLanguage? = nil) throws -> (Profile, Poster) {
        let profile = try Fixtures.teeltspecialist()
        let poster = try engine.layout(profile, paper: paper, language: language).get()
        return (profile, poster)
    }

    @Test(arguments: papers) func noTwoBoxesOverlapAndNoneCoversTheFigureOrBanner(_ paper: Paper) throws {
        let (_, poster) = try poster(paper)
        let boxes = poster.allBoxes
        for (i, a) in boxes.enumerated() {
            for b in boxes[(i + 1)...] {
                #expect(!a.frame.intersects(b.frame), "\(a.kind) overlaps \(b.kind) on \(paper.name)")
            }
            #expect(!a.frame.intersects(poster.figure.frame), "\(a.kind) covers the figure on \(paper.name)")
            if let banner = poster.banner { #expect(!a.frame.intersects(banner.frame), "\(a.kind) covers the banner") }
        }
        for line in poster.title + poster.footer + poster.legend.map(\.label) {
            #expect(!boxes.contains { $0.frame.intersects(line.frame) }, "`\(line.text)` runs into a box on \(paper.name)")
        }
    }

    @Test(arguments: papers) func everythingLiesInsideThePrintableAreaAndTextInsideItsBox(_ paper: Paper) throws {
        let (_, poster) = try poster(paper)
        let page = Rect(x: 0, y: 0, width: paper.width, height: paper.height)
        #expect(page.contains(poster.printable))
        for line in poster.allText { #expect(poster.printable.contains(line.frame), "`\(line.text)` leaves the page area") }
        #expect(poster.printable.contains(poster.figure.frame))
        for box in poster.allBoxes {
            #expect(poster.printable.contains(box.frame))
            let lines = box.heading + box.items.flatMap(\.lines) + box.quotes.flatMap(\.lines)
            for line in lines { #expect(box.frame.contains(line.frame), "`\(line.text)` sticks out of its \(box.kind) box") }
        }
        if let banner = poster.banner {
            for line in banner.lines { #expect(banner.frame.contains(line.frame), "`\(line.text)` sticks out of the banner") }
        }
    }

    @Test(arguments: papers) func eachLeaderLineEndsOnItsOwnBodyPart(_ paper: Paper) throws {
        let (_, poster) = try poster(paper)
        #expect(poster.boxes.count == 8)
        for box in poster.boxes {
            let leader = try #require(box.leader)
            #expect(leader.bodyPart.partKind == box.kind)
            #expect(poster.figure.regions[leader.bodyPart]!.contains(leader.end), "\(box.kind) points beside its body part")
            #expect(leader.start.x == box.frame.minX || leader.start.x == box.frame.maxX)
            #expect(leader.start.y >= box.frame.minY && leader.start.y <= box.frame.maxY)
        }
        let spots = Set(poster.boxes.compactMap(\.leader?.bodyPart))
        #expect(spots == Set(BodyPart.allCases), "two hands and two feet, each with its own box")
    }

    @Test(arguments: [Paper(.a4), Paper(.a3, .landscape)]) func everyItemAndQuoteIsPlacedWhole(_ paper: Paper) throws {
        let (profile, poster) = try poster(paper)
        let placedItems = poster.allBoxes.flatMap(\.items).map { $0.lines.map(\.text).joined(separator: " ") }
        let placedQuotes = poster.allBoxes.flatMap(\.quotes).map { $0.lines.map(\.text).joined(separator: " ") }
        for part in profile.parts where part.kind != .passion {
            for item in part.allItems { #expect(placedItems.contains(item.text), "`\(item.text)` is not placed whole") }
            for quote in part.allQuotes { #expect(placedQuotes.contains { $0.contains(quote.text) }, "quote `\(quote.text)` missing") }
        }
        let bannerText = poster.banner?.lines.dropFirst().map(\.text).joined(separator: " ")
        #expect(bannerText == profile.passion)
    }

    @Test func headingsFollowTheResearchWordingInBothLanguages() throws {
        let (_, dutch) = try poster(Paper(.a3))
        let (_, english) = try poster(Paper(.a3), language: .en)
        func headings(_ poster: Poster) -> Set<String> { Set(poster.allBoxes.map { $0.heading[0...].map(\.text).joined(separator: " ") }) }
        #expect(headings(dutch).contains { $0.hasPrefix("Hoofd — praktijkkennis") })
        #expect(headings(dutch).contains { $0.hasPrefix("Handen — vaardigheden") })
        #expect(headings(dutch).contains { $0.hasPrefix("Buik — arbeidsvoorwaarden en arbeidsverhoudingen") })
        #expect(headings(english).contains { $0.hasPrefix("Hands — tasks") })
        #expect(headings(english).contains { $0.hasPrefix("Feet — education and development") })
        #expect(english.banner?.lines.first?.text == "PASSION")
    }

    @Test func aLargerPaperNeverShrinksTheTextBelowItsMinimum() throws {
        for paper in Self.papers {
            let (_, poster) = try poster(paper)
            #expect(poster.bodySize >= paper.size.minimumBodySize && poster.bodySize <= paper.size.preferredBodySize)
        }
    }

    @Test func aSparseProfileWithoutEnvironmentOrPassionStillLaysOut() throws {
        let profile = Profile(title: "Een heel lang beroep met een titel die over twee regels moet doorlopen op een poster", parts: [
            Part(kind: .head, items: [Item(text: "Vakkennis")]),
            Part(kind: .hands, items: [Item(text: "Handig zijn", trend: .growing)]),
            Part(kind: .feet, groups: [Group(name: "opleiding en ontwikkeling", items: [Item(text: "Mbo 4")])]),
        ])
        let poster = try engine.layout(profile, paper: Paper(.a4)).get()
        #expect(poster.field == nil && poster.environment == nil && poster.banner == nil)
        #expect(Set(poster.boxes.map(\.kind)) == [.head, .hands, .feet] && poster.boxes.count == 3)
        let feet = try #require(poster.boxes.first { $0.kind == .feet })
        #expect(feet.heading.map(\.text).joined(separator: " ") == "Voeten — opleiding en ontwikkeling")
        #expect(poster.title.filter { $0.font.size > 20 }.count == 2, "the long title wraps to two lines")
        for box in poster.boxes { #expect(poster.figure.regions[box.leader!.bodyPart]!.contains(box.leader!.end)) }
    }

    @Test func aWordLongerThanTheBoxIsBrokenInsideItAndStaysInTheBox() throws {
        var profile = try Fixtures.teeltspecialist()
        let word = "https://www.greenportwestholland.nl/human-capital-agenda/beroepen-in-transitie"
        profile.parts[0].items.append(Item(text: "Zie \(word) voor meer"))
        let poster = try engine.layout(profile, paper: Paper(.a4)).get()
        let placed = try #require(poster.boxes.flatMap(\.items).first { $0.item.text.hasPrefix("Zie https") })
        #expect(placed.lines.count >= 2)
        #expect(placed.lines.map(\.text).joined().filter { !$0.isWhitespace } == placed.item.text.filter { !$0.isWhitespace },
                "nothing of the long word is dropped")
        let box = try #require(poster.boxes.first { $0.kind == .head })
        for line in placed.lines { #expect(box.frame.contains(line.frame), "`\(line.text)` sticks out") }
    }
}
