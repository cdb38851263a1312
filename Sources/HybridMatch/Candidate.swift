import Foundation
import ProfileModel
import ProfileSyntax

/// One person who could take part in Job Twinning, as a role only: what they do, where and when, and
/// what they want to learn. Names, ages, genders and other personal traits are never read
/// (`CandidateReader` refuses a file that holds them; docs/hybrid.md, "Privacy").
public struct Candidate: Sendable, Equatable, Codable {
    /// Unique in the file; the only way output refers to the person.
    public var id: String
    /// The slug of the profile of the job they do.
    public var profile: String
    public var side: Side
    /// Free keywords of what they want to learn, as written.
    public var wishes: [String]
    /// Hours they can give to the twinning.
    public var hours: Double
    public var region: String
    /// Where the candidate and its profile slug were written, for diagnostics.
    public var span: SourceSpan?
    public var profileSpan: SourceSpan?

    public init(id: String, profile: String, side: Side, wishes: [String], hours: Double, region: String, span: SourceSpan? = nil,
                profileSpan: SourceSpan? = nil) {
        self.profileSpan = profileSpan
        self.id = id
        self.profile = profile
        self.side = side
        self.wishes = wishes
        self.hours = hours
        self.region = region
        self.span = span
    }

    enum CodingKeys: String, CodingKey { case id, profile, side, wishes, hours, region }
}

/// The fields of a candidates file, each by its English and Dutch name.
enum CandidateField: String, CaseIterable {
    case id, profile, side, wishes, hours, region

    /// The names a column (CSV) or key (TOML) may have for this field.
    var names: [String] {
        switch self {
        case .id: ["id"]
        case .profile: ["profile", "beroep"]
        case .side: ["side", "kant"]
        case .wishes: ["wishes", "wensen"]
        case .hours: ["hours", "uren"]
        case .region: ["region", "regio"]
        }
    }

    /// The fields every candidate must have; wishes may be left out, and a region left empty.
    static let required: [CandidateField] = [.id, .profile, .side, .hours]

    static func named(_ name: String) -> CandidateField? {
        let folded = name.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { $0.names.contains(folded) }
    }

    /// Column names that describe the person rather than the role: refused, whatever they hold.
    static let personalTraits: Set<String> = [
        "name", "naam", "voornaam", "achternaam", "firstname", "first name", "lastname", "last name", "surname",
        "age", "leeftijd", "birthdate", "birth date", "birthday", "geboortedatum", "geboortejaar", "year of birth",
        "gender", "geslacht", "sex", "nationality", "nationaliteit", "ethnicity", "etniciteit", "religion", "religie",
        "email", "e-mail", "phone", "telefoon", "address", "adres", "photo", "foto", "bsn",
    ]

    static func isPersonalTrait(_ name: String) -> Bool {
        personalTraits.contains(name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "_", with: " "))
    }
}
