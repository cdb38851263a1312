import Foundation
import Testing
@testable import HybridMatch
import ProfileModel
import ProfileSyntax

/// The Job Twinning pairing: optimal, explained, deterministic.
@Suite struct TwinPairingTests {
    /// Small profiles: two school, two company, sharing some knowledge and with new and growing items.
    static let profiles: [Profile] = [
        profile("docent-economie", sector: "Onderwijs", head: ["Boekhouden en jaarrekening", "Didactiek van de economie"],
                hands: [Item(text: "Lessen ontwerpen met casussen"), Item(text: "Digitale toetsen maken", trend: .new)]),
        profile("docent-scheikunde", sector: "Onderwijs", head: ["Chemische reacties en veiligheid", "Didactiek van de scheikunde"],
                hands: [Item(text: "Practica begeleiden in het lab"), Item(text: "Onderzoekend leren opzetten", trend: .growing)]),
        profile("accountant", sector: "Zakelijke dienstverlening", head: ["Boekhouden en jaarrekening", "Fiscale regels"],
                hands: [Item(text: "Data-analyse van de administratie", trend: .new), Item(text: "Klanten adviseren over cijfers")]),
        profile("procestechnoloog", sector: "Chemie", head: ["Chemische reacties en veiligheid", "Procesregeling"],
                hands: [Item(text: "Installaties digitaal bewaken", trend: .growing), Item(text: "Veiligheidsrondes lopen")]),
    ]

    static func profile(_ slug: String, sector: String, head: [String], hands: [Item]) -> Profile {
        Profile(title: slug, slug: slug, sector: sector, version: "2021", language: .nl,
                parts: [Part(kind: .head, items: head.map { Item(text: $0) }), Part(kind: .hands, items: hands)])
    }

    /// `count` school and `count` company candidates, generated from `seed` without randomness.
    static func candidates(_ count: Int, seed: Int) -> [Candidate] {
        let wishes = ["data", "digitaal", "onderzoek", "toetsen", "veiligheid", "advies"]
        let regions = ["Rotterdam", "Utrecht", "Zeeland"]
        return (0..<count).flatMap { index -> [Candidate] in
            let k = index * 7 + seed * 3
            return [Candidate(id: "s\(index)", profile: index % 2 == 0 ? "docent-economie" : "docent-scheikunde", side: .school,
                              wishes: [wishes[k % wishes.count]], hours: Double(2 + k % 5), region: regions[k % regions.count]),
                    Candidate(id: "c\(index)", profile: k % 3 == 0 ? "procestechnoloog" : "accountant", side: .company,
                              wishes: [wishes[(k + 2) % wishes.count]], hours: Double(1 + (k * 5) % 7), region: regions[(k / 2) % regions.count])]
        }
    }

    /// Every way to pair the rows with distinct columns (or leave them alone), by recursion.
    static func bruteForce(_ fits: [[Int]]) -> Int {
        func best(_ row: Int, _ used: Set<Int>) -> Int {
            guard row < fits.count else { return 0 }
            var top = best(row + 1, used)
            for column in fits[row].indices where !used.contains(column) && fits[row][column] > 0 {
                top = max(top, fits[row][column] + best(row + 1, used.union([column])))
            }
            return top
        }
        return best(0, [])
    }

    @Test(arguments: [0, 1, 2, 3])
    func totalFitEqualsBruteForce(seed: Int) {
        let people = Self.candidates(5, seed: seed)
        let known = TwinProfiles(Self.profiles)
        let pairing = TwinPairing(candidates: people, profiles: known)
        let school = people.filter { $0.side == .school }.sorted { $0.id < $1.id }, company = people.filter { $0.side == .company }.sorted { $0.id < $1.id }
        let fits = TwinPairing.fits(school: school, company: company, profiles: known).map { $0.map(\.fit) }
        #expect(Set(fits.flatMap { $0 }).count > 3, "the case must not be trivial")
        #expect(pairing.totalFit == Self.bruteForce(fits))
        #expect(pairing.totalFit == pairing.pairs.reduce(0) { $0 + $1.explanation.fit })
    }

    @Test func unequalSidesAreOptimalToo() {
        let people = Self.candidates(6, seed: 5).filter { $0.side == .school || Int($0.id.dropFirst())! < 4 }
        let known = TwinProfiles(Self.profiles)
        let pairing = TwinPairing(candidates: people, profiles: known)
        let school = people.filter { $0.side == .school }.sorted { $0.id < $1.id }, company = people.filter { $0.side == .company }.sorted { $0.id < $1.id }
        let fits = TwinPairing.fits(school: school, company: company, profiles: known).map { $0.map(\.fit) }
        #expect(pairing.pairs.count == 4)
        #expect(pairing.unpaired.count == 2)
        #expect(pairing.totalFit == Self.bruteForce(fits))
    }

    @Test func eachPairNamesWhatMadeIt() throws {
        let people = [Candidate(id: "t1", profile: "docent-economie", side: .school, wishes: ["data"], hours: 4, region: "Rotterdam"),
                      Candidate(id: "p1", profile: "accountant", side: .company, wishes: ["digitale toetsen"], hours: 8, region: "rotterdam")]
        let pairing = TwinPairing(candidates: people, profiles: TwinProfiles(Self.profiles))
        let fit = try #require(pairing.pairs.first).explanation
        #expect(fit.commonGround == [TwinFit.SharedItem(school: "Boekhouden en jaarrekening", company: "Boekhouden en jaarrekening")])
        #expect(fit.schoolLearns == [TwinFit.Learnable(text: "Data-analyse van de administratie", trend: "new", wishes: ["data"])])
        #expect(fit.companyLearns == [TwinFit.Learnable(text: "Digitale toetsen maken", trend: "new", wishes: ["digitale toetsen"])])
        #expect(fit.hours.points == 5 && fit.region.same && fit.region.points == 10)
        #expect(fit.fit == 10 + 5 + 5 + 5 + 10)
        let text = TwinReport.text(pairing)
        for named in ["Boekhouden en jaarrekening", "Data-analyse van de administratie", "Digitale toetsen maken", "fit 35"] {
            #expect(text.contains(named), "the explanation names \(named)")
        }
    }

    @Test func outputIsTheSameBytesWhateverTheInputOrder() {
        let people = Self.candidates(5, seed: 1)
        let once = TwinReport.json(TwinPairing(candidates: people, profiles: TwinProfiles(Self.profiles)))
        let again = TwinReport.json(TwinPairing(candidates: people.reversed(), profiles: TwinProfiles(Self.profiles.reversed())))
        #expect(once == again)
        #expect(TwinReport.text(TwinPairing(candidates: people, profiles: TwinProfiles(Self.profiles)))
            == TwinReport.text(TwinPairing(candidates: people, profiles: TwinProfiles(Self.profiles))))
    }

    @Test func alternativesAreTheBestOthersByFitThenID() throws {
        let people = Self.candidates(5, seed: 2)
        let pairing = TwinPairing(candidates: people, profiles: TwinProfiles(Self.profiles))
        for entry in pairing.alternatives {
            #expect(entry.options.count <= 3)
            #expect(!entry.options.contains { $0.id == entry.pairedWith })
            #expect(entry.options == entry.options.sorted { ($1.fit, $0.id) < ($0.fit, $1.id) })
        }
    }

    @Test func complementRanksTheOtherSideByGroundAndNews() throws {
        let ranking = try #require(ComplementRanking(slug: "docent-scheikunde", profiles: TwinProfiles(Self.profiles)))
        #expect(ranking.side == .school)
        #expect(ranking.ranking.map(\.slug) == ["procestechnoloog", "accountant"])
        #expect(ranking.ranking[0].commonGround.map(\.school) == ["Chemische reacties en veiligheid"])
        #expect(ranking.ranking[0].toLearn == ["Installaties digitaal bewaken"])
    }
}
