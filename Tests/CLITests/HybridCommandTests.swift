import Foundation
import Testing
import TestSupport

/// `compose` and `twin` end to end, on real profiles.
@Suite struct HybridCommandTests {
    @Test func composedDraftPassesCheckWithoutErrors() throws {
        let folder = try CLI.temporaryFolder()
        let tree = folder.appendingPathComponent("Profiles")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        for slug in ["mbo-docent", "accountant"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Profiles/\(slug)"), to: tree.appendingPathComponent(slug))
        }
        let composed = try CLI.run(["compose", "Profiles/mbo-docent/2021.beroep", "Profiles/accountant/2021.beroep", "--share", "40/60",
                                    "-o", tree.path + "/hybride/"])
        #expect(composed.status == 0, "\(composed.stderr)")
        let draft = tree.appendingPathComponent("hybride/mbo-docent-accountant.beroep")
        let text = try String(contentsOf: draft, encoding: .utf8)
        #expect(text.contains("combineert: school mbo-docent@2021 40%, bedrijf accountant@2021 60%"))
        for target in [tree.path, draft.path] {
            let checked = try CLI.run(["check", "--format", "json", target])
            #expect(checked.status == 0, "check \(target): \(checked.stdout)")
            let report = try #require(try JSONSerialization.jsonObject(with: Data(checked.stdout.utf8)) as? [String: Any])
            let diagnostics = (report["diagnostics"] as? [[String: Any]]) ?? []
            #expect(!diagnostics.contains { $0["severity"] as? String == "error" }, "\(diagnostics)")
        }
        // The same bytes again, to standard output.
        let again = try CLI.run(["compose", "Profiles/mbo-docent/2021.beroep", "Profiles/accountant/2021.beroep", "--share", "40/60"])
        #expect(again.stdout == text)
        let bad = try CLI.run(["compose", "Profiles/mbo-docent/2021.beroep", "Profiles/accountant/2021.beroep", "--share", "40/50"])
        #expect(bad.status == 2 && bad.stderr.contains("add up to 100"))
    }

    static let candidates = """
        id,profile,side,wishes,hours,region
        s1,mbo-docent,school,data;ict,4,Rotterdam
        s2,docent-hbo,school,onderzoek,6,Utrecht
        c1,accountant,bedrijf,begeleiden;online,8,Rotterdam
        c2,softwareontwikkelaar-energietransitie,bedrijf,leeromgeving,4,Utrecht

        """

    @Test func twinPairsRealProfilesTheSameWayTwice() throws {
        let folder = try CLI.temporaryFolder()
        let file = folder.appendingPathComponent("kandidaten.csv")
        try Self.candidates.write(to: file, atomically: true, encoding: .utf8)
        let first = try CLI.run(["twin", file.path, "--profiles", "Profiles", "--format", "json"])
        #expect(first.status == 0, "\(first.stderr)")
        let second = try CLI.run(["twin", file.path, "--profiles", "Profiles", "--format", "json"])
        #expect(first.stdout == second.stdout)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(first.stdout.utf8)) as? [String: Any])
        #expect(report["format"] as? String == "beroepsbeeld-twin/1")
        #expect((report["pairs"] as? [Any])?.count == 2)
        let text = try CLI.run(["twin", file.path, "--format", "markdown"])
        #expect(text.status == 0 && text.stdout.contains("## s1 (mbo-docent) +"))
    }

    @Test func twinRefusesPersonalTraitsAndUnknownProfiles() throws {
        let folder = try CLI.temporaryFolder()
        let personal = folder.appendingPathComponent("p.csv")
        try "id,naam,profile,side,hours,region\ns1,Jan,mbo-docent,school,4,Delft\n".write(to: personal, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["twin", personal.path])
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("T002") && refused.stderr.contains("p.csv:1:4"), "\(refused.stderr)")
        #expect(!refused.stderr.contains("Jan"))
        let typo = folder.appendingPathComponent("t.csv")
        try "id,profile,side,hours,region\ns1,mbo-docnt,school,4,Delft\n".write(to: typo, atomically: true, encoding: .utf8)
        let unknown = try CLI.run(["twin", typo.path])
        #expect(unknown.status == 1 && unknown.stderr.contains("did you mean `mbo-docent`?"), "\(unknown.stderr)")
    }

    @Test func complementRanksTheOtherSide() throws {
        let ranked = try CLI.run(["twin", "--complement", "mbo-docent", "--format", "json"])
        #expect(ranked.status == 0, "\(ranked.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(ranked.stdout.utf8)) as? [String: Any])
        let ranking = try #require(report["ranking"] as? [[String: Any]])
        #expect(!ranking.isEmpty && !ranking.contains { ["mbo-docent", "docent-hbo", "hybride-docent"].contains($0["slug"] as? String) })
        let scores = ranking.compactMap { $0["score"] as? Int }
        #expect(scores == scores.sorted(by: >))
    }
}
