import Testing
import ProfileModel

@Suite struct ValuesTests {
    @Test(arguments: [
        ("4 beoefenaars, 2 uit de context", [EvidenceGroup(count: 4, label: "beoefenaars"), EvidenceGroup(count: 2, label: "uit de context")]),
        ("minstens 2 beoefenaars; 1 hrm'er", [EvidenceGroup(count: 2, qualifier: "minstens", label: "beoefenaars"), EvidenceGroup(count: 1, label: "hrm'er")]),
        ("At least 3 practitioners, 2 sector experts", [EvidenceGroup(count: 3, qualifier: "At least", label: "practitioners"),
                                                        EvidenceGroup(count: 2, label: "sector experts")]),
        ("4 beoefenaars", [EvidenceGroup(count: 4, label: "beoefenaars")]),
    ])
    func readsEvidenceGroupsAsWritten(text: String, expected: [EvidenceGroup]) {
        #expect(MetadataValues.evidence(text) == Evidence(groups: expected))
    }

    @Test func practitionersAndContextAreCountedFromTheGroupNames() throws {
        let evidence = try #require(MetadataValues.evidence("3 beoefenaars, 2 leidinggevenden, 1 hrm'er, 2 professionals"))
        #expect(evidence.practitioners == 5 && evidence.context == 3)
        #expect(MetadataValues.evidence("onbekend") == .unknown && MetadataValues.evidence("Unknown") == .unknown)
    }

    @Test(arguments: ["een paar gesprekken", "vier beoefenaars, 2 uit de context", "4", "minstens beoefenaars", ""])
    func refusesEvidenceWithoutACountAndANameForEachGroup(text: String) {
        #expect(MetadataValues.evidence(text) == nil)
    }

    @Test func versionsAreYearsOrDatesAndOrderAsSuch() {
        #expect(MetadataValues.isVersion("2021") && MetadataValues.isVersion("2021-06-30"))
        #expect(!MetadataValues.isVersion("21") && !MetadataValues.isVersion("2021-13-01") && !MetadataValues.isVersion("v2"))
        #expect(MetadataValues.versionPrecedes("2019", "2020-03-01") && MetadataValues.versionPrecedes("2020-12-31", "2021"))
        #expect(!MetadataValues.versionPrecedes("2021", "2021"))
    }

    @Test(arguments: [
        ("Ziekenhuisapotheker (ZA)", "ziekenhuisapotheker-za"), ("Één/twee ../ Ĳsbeer", "een-twee-ijsbeer"),
        ("///", "beroepsbeeld"), ("Kapitein baggerschip", "kapitein-baggerschip"),
    ])
    func slugsAreSafe(title: String, slug: String) {
        #expect(Slug.make(title) == slug)
        #expect(Slug.isValid(Slug.make(title)))
    }

    @Test func similarityIsBlindToCaseDiacriticsPunctuationAndOrder() {
        #expect(TextSimilarity.between("Geëvalueerd worden, door klanten!", "door klanten geevalueerd WORDEN") == 1)
        #expect(TextSimilarity.between("Klanten adviseren over hypotheken", "Klanten advies geven over hypotheken") > 0.8)
        #expect(TextSimilarity.between("Plantfysiologie", "Ploegendiensten draaien") < 0.4)
    }
}
