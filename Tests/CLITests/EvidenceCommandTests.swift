import Foundation
import Testing

/// `beroepsbeeld evidence` counts where statements come from; `--strict` fails on anything unsourced.
@Suite struct EvidenceCommandTests {
    static let profile = """
    beroepsbeeld: Teeltspecialist
    bron [kracht2021]: Biemans & Sjoer (2021), De kracht van verbinding!
    bron [ongebruikt]: Niemand (2020)
    onderzoek: onbekend
    hoofd:
      - Gewaskennis [bron: kracht2021 Figuur 1]
      - Eigen inschatting [schets]
      > Drones boven de velden — productmanager [parafrase] [bron: kracht2021]
    hart: niet onderzocht
    mond:
      - Nog zonder bron

    """

    @Test func countsEveryKindOfStatementAndFailsStrictOnUnsourced() throws {
        let file = try CLI.temporaryFolder().appendingPathComponent("t.beroep")
        try Self.profile.write(to: file, atomically: true, encoding: .utf8)
        let json = try CLI.run(["evidence", "--format", "json", file.path])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let total = try #require(object["total"] as? [String: Int])
        #expect(total == ["statements": 4, "sourced": 2, "sketch": 1, "unsourced": 1, "partsNotResearched": 1, "quotesVerbatim": 0,
                          "quotesParaphrase": 1, "sourcesCited": 1, "sourcesUncited": 1, "evidenceStated": 0, "evidenceUnknown": 1,
                          "evidenceMissing": 0])
        let strict = try CLI.run(["evidence", "--strict", file.path])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("2 of 4 statements cite a source (50%), 1 are sketches, 1 unsourced"))
        try Self.profile.replacingOccurrences(of: "  - Nog zonder bron", with: "  - Nog zonder bron [schets]")
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["evidence", "--strict", file.path]).status == 0)
    }

    @Test func fmtUpgradesAVersionOneJSONProfile() throws {
        let file = try CLI.temporaryFolder().appendingPathComponent("oud.json")
        try #"{"format": "beroepsbeeld/1", "title": "X", "sources": ["Potting (2021)"], "evidence": {"practitioners": 3, "context": 2}, "parts": [{"kind": "head", "items": [{"text": "a"}]}]}"#
            .write(to: file, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["fmt", file.path]).status == 0)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("\"format\" : \"beroepsbeeld/2\""))
        #expect(text.contains("\"label\" : \"beoefenaars\""))
        #expect(try CLI.run(["fmt", "--check", file.path]).status == 0)
    }
}
