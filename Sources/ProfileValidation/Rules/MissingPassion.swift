import ProfileModel
import ProfileSyntax

/// `V005`: the profile states no passion.
public struct MissingPassion: ProfileRule {
    public let code = DiagnosticCode(
        "V005", "missing-passion", summary: "The profile has no passion: the figure's heart banner would be blank.",
        bad: "(no `passie:` line)", good: "passie: Werken met levend materiaal aan een gezondere wereld")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        guard let part = profile.part(.passion), !part.allItems.isEmpty || part.notResearched else {
            return report(profile, file)
        }
        return []
    }

    private func report(_ profile: Profile, _ file: String) -> [Diagnostic] {
        let keyword = PartKind.passion.keyword(profile.effectiveLanguage)
        return [Diagnostic(.error, code, "profile states no passion", file: file,
                           span: profile.part(.passion)?.origin.span ?? profile.headerSpan, label: "passion missing",
                           help: "add `\(keyword): …` with the one thing that drives people in this occupation, as the source names it, or `\(keyword): \(ProvenanceWord.notResearched.keyword(profile.effectiveLanguage))`")]
    }
}
