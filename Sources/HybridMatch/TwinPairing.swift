import Foundation
import ProfileDiff
import ProfileModel
import ProfileSyntax

/// Job Twinning: pairs teachers with company professionals one to one so that the total fit is the
/// greatest (the diff engine's `OptimalAssignment`, the Hungarian algorithm), and lists for each
/// candidate the best others (docs/hybrid.md).
public struct TwinPairing: Codable, Sendable, Equatable {
    public static let format = "beroepsbeeld-twin/1"
    /// How many alternatives each candidate gets.
    public static let alternativeCount = 3

    /// One pair, with every reason for its fit.
    public struct Pair: Codable, Sendable, Equatable {
        public var school: String
        public var company: String
        public var schoolProfile: String
        public var companyProfile: String
        public var explanation: TwinFit
    }

    /// Another candidate one could be paired with, and the fit.
    public struct Option: Codable, Sendable, Equatable {
        public var id: String
        public var profile: String
        public var fit: Int
    }

    /// A candidate's best others, apart from the one they are paired with.
    public struct Alternatives: Codable, Sendable, Equatable {
        public var id: String
        public var side: Side
        public var pairedWith: String?
        public var options: [Option]
    }

    public var mode = "pairing"
    public var totalFit: Int
    /// By school candidate id.
    public var pairs: [Pair]
    /// Candidates left without a partner (the other side is smaller, or nobody fits), by id.
    public var unpaired: [String]
    /// School candidates first, each side by id.
    public var alternatives: [Alternatives]

    /// The pairing of `candidates`, whose profiles are in `profiles` (every slug must be there).
    public init(candidates: [Candidate], profiles: TwinProfiles) {
        let school = candidates.filter { $0.side == .school }.sorted { $0.id < $1.id }
        let company = candidates.filter { $0.side == .company }.sorted { $0.id < $1.id }
        let fits = Self.fits(school: school, company: company, profiles: profiles)
        let assigned = Self.assign(fits.map { $0.map { Int64($0.fit) } })
        var pairs: [Pair] = [], partnerOfSchool: [Int?] = Array(repeating: nil, count: school.count)
        var partnerOfCompany: [Int?] = Array(repeating: nil, count: company.count)
        for (s, c) in assigned.enumerated() {
            guard let c else { continue }
            partnerOfSchool[s] = c
            partnerOfCompany[c] = s
            pairs.append(Pair(school: school[s].id, company: company[c].id, schoolProfile: school[s].profile, companyProfile: company[c].profile,
                              explanation: fits[s][c]))
        }
        totalFit = pairs.reduce(0) { $0 + $1.explanation.fit }
        self.pairs = pairs
        unpaired = (school.indices.filter { partnerOfSchool[$0] == nil }.map { school[$0].id }
            + company.indices.filter { partnerOfCompany[$0] == nil }.map { company[$0].id }).sorted()
        func best(_ options: [(index: Int, fit: Int)], excluding partner: Int?, among others: [Candidate]) -> [Option] {
            options.filter { $0.fit > 0 && $0.index != partner }
                .sorted { ($1.fit, others[$0.index].id) < ($0.fit, others[$1.index].id) }
                .prefix(Self.alternativeCount).map { Option(id: others[$0.index].id, profile: others[$0.index].profile, fit: $0.fit) }
        }
        alternatives = school.indices.map { s in
            Alternatives(id: school[s].id, side: .school, pairedWith: partnerOfSchool[s].map { company[$0].id },
                         options: best(company.indices.map { ($0, fits[s][$0].fit) }, excluding: partnerOfSchool[s], among: company))
        } + company.indices.map { c in
            Alternatives(id: company[c].id, side: .company, pairedWith: partnerOfCompany[c].map { school[$0].id },
                         options: best(school.indices.map { ($0, fits[$0][c].fit) }, excluding: partnerOfCompany[c], among: school))
        }
    }

    /// The fit of every school candidate (rows) with every company candidate (columns).
    static func fits(school: [Candidate], company: [Candidate], profiles: TwinProfiles) -> [[TwinFit]] {
        // Everything that depends on one side only is computed once: the profiles' ground per pair of
        // slugs, what a candidate can learn per profile of the other side, the folded regions.
        let schoolSlugs = Array(Set(school.map(\.profile))).sorted(), companySlugs = Array(Set(company.map(\.profile))).sorted()
        let schoolSlug = school.map { schoolSlugs.firstIndex(of: $0.profile)! }, companySlug = company.map { companySlugs.firstIndex(of: $0.profile)! }
        let grounds = schoolSlugs.map { s in companySlugs.map { profiles.ground(school: s, company: $0) } }
        func wishes(_ candidate: Candidate) -> [(text: String, words: [String])] { candidate.wishes.map { ($0, TextNormalization.words($0)) } }
        let schoolLearns = school.indices.map { s in
            companySlugs.indices.map { TwinProfiles.learnables(grounds[schoolSlug[s]][$0].companyNews, wishes: wishes(school[s])) }
        }
        let companyLearns = company.indices.map { c in
            schoolSlugs.indices.map { TwinProfiles.learnables(grounds[$0][companySlug[c]].schoolNews, wishes: wishes(company[c])) }
        }
        let schoolRegion = school.map { TextNormalization.folded($0.region) }, companyRegion = company.map { TextNormalization.folded($0.region) }
        return school.indices.map { s in
            company.indices.map { c in
                TwinFit(school: school[s], company: company[c], sameRegion: !schoolRegion[s].isEmpty && schoolRegion[s] == companyRegion[c],
                        commonGround: grounds[schoolSlug[s]][companySlug[c]].commonGround,
                        schoolLearns: schoolLearns[s][companySlug[c]], companyLearns: companyLearns[c][schoolSlug[s]])
            }
        }
    }

    /// For each row, its column in an assignment of greatest total weight; transposed when there are
    /// more rows than columns, as `OptimalAssignment` asks.
    static func assign(_ weights: [[Int64]]) -> [Int?] {
        let rows = weights.count, columns = weights.first?.count ?? 0
        guard rows > 0, columns > 0 else { return Array(repeating: nil, count: rows) }
        if rows <= columns { return OptimalAssignment.maximumWeight(weights) }
        let transposed = (0..<columns).map { c in (0..<rows).map { weights[$0][c] } }
        var result: [Int?] = Array(repeating: nil, count: rows)
        for (c, r) in OptimalAssignment.maximumWeight(transposed).enumerated() { if let r { result[r] = c } }
        return result
    }
}
