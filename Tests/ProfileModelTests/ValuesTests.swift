import Testing
import ProfileModel

@Suite struct ValuesTests {
    @Test(arguments: [
        ("4 beoefenaars, 2 uit de context", Evidence(practitioners: 4, context: 2)),
        ("2 uit de context; 3 beoefenaars", Evidence(practitioners: 3, context: 2)),
        ("3 practitioners, 2 context", Evidence(practitioners: 3, context: 2)),
    ])
    func readsEvidence(text: String, expected: Evidence) {
        #expect(MetadataValues.evidence(text) == expected)
    }

    @Test(arguments: ["een paar gesprekken", "4 beoefenaars", "vier beoefenaars, 2 uit de context"])
    func refusesEvidenceWithoutBothCounts(text: String) {
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
