import Foundation
import ProfileDiff
import ProfileModel
import ProfileSyntax
import Testing

@Suite struct RealProfileTests {
    @Test(arguments: ["mbo-docent", "wooncoach", "financieel-adviseur-bank", "retailondernemer"])
    func shiftingOccupationShiftsWithoutFallingApart(slug: String) throws {
        let versions = try FileManagerList.profiles(in: "Profiles/\(slug)")
        try #require(versions.count >= 2)
        let old = try DiffFixtures.load(versions[0]), new = try DiffFixtures.load(versions[versions.count - 1])
        let diff = ProfileDiffer.diff(old, new)
        #expect(!diff.isEqual)
        #expect(diff.shift > 0.1 && diff.shift < 0.9, "overall shift \(diff.shift)")
        // Items kept by id are followed: none of them is reported as removed and added.
        let removedIDs = Set(diff.items.compactMap { $0.kinds == [.removed] ? $0.old?.id : nil })
        let addedIDs = Set(diff.items.compactMap { $0.kinds == [.added] ? $0.new?.id : nil })
        #expect(removedIDs.isDisjoint(with: addedIDs))
        #expect(diff.metadata.contains { $0.field == .version })
    }

    @Test func differentOccupationsCompare() throws {
        let wooncoach = try DiffFixtures.load("Profiles/wooncoach/2021.beroep")
        let hacker = try DiffFixtures.load("Profiles/ethische-hacker/2017.beroep")
        let diff = ProfileDiffer.diff(wooncoach, hacker)
        #expect(diff.metadata.contains { $0.field == .title })
        #expect(diff.shift > 0.8, "a care occupation and a security one share little: \(diff.shift)")
        // Two versions of one occupation are closer than two occupations.
        let near = ProfileDiffer.diff(try DiffFixtures.load("Profiles/wooncoach/2011.beroep"), wooncoach)
        #expect(near.shift < diff.shift, "two versions of the wooncoach are closer than a wooncoach and a hacker")
    }
}

/// The profile files in a folder of the package, sorted by name (version files sort in version order).
enum FileManagerList {
    static func profiles(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: DiffFixtures.root.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".beroep") }.sorted().map { "\(folder)/\($0)" }
    }
}

/// Shift scores per sub-group on a real version pair: the research separates education from grounding.
@Suite struct SubGroupShiftTests {
    @Test func theWooncoachKeepsItsEducationAndShiftsItsGroundingAndItsHands() throws {
        let diff = ProfileDiffer.diff(try DiffFixtures.load("Profiles/wooncoach/2011.beroep"), try DiffFixtures.load("Profiles/wooncoach/2021.beroep"))
        func groups(_ part: PartKind) -> [String: Double] {
            Dictionary(uniqueKeysWithValues: (diff.parts.first { $0.part == part }?.groups ?? []).map { ($0.group ?? "", ($0.shift * 10_000).rounded() / 10_000) })
        }
        // "Zelfde opleidingseisen als de zorgbegeleider": the education item is kept word for word.
        #expect(groups(.feet) == ["opleiding en ontwikkeling": 0, "aarden in bedrijfscultuur en sector": 1])
        #expect(diff.shift(of: .feet) == 1.0 / 3.0)
        #expect(groups(.hands) == ["taken": 0.6667, "vaardigheden": 1])
        #expect(diff.shift(of: .feet, group: "Opleiding en ontwikkeling") == 0)
        #expect(groups(.heart).isEmpty, "a part without sub-groups has no group scores")
        let json = try #require(try JSONSerialization.jsonObject(with: DiffJSON.encode(diff)) as? [String: Any])
        let feet = try #require((json["parts"] as? [[String: Any]])?.first { $0["part"] as? String == "feet" })
        #expect((feet["groups"] as? [[String: Any]])?.count == 2)
    }
}
