import Testing
import ProfileSyntax

/// The folder rules V020–V023 over an occupation's version files.
@Suite struct VersionChainTests {
    static func version(_ version: String, replacing old: String? = nil) -> String {
        validProfile(replacing: "versie: 2021\n", with: "versie: \(version)\n" + (old.map { "vervangt: \($0)\n" } ?? ""))
    }

    @Test func aSoundChainIsClean() {
        #expect(validateFolder([("w/2012.beroep", Self.version("2012")), ("w/2021.beroep", Self.version("2021", replacing: "2012"))]).isEmpty)
    }

    @Test func flagsAMissingSupersededVersion() {
        let found = validateFolder([("w/2021.beroep", Self.version("2021", replacing: "2012"))])
        #expect(found.map(\.code) == ["V020"])
        #expect(found.first?.span?.line == 4)
    }

    @Test func flagsVersionsThatDoNotIncrease() {
        let found = validateFolder([("w/2012.beroep", Self.version("2012", replacing: "2021")), ("w/2021.beroep", Self.version("2021"))])
        #expect(found.map(\.code) == ["V021"])
    }

    @Test func flagsACycle() {
        let found = validateFolder([("w/2012.beroep", Self.version("2012", replacing: "2021")),
                                    ("w/2021.beroep", Self.version("2021", replacing: "2012"))])
        #expect(found.map(\.code).sorted() == ["V021", "V022", "V022"])
        #expect(found.first { $0.code == "V022" }?.label == "2012 → 2021 → 2012")
    }

    @Test func flagsTwoFilesClaimingOneVersion() {
        let found = validateFolder([("w/2021.beroep", Self.version("2021")), ("w/2021-bis.beroep", Self.version("2021"))])
        #expect(found.map(\.code) == ["V023"])
        #expect(found.first?.file == "w/2021-bis.beroep")
    }

    @Test func differentOccupationsAreSeparateChains() {
        let other = Self.version("2021").replacingOccurrences(of: "beroepsbeeld: Wooncoach", with: "beroepsbeeld: Zorgbegeleider")
        #expect(validateFolder([("w/2021.beroep", Self.version("2021")), ("z/2021.beroep", other)]).isEmpty)
    }
}
