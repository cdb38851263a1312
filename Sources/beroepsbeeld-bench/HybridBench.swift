import ArgumentParser
import Foundation
import HybridMatch
import ProfileModel
import ProfileSyntax

/// `twin` on 200 teachers × 200 company professionals, and `compose` of two 500-item profiles.
struct HybridBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "hybrid", abstract: "Pair Job Twinning candidates; compose a draft hybrid.")

    @Option(help: "Candidates per side.")
    var candidates = 200

    @Option(help: "Distinct profiles per side the candidates work in.")
    var profiles = 20

    @Option(help: "Items per profile to compose.")
    var items = 500

    func run() throws {
        var corpus = DiffCorpus(seed: 4)
        var known: [Profile] = []
        for index in 0..<profiles {
            var (school, company) = corpus.pair(perPart: 4, ids: false)
            (school.slug, school.sector) = ("school-\(index)", "Onderwijs")
            (company.slug, company.sector) = ("bedrijf-\(index)", "Techniek")
            known += [school, company]
        }
        let wishes = ["data", "coach", "zorg", "plan", "leer", "proces", "digi", "markt", "veilig", "advies"]
        let regions = ["Rotterdam", "Utrecht", "Groningen", "Eindhoven"]
        var people: [Candidate] = []
        for side in Side.allCases {
            let (prefix, slug) = side == .school ? ("s", "school") : ("c", "bedrijf")
            for index in 0..<candidates {
                let chosen = [wishes[index % wishes.count], wishes[(index * 7 + 3) % wishes.count]]
                people.append(Candidate(id: prefix + String(index), profile: "\(slug)-\(index % profiles)", side: side, wishes: chosen,
                                        hours: Double(2 + index % 7), region: regions[(index / 3) % regions.count]))
            }
        }
        var pairing: TwinPairing?
        let twin = DiffBench.time { pairing = TwinPairing(candidates: people, profiles: TwinProfiles(known)) }
        print("twin: \(candidates) teachers × \(candidates) company professionals over \(2 * profiles) profiles: "
              + "\(String(format: "%.3f", twin.cpu)) s CPU (\(String(format: "%.3f", twin.wall)) s wall), \(pairing!.pairs.count) pairs, "
              + "total fit \(pairing!.totalFit) (goal: < 1 s)")

        var large = DiffCorpus(seed: 5)
        let perPart = items / (PartKind.allCases.count - 1)
        var (school, company) = large.pair(perPart: perPart, ids: false)
        (school.slug, company.slug) = ("school", "bedrijf")
        let count = school.parts.reduce(0) { $0 + $1.allItems.count }
        var text = ""
        var times: [(cpu: Double, wall: Double)] = []
        for _ in 0..<5 {
            times.append(DiffBench.time { text = ProfileFormatter.format(DraftComposer.compose(school: school, company: company, shares: (40, 60))) })
        }
        print("compose: two profiles of \(count) items: median \(String(format: "%.1f", CLIBench.median(times.map(\.cpu)) * 1000)) ms CPU "
              + "(\(String(format: "%.1f", CLIBench.median(times.map(\.wall)) * 1000)) ms wall) of 5, \(text.count) characters written (goal: < 100 ms)")
    }
}
