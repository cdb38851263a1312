import Foundation
import Testing
import HybridMatch
import ProfileModel
import ProfileSyntax

/// Reading candidates files: roles only, problems located.
@Suite struct CandidateReaderTests {
    static let csv = """
        id,profile,side,wishes,hours,region
        s1,docent-economie,school,data;digitaal,4,Rotterdam
        c1,accountant,bedrijf,"toetsen; lesgeven",8,Rotterdam

        """

    @Test func readsCSV() {
        let read = CandidateReader.read(path: "kandidaten.csv", text: Self.csv)
        #expect(read.diagnostics.isEmpty)
        #expect(read.candidates.map(\.id) == ["s1", "c1"])
        #expect(read.candidates[0].wishes == ["data", "digitaal"])
        #expect(read.candidates[1].wishes == ["toetsen", "lesgeven"])
        #expect(read.candidates[1].side == .company && read.candidates[1].hours == 8)
        #expect(read.candidates[1].span?.line == 3)
    }

    @Test func readsSemicolonCSVAsASpreadsheetInADutchLocaleWritesIt() {
        let read = CandidateReader.read(path: "kandidaten.csv", text: "id;beroep;kant;wensen;uren;regio\ns1;docent;school;data, digitaal;2,5;Delft\ns2;docent;fabriek;;4;Delft\n")
        #expect(read.diagnostics.map(\.code) == ["T005"])
        #expect(read.diagnostics.first?.span?.line == 3 && read.diagnostics.first?.span?.column == 11)
        let good = CandidateReader.read(path: "kandidaten.csv", text: "id;beroep;kant;wensen;uren;regio\ns1;docent;school;data, digitaal;2,5;Delft\n")
        #expect(good.candidates.first?.wishes == ["data", "digitaal"] && good.candidates.first?.hours == 2.5)
    }

    @Test func readsTOML() {
        let toml = """
            [[kandidaat]]
            id = "s1"
            beroep = "docent-economie"
            kant = "school"
            wensen = ["data", "digitaal"]
            uren = 4
            regio = "Rotterdam"

            [[kandidaat]]
            id = "c1"
            beroep = "accountant"
            kant = "bedrijf"
            uren = 2.5
            regio = "Rotterdam"
            """
        let read = CandidateReader.read(path: "kandidaten.toml", text: toml)
        #expect(read.diagnostics.isEmpty, "\(read.diagnostics)")
        #expect(read.candidates.map(\.id) == ["s1", "c1"])
        #expect(read.candidates[0].wishes == ["data", "digitaal"])
        #expect(read.candidates[1].hours == 2.5 && read.candidates[1].span?.line == 9)
    }

    @Test(arguments: [("id,naam,profile,side,hours,region\ns1,Jan,docent,school,4,Delft\n", "naam", 1, 4),
                      ("id,profile,side,hours,region,Leeftijd\ns1,docent,school,4,Delft,44\n", "Leeftijd", 1, 30),
                      ("id,profile,side,hours,region,gender\n", "gender", 1, 30)])
    func personalTraitColumnsAreRefused(text: String, column: String, line: Int, at: Int) {
        let read = CandidateReader.read(path: "k.csv", text: text)
        #expect(read.candidates.isEmpty)
        #expect(read.diagnostics.map(\.code) == ["T002"])
        #expect(read.diagnostics.first?.message.contains(column) == true)
        #expect(read.diagnostics.first?.span?.line == line && read.diagnostics.first?.span?.column == at)
    }

    @Test func personalTraitKeysAreRefusedInTOML() {
        let read = CandidateReader.read(path: "k.toml", text: "[[candidate]]\nid = \"s1\"\nage = 44\n")
        #expect(read.candidates.isEmpty)
        #expect(read.diagnostics.map(\.code) == ["T002"])
        #expect(read.diagnostics.first?.span?.line == 3)
    }

    @Test func badValuesAreLocatedWithHints() {
        let text = "id,profile,side,hours,regio\ns1,docent,fabriek,4,Delft\ns2,docent,school,acht,Delft\ns2,docent,school,4,Delft\ns4,docent,school,4,\n"
        let read = CandidateReader.read(path: "k.csv", text: text)
        #expect(read.candidates.isEmpty)
        // The last row leaves its region empty: read, not refused (no region points).
        #expect(read.diagnostics.map(\.code) == ["T005", "T005"])
        #expect(read.diagnostics.map { $0.span?.line } == [2, 3])
        #expect(read.diagnostics[1].span?.column == 18)
        let typo = CandidateReader.read(path: "k.csv", text: "id,profiel,side,hours,region\n")
        #expect(typo.diagnostics.map(\.code) == ["T003"] && typo.diagnostics[0].help == "did you mean `profile`?")
        let broken = CandidateReader.read(path: "k.toml", text: "[[candidate]\nid = 1\n")
        #expect(broken.diagnostics.map(\.code) == ["T001"] && broken.diagnostics[0].span?.line == 1)
    }

    @Test func aFileWithoutCandidatesOrWithoutAColumnIsAnError() {
        for text in ["", "id,profile,side,hours,region\n", "# no candidates\n"] {
            let read = CandidateReader.read(path: text.hasPrefix("#") ? "k.toml" : "k.csv", text: text)
            #expect(read.diagnostics.map(\.code) == ["T004"], "\(text)")
        }
        let noHours = CandidateReader.read(path: "k.csv", text: "id,profile,side,region\ns1,docent,school,Delft\ns2,docent,school,Delft\n")
        #expect(noHours.diagnostics.map(\.message) == ["no `hours` column"] && noHours.diagnostics[0].span?.line == 1)
    }

    @Test func unknownProfilesGetADidYouMean() {
        let read = CandidateReader.read(path: "k.csv", text: "id,profile,side,hours,region\ns1,docent-economi,school,4,Delft\n")
        let profiles = TwinProfiles([Profile(title: "Docent economie", slug: "docent-economie")])
        let problems = profiles.unknownProfiles(read.candidates, file: "k.csv")
        #expect(problems.map(\.code) == ["T007"])
        #expect(problems[0].help == "did you mean `docent-economie`?" && problems[0].span?.line == 2 && problems[0].span?.column == 4)
        let hybrid = Profile(title: "Hybride docent", slug: "hybride-docent", components: [Component(side: .school, slug: "docent-economie", share: Share(50, .percent))])
        let candidate = Candidate(id: "s1", profile: "hybride-docent", side: .school, wishes: [], hours: 4, region: "Delft")
        #expect(TwinProfiles([hybrid]).unknownProfiles([candidate], file: "k.csv").map(\.message) == ["`hybride-docent` is a hybrid profile"])
    }
}

/// The sample file leaves a region empty where seed 004 gives none: such a candidate is read, and scores
/// no region points, rather than being refused.
@Suite struct UnknownRegionTests {
    @Test func anEmptyRegionIsReadAndEarnsNoRegionPoints() throws {
        let text = "id,profile,side,wishes,hours,region\ns1,mbo-docent,school,data,10,\nb1,accountant,company,didactiek,10,\n"
        let (candidates, diagnostics) = CandidateReader.read(path: "c.csv", text: text)
        #expect(diagnostics.isEmpty)
        #expect(candidates.map(\.region) == ["", ""])
    }
}
