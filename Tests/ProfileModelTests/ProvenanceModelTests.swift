import Foundation
import Testing
@testable import ProfileModel
import ProfileSyntax

/// Provenance in the model: the canonical text, the JSON form (`beroepsbeeld/2`), and reading `/1`.
@Suite struct ProvenanceModelTests {
    static let text = """
    beroepsbeeld: Teeltspecialist
    taal: nl
    bron [kracht2021]: Biemans & Sjoer (2021), De kracht van verbinding!
    onderzoek: minstens 2 beoefenaars, 1 hrm'er, >= 2 uit de context

    hoofd:
      - Sensordata lezen [nieuw] [schets] [bron: kracht2021 Figuur 1] #sensordata
      > Drones zijn commercieel in gebruik — productmanager [parafrase] [bron: kracht2021 §Greenport]
      > "Je leest de plant van een scherm." — teler [bron: kracht2021]

    hart: niet onderzocht

    passie: niet onderzocht

    """

    @Test func theCanonicalTextKeepsEveryMarkerAndTheEvidenceAsWritten() throws {
        let loaded = ProfileLoader.parse(SourceFile(path: "t.beroep", text: Self.text))
        #expect(!loaded.diagnostics.hasErrors)
        let profile = try #require(loaded.profile)
        #expect(ProfileFormatter.format(profile) == Self.text)
        #expect(profile.evidence?.groups.map(\.qualifier) == ["minstens", nil, ">="])
        #expect(profile.evidence?.practitioners == 2 && profile.evidence?.context == 3)
        #expect(profile.parts.map(\.notResearched) == [false, true, true])
    }

    @Test func theJSONFormIsVersionTwoAndRoundTrips() throws {
        let profile = try #require(ProfileLoader.parse(SourceFile(path: "t.beroep", text: Self.text)).profile)
        let json = ProfileJSON.encode(profile)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["format"] as? String == "beroepsbeeld/2")
        let back = ProfileLoader.load(path: "t.json", bytes: Array(json))
        #expect(back.diagnostics.isEmpty)
        #expect(back.profile == profile)
    }

    @Test func aVersionOneFileStillLoadsAndIsWrittenAsVersionTwo() throws {
        let old = #"{"format": "beroepsbeeld/1", "title": "X", "language": "en", "sources": ["Potting (2021)"], "evidence": {"practitioners": 3, "context": 2}, "parts": [{"kind": "head", "items": [{"text": "a"}]}]}"#
        let loaded = ProfileLoader.load(path: "old.json", bytes: Array(old.utf8))
        #expect(loaded.diagnostics.isEmpty)
        let profile = try #require(loaded.profile)
        #expect(profile.sources == [Source(text: "Potting (2021)")])
        #expect(profile.evidence?.practitioners == 3 && profile.evidence?.context == 2)
        // The catalogue stores the JSON form and reads it back with JSONDecoder: `/1` there too.
        let decoded = try JSONDecoder().decode(Profile.self, from: Data(old.utf8))
        #expect(decoded.sources == profile.sources)
        #expect(decoded.evidence == Evidence(practitioners: 3, context: 2, language: .en))
        #expect(String(decoding: ProfileJSON.encode(profile), as: UTF8.self).contains("\"format\" : \"beroepsbeeld/2\""))
    }

    @Test func unknownEvidenceIsKept() throws {
        let profile = try #require(ProfileLoader.parse(SourceFile(path: "t.beroep", text: "beroepsbeeld: X\nonderzoek: Onbekend\n")).profile)
        #expect(profile.evidence == .unknown)
        #expect(ProfileFormatter.format(profile) == "beroepsbeeld: X\nonderzoek: onbekend\n")
    }
}
