import ProfileModel
import ProfileSyntax

/// Runs every rule over profiles and returns their diagnostics in source order.
public enum Validator {
    /// The rules run on each profile, in code order.
    public static let rules: [any ProfileRule] = [
        MissingPart(), DuplicatePart(), EmptyPart(), EmptyGroup(), MissingPassion(), MultiplePassions(), MissingTitle(),
        DuplicateItem(), NearDuplicateItem(), ItemTooLong(), MissingSource(), MissingEvidence(), LowEvidence(),
        MixedLanguage(), MissingVersion(), PlaceholderText(), DuplicateID(), QuoteWithoutAttribution(), MissingLanguage(),
        UnsourcedStatement(), UnknownSourceKey(), UncitedSource(), EvidenceWithoutSource(), SharesDoNotAddUp(), IncompleteHybrid(),
    ]

    /// The rules run across the profiles of a folder.
    public static let folderRules: [any FolderRule] = [
        SupersededVersionMissing(), VersionNotIncreasing(), VersionCycle(), DuplicateVersion(),
    ]

    /// The rules run across every profile checked together.
    public static let treeRules: [any TreeRule] = [UnknownComponent(), HybridOfHybrid()]

    /// Every validation code, in code order.
    public static var codes: [DiagnosticCode] { (rules.map(\.code) + folderRules.map(\.code) + treeRules.map(\.code)).sorted { $0.id < $1.id } }

    /// The syntax diagnostics of `loaded` plus every rule's findings on its profile.
    public static func validate(_ loaded: LoadedProfile) -> [Diagnostic] {
        guard let profile = loaded.profile else { return loaded.diagnostics }
        let context = RuleContext(profile: profile, file: loaded.path)
        return (loaded.diagnostics + rules.flatMap { $0.check(context) }).sortedByLocation()
    }

    /// Version-chain problems among profiles checked together (grouped by slug), and the references of
    /// hybrids among them.
    public static func validateFolder(_ loaded: [LoadedProfile]) -> [Diagnostic] {
        let profiles = loaded.compactMap { item in item.profile.map { (file: item.path, profile: $0) } }
        let bySlug = Dictionary(grouping: profiles, by: { $0.profile.effectiveSlug })
        return bySlug.keys.sorted().flatMap { slug in folderRules.flatMap { $0.check(bySlug[slug]!) } } + treeRules.flatMap { $0.check(profiles) }
    }
}
