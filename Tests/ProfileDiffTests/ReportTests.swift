import Foundation
import ProfileDiff
import ProfileModel
import Testing

@Suite struct ReportTests {
    static let pair = (old: "Profiles/wooncoach/2011.beroep", new: "Profiles/wooncoach/2021.beroep")

    /// Every key the JSON form writes is named in the schema table of docs/diff.md.
    @Test func jsonKeysAreDocumented() throws {
        let diff = ProfileDiffer.diff(try DiffFixtures.load(Self.pair.old), try DiffFixtures.load(Self.pair.new), oldPath: "a", newPath: "b")
        var keys = Set<String>()
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                keys.formUnion(object.keys)
                object.values.forEach(collect)
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect(try JSONSerialization.jsonObject(with: DiffJSON.encode(diff)))
        let docs = try String(contentsOf: DiffFixtures.root.appendingPathComponent("docs/diff.md"), encoding: .utf8)
        #expect(keys.count > 20)
        for key in keys.sorted() { #expect(docs.contains("`\(key)`"), "`\(key)` is not in docs/diff.md") }
    }

    @Test func textReportPointsFromTheOldPartToAMovedItem() {
        let old = DiffFixtures.profile(title: "Wooncoach", "hoofd:\n  - Sociale kaart van de wijk kennen\n  - Wetgeving\nhart:\n  - Betrokken\n")
        let new = DiffFixtures.profile(title: "Wooncoach", "hoofd:\n  - Wetgeving\nhart:\n  - Betrokken\n  - De sociale kaart van de wijk kennen\n")
        let text = DiffTextReport(colored: false).render(ProfileDiffer.diff(old, new))
        #expect(text.contains("hoofd  shift 0.33"))
        #expect(text.contains("  ↦ Sociale kaart van de wijk kennen  (moved to hart)\n"))
        #expect(text.contains("  → De sociale kaart van de wijk kennen  (reworded, similarity"))
        #expect(!text.contains("\u{1B}["))
        #expect(DiffTextReport(colored: true).render(ProfileDiffer.diff(old, new)).contains("\u{1B}[33m    → De sociale kaart"))
    }

    @Test func historyOrdersByVersionAndNotesABrokenChain() throws {
        let base = try DiffFixtures.load("Profiles/wooncoach/2021.beroep")
        let v2011 = try DiffFixtures.load("Profiles/wooncoach/2011.beroep")
        var v2024 = base
        v2024.version = "2024"
        v2024.supersedes = "2019"
        let histories = VersionHistory.histories([ProfileVersion(path: "c", profile: v2024), ProfileVersion(path: "a", profile: v2011),
                                                  ProfileVersion(path: "b", profile: base)])
        #expect(histories.count == 1)
        #expect(histories[0].versions.map(\.version) == ["2011", "2021", "2024"])
        #expect(histories[0].steps.count == 2)
        #expect(histories[0].notes == ["c supersedes 2019, but the version before it is 2021"])
        #expect(histories[0].steps[1].items.isEmpty, "2021 and 2024 differ in metadata only")
        #expect(HistoryReport.text(histories).contains("2021 → 2024: shift 0.00"))
    }
}
