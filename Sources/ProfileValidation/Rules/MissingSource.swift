import ProfileModel
import ProfileSyntax

/// `V011`: the profile cites no source.
public struct MissingSource: ProfileRule {
    public let code = DiagnosticCode(
        "V011", "missing-source", summary: "The profile cites no source; every profile rests on research.",
        bad: "beroepsbeeld: Wooncoach\nversie: 2021", good: "beroepsbeeld: Wooncoach\nversie: 2021\nbron: Biemans et al. (2021), De kracht van verbinding!")

    public func check(_ context: RuleContext) -> [Diagnostic] {
        let (profile, file) = (context.profile, context.file)
        guard profile.sources.isEmpty else { return [] }
        return [Diagnostic(.error, code, "profile cites no source", file: file, span: profile.headerSpan, label: "in this profile",
                           help: "add `\(MetadataField.source.keyword(profile.effectiveLanguage)): <author (year), title>`")]
    }
}
