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
    public static func validateFolder(_ loaded: some Sequence<LoadedProfile>) -> [Diagnostic] {
        let profiles = loaded.compactMap { item in item.profile.map { (file: item.path, profile: $0) } }
        // The folder rules see one occupation's files at a time, slug by slug, in the order checked: runs
        // of a stable sort by slug, handed on as slices rather than copied into a group each (a folder of
        // 10,000 occupations would make 10,000 arrays, on one core, after the files were checked on all).
        let slugs = profiles.map { $0.profile.effectiveSlug }
        let order = slugs.indices.sorted { (slugs[$0], $0) < (slugs[$1], $1) }
        let bySlug = order.map { profiles[$0] }
        var found: [Diagnostic] = []
        var start = 0
        while start < order.count {
            var end = start + 1
            while end < order.count, slugs[order[end]] == slugs[order[start]] { end += 1 }
            found += folderRules.flatMap { $0.check(bySlug[start..<end]) }
            start = end
        }
        return found + treeRules.flatMap { $0.check(profiles) }
    }
}

extension LoadedProfile {
    /// The same file with only what `Validator.validateFolder` reads of its profile (title and slug,
    /// version, supersedes, components, where each field was written; kept here, beside the rules that
    /// read them) and the source to quote: a run over many files frees the rest (items, sources,
    /// evidence, comments) as soon as each file is validated, on the thread that validated it. The slug is derived from the title here when none is
    /// written, so that it is worked out on that thread too, not for every file on one thread after.
    /// Without `keepingSource`, the source goes too: a run over many files that has nothing to quote
    /// from a file then holds none of its lines.
    public func folderHeader(keepingSource: Bool = true) -> LoadedProfile {
        LoadedProfile(path: path, source: keepingSource ? source : nil, profile: profile.map { profile in
            var header = Profile(title: profile.title, slug: profile.effectiveSlug, version: profile.version,
                                 supersedes: profile.supersedes, components: profile.components)
            header.fieldOrigins = profile.fieldOrigins
            return header
        }, diagnostics: diagnostics)
    }
}
