import Foundation
import ProfileModel
import ProfileSyntax

/// The profiles candidates work in, by slug, with what twin needs of each pair of them computed once:
/// the overlap (the diff engine's matcher) and the statements that can be learnt.
public final class TwinProfiles {
    public let profiles: [String: Profile]
    /// Slugs of the hybrid profiles read, which no candidate can work in.
    private let hybrids: Set<String>
    private var overlaps: [String: PairGround] = [:]

    /// What two profiles share and what each side's statements of change are, for one pair of slugs.
    struct PairGround {
        let commonGround: [TwinFit.SharedItem]
        /// The unshared [nieuw]/[groeit] items in the learnable parts of the company profile (what the
        /// school side can learn), and of the school profile, each with its folded words.
        let companyNews: [(item: Item, words: [String])]
        let schoolNews: [(item: Item, words: [String])]
    }

    /// `profiles` by slug (latest version of each); hybrids are left out: a candidate works in one job.
    public init(_ profiles: [Profile]) {
        self.profiles = Profile.newestBySlug(profiles.lazy.filter { !$0.isHybrid })
        hybrids = Set(profiles.filter(\.isHybrid).map(\.effectiveSlug))
    }

    /// A located error for each candidate whose profile is not among these, with a did-you-mean.
    public func unknownProfiles(_ candidates: [Candidate], file: String) -> [Diagnostic] {
        let slugs = profiles.keys.sorted()
        return candidates.filter { profiles[$0.profile] == nil }.map { candidate in
            let guess = Suggestion.closest(to: candidate.profile, among: slugs)
            let hybrid = hybrids.contains(candidate.profile)
            return Diagnostic(.error, TwinCodes.unknownProfile, hybrid ? "`\(candidate.profile)` is a hybrid profile" : "no profile `\(candidate.profile)` among the profiles read",
                              file: file, span: candidate.profileSpan ?? candidate.span, label: hybrid ? "a hybrid" : "unknown profile",
                              help: hybrid ? "name the one job the candidate works in now, on their side"
                                  : guess.map { "did you mean `\($0)`?" } ?? "name the slug of a profile in --profiles or --db")
        }
    }

    /// Which side a profile is on: school when its sector is education (`onderwijs`, `education`,
    /// `school` in the sector's words), the company otherwise.
    public static func side(of profile: Profile) -> Side {
        let words = TextNormalization.words(profile.sector ?? "")
        return words.contains { $0.hasSuffix("onderwijs") || $0 == "education" || $0 == "school" } ? .school : .company
    }

    /// The ground of the school profile `school` and the company profile `company`.
    func ground(school: String, company: String) -> PairGround {
        let key = school + "\u{1}" + company
        if let known = overlaps[key] { return known }
        let overlap = ProfileOverlap(school: profiles[school]!, company: profiles[company]!)
        let common = overlap.shared.filter { PartKind.subjectMatter.contains($0.school.place.part) && PartKind.subjectMatter.contains($0.company.place.part) }
            .map { TwinFit.SharedItem(school: $0.school.item.text, company: $0.company.item.text) }
        func news(_ entries: [ProfileOverlap.Entry], _ only: [Int]) -> [(item: Item, words: [String])] {
            only.filter { PartKind.learnable.contains(entries[$0].place.part) }.map { entries[$0].item }
                .filter { $0.trend == .new || $0.trend == .growing }.map { ($0, TextNormalization.words($0.text)) }
        }
        let ground = PairGround(commonGround: common, companyNews: news(overlap.companyItems, overlap.companyOnly),
                                schoolNews: news(overlap.schoolItems, overlap.schoolOnly))
        overlaps[key] = ground
        return ground
    }

    /// The statements of `news` that match one of `wishes` (folded words per wish), each with the wishes it answers.
    static func learnables(_ news: [(item: Item, words: [String])], wishes: [(text: String, words: [String])]) -> [TwinFit.Learnable] {
        news.compactMap { entry in
            let answered = wishes.filter { WishMatch.matches($0.words, entry.words) }.map(\.text)
            return answered.isEmpty ? nil : TwinFit.Learnable(text: entry.item.text, trend: entry.item.trend!.rawValue, wishes: answered)
        }
    }
}
