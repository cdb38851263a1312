import ProfileModel
import ProfileSyntax

/// `twin --complement SLUG`: the profiles of the other side that complement one profile most: most
/// subject matter in common and most to learn from each other (docs/hybrid.md).
///
/// The score is the pair fit without candidates: common ground as in `TwinFit` (10 per shared knowledge
/// or skill item, at most 4), plus 5 per unshared [nieuw]/[groeit] item of either profile, at most 4 per
/// profile (nothing is filtered by wishes, there are none); ties go to the slug that sorts first.
public struct ComplementRanking: Codable, Sendable, Equatable {
    public struct Entry: Codable, Sendable, Equatable {
        public var slug: String
        public var title: String
        public var score: Int
        public var commonGround: [TwinFit.SharedItem]
        /// What the profile ranked for can learn from this one, and this one from it.
        public var toLearn: [String]
        public var toTeach: [String]
    }

    public var mode = "complement"
    public var profile: String
    public var side: Side
    public var ranking: [Entry]

    /// The ranking for the profile `slug` among `profiles`; nil when no such profile.
    public init?(slug: String, profiles: TwinProfiles, limit: Int = 10) {
        guard let profile = profiles.profiles[slug] else { return nil }
        self.profile = slug
        let side = TwinProfiles.side(of: profile)
        self.side = side
        let others = profiles.profiles.keys.sorted().filter { $0 != slug && TwinProfiles.side(of: profiles.profiles[$0]!) != side }
        let entries = others.map { other -> Entry in
            let schoolSide = side == .school
            let ground = schoolSide ? profiles.ground(school: slug, company: other) : profiles.ground(school: other, company: slug)
            let learn = (schoolSide ? ground.companyNews : ground.schoolNews).map(\.item.text)
            let teach = (schoolSide ? ground.schoolNews : ground.companyNews).map(\.item.text)
            let score = TwinFit.pointsPerSharedItem * min(ground.commonGround.count, TwinFit.countedSharedItems)
                + TwinFit.pointsPerLearnable * (min(learn.count, TwinFit.countedLearnables) + min(teach.count, TwinFit.countedLearnables))
            return Entry(slug: other, title: profiles.profiles[other]!.title, score: score, commonGround: ground.commonGround, toLearn: learn, toTeach: teach)
        }
        ranking = Array(entries.sorted { ($1.score, $0.slug) < ($0.score, $1.slug) }.prefix(limit))
    }
}
