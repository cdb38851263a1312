import Foundation
import Testing
import ProfileModel
import ProfileSyntax

@Suite struct RoundTripTests {
    static let paths = Fixtures.allProfilePaths()

    @Test(arguments: paths)
    func languageToJSONToLanguageKeepsAllMeaning(path: String) throws {
        let loaded = Fixtures.load(try String(contentsOf: Fixtures.root.appendingPathComponent(path), encoding: .utf8), path: path)
        let profile = try #require(loaded.profile)
        let json = ProfileJSON.encode(profile)
        let decoded = try #require(ProfileJSON.decode(json, file: "x.json").profile)
        #expect(decoded == profile)
        let back = Fixtures.load(ProfileFormatter.format(decoded))
        #expect(back.diagnostics.filter { $0.code.hasPrefix("S") }.isEmpty)
        #expect(back.profile == profile)
        #expect(ProfileJSON.encode(back.profile!) == json, "the JSON export before and after is identical")
    }

    @Test(arguments: paths)
    func formatterIsIdempotentAndMeaningPreserving(path: String) throws {
        let original = Fixtures.load(try String(contentsOf: Fixtures.root.appendingPathComponent(path), encoding: .utf8), path: path)
        let once = ProfileFormatter.format(try #require(original.profile))
        let reparsed = Fixtures.load(once)
        #expect(ProfileFormatter.format(try #require(reparsed.profile)) == once)
        #expect(ProfileJSON.encode(reparsed.profile!) == ProfileJSON.encode(original.profile!))
    }

    @Test func commentsSurviveTheJSONForm() throws {
        let profile = try #require(Fixtures.load(try Fixtures.text("teeltspecialist.beroep")).profile)
        #expect(profile.fieldComments["title"]?.first?.hasPrefix("Teeltspecialist") == true)
        #expect(profile.part(.head)?.comments == ["Praktijkkennis"])
        #expect(profile.trailingComments == ["einde van het profiel"])
        let text = ProfileFormatter.format(profile)
        #expect(text.contains("# Praktijkkennis\nhoofd:\n"))
        #expect(text.hasSuffix("\n# einde van het profiel\n"))
    }

    @Test func formatterWritesKeywordsInTheContentLanguage() throws {
        let profile = try #require(Fixtures.load(try Fixtures.text("english.beroep")).profile)
        let text = ProfileFormatter.format(profile)
        #expect(text.hasPrefix("profile: Ethical hacker\nsector: ICT\nversion: 2021-03-15\nsupersedes: 2019\nlanguage: en\n"))
        #expect(text.contains("evidence: 3 practitioners, 2 context\n"))
        #expect(text.contains("  - Thinking like an attacker [growing]\n"))
        #expect(text.contains("passion: Making the digital world safer\n"))
    }

    @Test func partsAreWrittenInFigureOrderAndItemsKeepTheirOrder() throws {
        let profile = try #require(Fixtures.load("beroepsbeeld: X\npassie: P\nhart:\n  - b\n  - a\nhoofd:\n  - c\n").profile)
        #expect(ProfileFormatter.format(profile) == "beroepsbeeld: X\n\nhoofd:\n  - c\n\nhart:\n  - b\n  - a\n\npassie: P\n")
    }

    @Test func multiLineTextFromJSONIsWrittenOnOneLine() throws {
        var profile = Profile(title: "X", parts: [Part(kind: .head, items: [Item(text: "twee\nregels  ")])])
        profile.language = .nl
        let text = ProfileFormatter.format(profile)
        #expect(text.contains("  - twee regels\n"))
    }
}
