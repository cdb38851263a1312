import Foundation
import ProfileModel
import ProfileSyntax

/// How well a teacher and a company professional fit as a Job Twinning pair, and why (docs/hybrid.md,
/// "The fit score"). Whole points from 0 to 100, so that sums are exact and the pairing deterministic:
///
/// - common ground: 10 per knowledge or skill item the two profiles share, at most 4 counted (40);
/// - learning: 5 per [nieuw]/[groeit] item of the other's profile, not shared, whose words match one of
///   a candidate's wishes, at most 4 counted per candidate (2 × 20);
/// - time: 10 × the smaller of the two candidates' hours over the larger, rounded down (10);
/// - region: 10 when both name the same region (folded: case, accents and punctuation ignored).
public struct TwinFit: Codable, Sendable, Equatable {
    public static let pointsPerSharedItem = 10, countedSharedItems = 4
    public static let pointsPerLearnable = 5, countedLearnables = 4
    public static let timePoints = 10, regionPoints = 10

    /// One item both profiles hold, in each side's words.
    public struct SharedItem: Codable, Sendable, Equatable {
        public var school: String
        public var company: String
    }

    /// One statement of the other's profile a candidate can learn, with the wishes it answers.
    public struct Learnable: Codable, Sendable, Equatable {
        public var text: String
        /// `new` or `growing`.
        public var trend: String
        public var wishes: [String]
    }

    public struct Hours: Codable, Sendable, Equatable {
        public var school: Double
        public var company: Double
        public var points: Int
    }

    public struct Region: Codable, Sendable, Equatable {
        public var school: String
        public var company: String
        public var same: Bool
        public var points: Int
    }

    public struct Points: Codable, Sendable, Equatable {
        public var commonGround: Int
        public var learning: Int
        public var time: Int
        public var region: Int
    }

    public var fit: Int
    public var points: Points
    public var commonGround: [SharedItem]
    /// What the school candidate can learn from the company profile, and the other way round.
    public var schoolLearns: [Learnable]
    public var companyLearns: [Learnable]
    public var hours: Hours
    public var region: Region

    /// The fit of `school` and `company`, from what their profiles share and what each can learn;
    /// `sameRegion` says whether their regions are the same once folded.
    init(school: Candidate, company: Candidate, sameRegion same: Bool, commonGround: [SharedItem], schoolLearns: [Learnable], companyLearns: [Learnable]) {
        self.commonGround = commonGround
        self.schoolLearns = schoolLearns
        self.companyLearns = companyLearns
        let timePoints = Int((Double(Self.timePoints) * min(school.hours, company.hours) / max(school.hours, company.hours)).rounded(.down))
        hours = Hours(school: school.hours, company: company.hours, points: timePoints)
        region = Region(school: school.region, company: company.region, same: same, points: same ? Self.regionPoints : 0)
        points = Points(commonGround: Self.pointsPerSharedItem * min(commonGround.count, Self.countedSharedItems),
                        learning: Self.pointsPerLearnable * (min(schoolLearns.count, Self.countedLearnables) + min(companyLearns.count, Self.countedLearnables)),
                        time: timePoints, region: region.points)
        fit = points.commonGround + points.learning + points.time + points.region
    }
}

/// The words of wishes and statements, folded, and when a wish matches a statement.
enum WishMatch {
    /// A wish matches a statement when each of its words matches a word of the statement: the two share
    /// a beginning of at least 4 letters that covers all but at most 2 letters of the shorter word
    /// (`digitaal` matches `digitale`, `data` matches `databases`, `les` only `les` itself).
    static func matches(_ wish: [String], _ statement: [String]) -> Bool {
        !wish.isEmpty && wish.allSatisfy { word in statement.contains { alike(word, $0) } }
    }

    static func alike(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let shorter = min(a.count, b.count)
        guard shorter >= 4 else { return false }
        let common = zip(a, b).prefix { $0 == $1 }.count
        return common >= max(4, shorter - 2)
    }
}
