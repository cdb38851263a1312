import Testing
import ProfileModel
import ProfileSyntax
import ProfileValidation

/// Hybrid profiles: shares, both sides, references to the occupations they combine, no hybrid of a hybrid.
@Suite struct HybridRuleTests {
    static func hybrid(_ combines: String, slug: String = "docent-accountant") -> String {
        "beroepsbeeld: Docent en accountant\nslug: \(slug)\nversie: 2021\ncombineert: \(combines)\nrichting: bedrijf → school\n"
            + "verbinding:\n  - Praktijkvoorbeelden in de les [schets]\n"
    }

    @Test func sharesAddUpToAHundredPercentOrAWorkingWeek() {
        #expect(findings("V028", in: Self.hybrid("school mbo-docent 40%, bedrijf accountant 60%")).isEmpty)
        #expect(findings("V028", in: Self.hybrid("school mbo-docent 1 dag, bedrijf accountant 4 dagen")).isEmpty)
        #expect(findings("V028", in: Self.hybrid("school mbo-docent 40%, bedrijf accountant 40%")).map(\.line) == [4])
        #expect(findings("V028", in: Self.hybrid("school mbo-docent 3 dagen, bedrijf accountant 4 dagen")).map(\.line) == [4])
        #expect(findings("V028", in: Self.hybrid("school mbo-docent 40%, bedrijf accountant 3 dagen")).map(\.line) == [4])
    }

    @Test func aHybridNeedsBothSidesAndADirectionNeedsAHybrid() {
        #expect(findings("V029", in: Self.hybrid("school mbo-docent 40%, school havo-docent 60%")).map(\.line) == [4])
        #expect(findings("V029", in: "beroepsbeeld: X\nrichting: school → bedrijf\n").map(\.line) == [2])
        #expect(findings("V029", in: Self.hybrid("school mbo-docent 40%, bedrijf accountant 60%")).isEmpty)
    }

    @Test func malformedCombinesAndDirectionAreSyntaxErrorsAtTheirValue() {
        let codes = validate("beroepsbeeld: X\ncombineert: mbo-docent en accountant\nrichting: van bedrijf naar klas\n").map(\.code)
        #expect(codes.contains("S026") && codes.contains("S027"))
    }

    @Test func referencesResolveInTheTreeWithADidYouMeanAndNoHybridOfAHybrid() {
        let docent = "beroepsbeeld: Mbo-docent\nslug: mbo-docent\nversie: 2021\n"
        let accountant = "beroepsbeeld: Accountant\nslug: accountant\nversie: 2021\n"
        let ok = validateFolder([("d.beroep", docent), ("a.beroep", accountant),
                                 ("h.beroep", Self.hybrid("school mbo-docent 40%, bedrijf accountant@2021 60%"))])
        #expect(ok.isEmpty)
        let typo = validateFolder([("d.beroep", docent), ("a.beroep", accountant),
                                   ("h.beroep", Self.hybrid("school mbo-docnt 40%, bedrijf accountant@2019 60%"))])
        #expect(typo.map(\.code) == ["V030", "V030"])
        #expect(typo.map { $0.span?.line } == [4, 4])
        #expect(typo[0].help == "did you mean `mbo-docent`?")
        #expect(typo[1].message == "`accountant` has no version 2019")
        let nested = validateFolder([("d.beroep", docent), ("a.beroep", accountant), ("h.beroep", Self.hybrid("school mbo-docent 40%, bedrijf accountant 60%")),
                                     ("n.beroep", Self.hybrid("school docent-accountant 50%, bedrijf accountant 50%", slug: "dubbel"))])
        #expect(nested.map(\.code) == ["V031"])
    }

    @Test func theLanguageFormRoundTripsThroughTheFormatterAndJSON() throws {
        let text = "beroepsbeeld: Docent en accountant\ncombineert: school mbo-docent 1 dag, bedrijf accountant@2021 4 dagen\nrichting: bedrijf → school\n\n"
            + "verbinding:\n  - Studenten naar het kantoor halen [beoogd] [schets]\n"
        let profile = try #require(ProfileLoader.parse(SourceFile(path: "h.beroep", text: text)).profile)
        #expect(profile.components.map(\.slug) == ["mbo-docent", "accountant"] && profile.direction == .companyToSchool)
        #expect(profile.components[1].version == "2021" && profile.components[1].share == Share(4, .days))
        #expect(profile.part(.linking)?.items.first?.potential == true)
        #expect(ProfileFormatter.format(profile) == text)
        let back = ProfileLoader.load(path: "h.json", bytes: Array(ProfileJSON.encode(profile)))
        #expect(back.diagnostics.isEmpty && back.profile == profile)
    }
}
