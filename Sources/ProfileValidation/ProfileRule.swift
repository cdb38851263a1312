import ProfileModel
import ProfileSyntax

/// A check on one profile, with a stable code. One rule per file, named for what it flags.
public protocol ProfileRule: Sendable {
    /// The code the rule reports under, with its documented bad and good examples.
    var code: DiagnosticCode { get }
    /// The problems the rule finds in the context's profile.
    func check(_ context: RuleContext) -> [Diagnostic]
}

/// What the rules check: one profile and its file, with analyses that several rules share, computed once.
public final class RuleContext {
    public let profile: Profile
    public let file: String

    public init(profile: Profile, file: String) {
        self.profile = profile
        self.file = file
    }

    /// For each part, in order, its items (`Part.allItems`).
    public private(set) lazy var partItems: [[Item]] = profile.parts.map(\.allItems)

    /// Every item of the profile, part by part.
    public private(set) lazy var items: [Item] = partItems.flatMap { $0 }

    /// Every item and quote with its provenance (`Profile.statements`), made once for the rules that need it.
    public private(set) lazy var statements: [Statement] = profile.statements

    /// For each part, in order, the folded text of each of its items (`TextNormalization.foldedScalars`).
    public private(set) lazy var foldedItems: [[[UInt32]]] = partItems.map { items in
        items.map { TextNormalization.foldedScalars($0.text) }
    }

    /// For each part, in order, which of its items have the same folded text (`DistinctTexts`).
    public private(set) lazy var distinctItems: [DistinctTexts] = foldedItems.map(DistinctTexts.init)
}

/// A check across every profile checked together: the references of hybrids to the occupations they combine.
public protocol TreeRule: Sendable {
    var code: DiagnosticCode { get }
    /// The problems the rule finds among `profiles`, each with the file it came from.
    func check(_ profiles: [(file: String, profile: Profile)]) -> [Diagnostic]
}

/// A check across the files of one folder: version chains of an occupation.
public protocol FolderRule: Sendable {
    var code: DiagnosticCode { get }
    /// The problems the rule finds among `profiles` (the files of one occupation, a run of the folder's
    /// profiles sorted by slug), each with the file it came from.
    func check(_ profiles: ArraySlice<(file: String, profile: Profile)>) -> [Diagnostic]
}

extension Profile {
    /// Where to point a diagnostic about the profile as a whole: its title line, when there is one.
    var headerSpan: SourceSpan? { fieldOrigins[.title]?.span }
}
